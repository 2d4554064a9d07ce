package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a procedure's dossier (thành phần hồ sơ).
 *
 * <p>Components sharing an {@link #alternativeGroup()} are alternatives ("one of"): the group is satisfied by any one
 * of them, and it is required when any of its members is marked required.
 *
 * @param code the component code (non-blank, unique within the procedure), as the portal's {@code MaThanhPhanHoSo}
 * @param name the component name
 * @param required whether the component (or its group) must be submitted
 * @param copies the number of copies for paper filings (at least 1)
 * @param alternativeGroup the "one of" group, if any
 * @param eSignatureRequired whether an online submission must be digitally signed
 * @param fromDigitalStore whether it may be taken from the applicant's digitised-document store instead of
 *     being submitted ({@code DuocLayTuKhoDMQG})
 */
public record DocumentRequirement(String code, LocalizedText name, boolean required, int copies,
                                  Optional<String> alternativeGroup, boolean eSignatureRequired,
                                  boolean fromDigitalStore) {

    /** Validates the parts. */
    public DocumentRequirement {
        if (code == null || code.isBlank()) {
            throw ProcedureException.invalid("document", "Thành phần hồ sơ thiếu mã", "A document requirement needs a code");
        }
        Objects.requireNonNull(name, "name");
        if (copies < 1) {
            throw ProcedureException.invalid("document", "Thành phần \"%s\": số bản phải ít nhất là 1 (đang là %d)",
                    "Component \"%s\": copies must be at least 1 (got %d)", code, copies);
        }
        Objects.requireNonNull(alternativeGroup, "alternativeGroup");
        if (alternativeGroup.isPresent() && alternativeGroup.get().isBlank()) {
            throw ProcedureException.invalid("document", "Thành phần \"%s\": nhóm thay thế rỗng",
                    "Component \"%s\": blank alternative group", code);
        }
    }

    /**
     * A required component, one copy, without alternatives.
     *
     * @param code the code
     * @param name the name
     * @return the requirement
     */
    public static DocumentRequirement required(String code, LocalizedText name) {
        return new DocumentRequirement(code, name, true, 1, Optional.empty(), false, false);
    }
}
