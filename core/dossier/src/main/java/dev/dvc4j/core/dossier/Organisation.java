package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.Masking;
import dev.dvc4j.core.id.TaxCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation or enterprise applicant (tổ chức, doanh nghiệp).
 *
 * @param name the registered name
 * @param taxCode the tax code
 * @param representative the legal representative's name, or {@code null}
 * @param contact contact details ({@link Contact#NONE} if none; {@code null} reads as none)
 * @param address the address, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organisation(String name, TaxCode taxCode, @Nullable String representative,
                           @Nullable Contact contact, @Nullable Address address)
        implements Applicant {

    /** Validates required parts. */
    public Organisation {
        if (name == null || name.isBlank()) {
            throw new Dvc4jException("dossier.applicant-name", LocalizedText.of(
                    "Thiếu tên tổ chức", "An organisation's name is required"));
        }
        name = name.strip();
        Objects.requireNonNull(taxCode, "taxCode");
        contact = contact == null ? Contact.NONE : contact;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String identifier() {
        return taxCode.value();
    }

    /** Organisation names are public; the representative's name and contact details are masked. */
    @Override
    public String toString() {
        return "Organisation[name=" + name + ", taxCode=" + taxCode + ", representative="
                + (representative == null ? "null" : Masking.maskName(representative)) + ", " + contact + ", " + address + "]";
    }
}
