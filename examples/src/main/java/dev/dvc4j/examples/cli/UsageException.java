package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import picocli.CommandLine;

/** A usage error a command finds itself (a missing subcommand), with its text in both languages: exit code 2. */
final class UsageException extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient LocalizedText text;

    /**
     * @param commandLine the command
     * @param code a stable code, {@code cli.usage.*}
     * @param text the message
     */
    UsageException(CommandLine commandLine, String code, LocalizedText text) {
        super(commandLine, Objects.requireNonNull(text, "text").en());
        this.code = Objects.requireNonNull(code, "code");
        this.text = text;
    }

    /** @return the code */
    String code() {
        return code;
    }

    /** @return the message in both languages */
    LocalizedText text() {
        return text;
    }

    /**
     * The usage error of a command that needs a subcommand.
     *
     * @param commandLine the command
     * @param subcommand the subcommand's name
     * @return the error
     */
    static UsageException missingSubcommand(CommandLine commandLine, String subcommand) {
        return new UsageException(commandLine, "cli.usage.missing-subcommand", LocalizedText.of(
                "Thiếu lệnh con: %s", "Missing subcommand: %s").formatted(subcommand));
    }
}
