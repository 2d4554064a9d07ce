package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * One reason a dossier rule refuses a filing or a processing step.
 *
 * @param code a stable machine code, such as {@code "filing.document-missing"}
 * @param path what the violation is about, such as {@code "documents[giay-de-nghi]"} or {@code "payment"}
 * @param message the reason in both languages
 */
public record RuleViolation(String code, String path, LocalizedText message) {

    /** Validates the parts. */
    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Creates a violation with a formatted message.
     *
     * @param code the code
     * @param path the path
     * @param vi the Vietnamese format
     * @param en the English format
     * @param args the arguments
     * @return the violation
     */
    public static RuleViolation of(String code, String path, String vi, String en, Object... args) {
        Objects.requireNonNull(args, "args");
        return new RuleViolation(code, path, LocalizedText.of(vi, en).formatted(args));
    }

    @Override
    public String toString() {
        return code + " at " + path + ": " + message.en();
    }
}
