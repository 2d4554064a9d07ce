package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import java.util.Collection;
import java.util.Objects;

/** A beneficiary category code that no installed category data defines (or not on the quote's date). Code {@code postal.unknown-category}. */
public class UnknownCategoryException extends PostalException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the code asked for
     * @param known the codes that exist
     */
    public UnknownCategoryException(String code, Collection<String> known) {
        super("postal.unknown-category", LocalizedText.of(
                "Không có đối tượng miễn giảm \"%s\" (hiện có: %s)",
                "Unknown beneficiary category \"%s\" (available: %s)").formatted(Objects.requireNonNull(code, "code"),
                        String.join(", ", Objects.requireNonNull(known, "known"))));
    }
}
