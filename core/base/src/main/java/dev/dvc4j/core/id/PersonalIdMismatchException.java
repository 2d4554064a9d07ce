package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A personal identification number whose encoded birth year or sex disagrees with what its holder declared
 * (code {@code id.personal-id.mismatch}); lists every mismatch.
 */
public class PersonalIdMismatchException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /** The machine code of this error. */
    public static final String CODE = "id.personal-id.mismatch";

    private final String maskedId;
    private final transient List<PersonalIdMismatch> mismatches;

    /**
     * Creates the exception.
     *
     * @param maskedId the number, masked
     * @param mismatches the mismatches, at least one
     */
    public PersonalIdMismatchException(String maskedId, List<PersonalIdMismatch> mismatches) {
        super(CODE, LocalizedText.of(
                "Số định danh cá nhân " + maskedId + " không khớp thông tin khai: "
                        + mismatches.stream().map(m -> m.text().vi()).collect(Collectors.joining("; ")),
                "Personal identification number " + maskedId + " does not match the declared data: "
                        + mismatches.stream().map(m -> m.text().en()).collect(Collectors.joining("; "))));
        Objects.requireNonNull(maskedId, "maskedId");
        this.maskedId = maskedId;
        this.mismatches = List.copyOf(mismatches);
    }

    /** @return the number, masked */
    public String maskedId() {
        return maskedId;
    }

    /** @return every mismatch */
    public List<PersonalIdMismatch> mismatches() {
        return mismatches == null ? List.of() : mismatches;
    }
}
