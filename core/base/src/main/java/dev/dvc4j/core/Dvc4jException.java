package dev.dvc4j.core;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of dvc4j's typed exceptions. Each carries a stable machine code (for hosts that map errors to their
 * own responses) and a message in Vietnamese and English. {@link #getMessage()} gives the English text followed by
 * the Vietnamese one; {@link #getMessage(Locale)} gives one language.
 *
 * <p>dvc4j never half-applies bad input: when one of these is thrown the object the call was made on is unchanged.
 */
public class Dvc4jException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final LocalizedText text;

    /**
     * Creates an exception.
     *
     * @param code a stable machine-readable code, such as {@code "dossier.illegal-transition"}
     * @param text the message in both languages
     */
    public Dvc4jException(String code, LocalizedText text) {
        this(code, text, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code a stable machine-readable code
     * @param text the message in both languages
     * @param cause the underlying cause, or {@code null}
     */
    public Dvc4jException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(Objects.requireNonNull(text, "text").toString(), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.text = text;
    }

    /**
     * The stable machine-readable code of this error.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The message in both languages.
     *
     * @return the message
     */
    public LocalizedText text() {
        return text;
    }

    /**
     * The message in one language.
     *
     * @param locale the reader's locale ({@code vi} for Vietnamese, anything else for English)
     * @return the message
     */
    public String getMessage(Locale locale) {
        return text.in(locale);
    }

    /** The message in the default locale's language. */
    @Override
    public String getLocalizedMessage() {
        return text.in(Locale.getDefault());
    }
}
