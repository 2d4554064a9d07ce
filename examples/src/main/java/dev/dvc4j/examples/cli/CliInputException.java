package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;

/** Invalid input to a command (a missing file, malformed JSON, an impossible date): exit code 1. */
public class CliInputException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code a stable code such as {@code cli.file-not-found}
     * @param text the message
     */
    public CliInputException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * @param code a stable code
     * @param text the message
     * @param cause the cause
     */
    public CliInputException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }
}
