package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.Masking;
import dev.dvc4j.core.id.PhoneNumber;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * How to reach an applicant. {@link #toString()} masks both parts.
 *
 * @param phone the phone number, or {@code null}
 * @param email the e-mail address, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(@Nullable PhoneNumber phone, @Nullable String email) implements Serializable {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** No contact details. */
    public static final Contact NONE = new Contact(null, null);

    /** Validates the e-mail's shape. */
    public Contact {
        if (email != null) {
            email = email.strip();
            if (!EMAIL.matcher(email).matches()) {
                throw new Dvc4jException("dossier.email", LocalizedText.of(
                        "Địa chỉ thư điện tử \"%s\" không hợp lệ", "E-mail address \"%s\" is invalid").formatted(maskEmail(email)));
            }
        }
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? Masking.mask(email) : email.charAt(0) + "***" + email.substring(at);
    }

    @Override
    public String toString() {
        return "Contact[phone=" + phone + ", email=" + (email == null ? "null" : maskEmail(email)) + "]";
    }
}
