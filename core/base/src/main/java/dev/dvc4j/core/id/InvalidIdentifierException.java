package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/** Text that is not a valid identifier of the expected kind; the message names the kind, the input and the rule. */
public class InvalidIdentifierException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String input;

    /**
     * Creates the exception.
     *
     * @param kind the identifier kind, such as {@code "TaxCode"}
     * @param input the rejected input (already masked where it is personal data)
     * @param text the message
     */
    public InvalidIdentifierException(String kind, String input, LocalizedText text) {
        super("id.invalid." + kind, text);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        this.kind = kind;
        this.input = input;
    }

    /** @return the identifier kind */
    public String kind() {
        return kind;
    }

    /** @return the rejected input, masked where it is personal data */
    public String input() {
        return input;
    }
}
