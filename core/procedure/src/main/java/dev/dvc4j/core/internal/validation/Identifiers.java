package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.InvalidIdentifierException;
import java.util.function.Function;

/** Shared helper of the identifier validators. */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * Whether a parser accepts a text.
     *
     * @param parser the identifier's {@code parse}
     * @param text the text, not {@code null}
     * @return {@code true} if it parses
     */
    static boolean accepts(Function<String, ?> parser, CharSequence text) {
        try {
            parser.apply(text.toString());
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
