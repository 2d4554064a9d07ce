package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.Masking;
import dev.dvc4j.core.id.PersonalId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen applicant (công dân).
 *
 * @param fullName the full name
 * @param personalId the 12-digit personal identification number
 * @param birthDate the date of birth, or {@code null}
 * @param contact contact details ({@link Contact#NONE} if none; {@code null} reads as none)
 * @param address the address, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citizen(String fullName, PersonalId personalId, @Nullable LocalDate birthDate,
                      @Nullable Contact contact, @Nullable Address address)
        implements Applicant {

    /** Validates required parts. */
    public Citizen {
        if (fullName == null || fullName.isBlank()) {
            throw new Dvc4jException("dossier.applicant-name", LocalizedText.of(
                    "Thiếu họ tên công dân", "A citizen's full name is required"));
        }
        fullName = fullName.strip();
        Objects.requireNonNull(personalId, "personalId");
        contact = contact == null ? Contact.NONE : contact;
    }

    @Override
    public String displayName() {
        return fullName;
    }

    @Override
    public String identifier() {
        return personalId.value();
    }

    @Override
    public String toString() {
        return "Citizen[name=" + Masking.maskName(fullName) + ", personalId=" + personalId + ", birthDate="
                + (birthDate == null ? "null" : "****") + ", " + contact + ", " + address + "]";
    }
}
