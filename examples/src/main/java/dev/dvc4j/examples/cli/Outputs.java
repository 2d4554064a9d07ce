package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writing the command line's output files: all or nothing. Content goes to a temporary file beside the target, which
 * is moved into place only once it is complete, so a failed or interrupted run leaves the old file (or none), never a
 * half-written one. A directory is never an output: naming one is an error, even an empty one, which a move would
 * otherwise replace.
 */
final class Outputs {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What writes text content. */
    @FunctionalInterface
    interface Content {
        /**
         * @param sink where to write (UTF-8, buffered)
         * @throws IOException if writing fails
         */
        void writeTo(Writer sink) throws IOException;
    }

    /** What writes binary content. */
    @FunctionalInterface
    interface Bytes {
        /**
         * @param sink where to write (buffered)
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream sink) throws IOException;
    }

    private Outputs() {
    }

    /**
     * Checks that a name can be an output file: its directory exists and it is not itself a directory. Commands call
     * this before their work, so a run does not end in this error after minutes of reading.
     *
     * @param option the option that names it, for the message
     * @param name the file name as given
     * @return its path
     * @throws CliInputException if the directory is missing or the name is a directory
     */
    static Path target(String option, String name) {
        Path target = Path.of(name);
        if (Files.isDirectory(target)) {
            throw new CliInputException("cli.output-is-directory", LocalizedText.of(
                    "%s: %s là một thư mục; cần tên của một tệp", "%s: %s is a directory; a file name is needed")
                    .formatted(option, name));
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliInputException("cli.no-directory", LocalizedText.of(
                    "Thư mục %s không tồn tại", "Directory %s does not exist").formatted(dir));
        }
        return target;
    }

    /**
     * Writes a text file atomically.
     *
     * @param name the file name as given
     * @param content what to write
     * @throws IOException if writing fails
     * @throws CliInputException if the name is a directory or its directory does not exist
     */
    static void atomically(String name, Content content) throws IOException {
        atomically("--out", name, content);
    }

    /**
     * Writes a text file atomically.
     *
     * @param option the option that names it, for messages
     * @param name the file name as given
     * @param content what to write
     * @throws IOException if writing fails
     * @throws CliInputException if the name is a directory or its directory does not exist
     */
    static void atomically(String option, String name, Content content) throws IOException {
        bytesAtomically(option, name, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes a file atomically.
     *
     * @param option the option that names it, for messages
     * @param name the file name as given
     * @param content what to write
     * @throws IOException if writing fails
     * @throws CliInputException if the name is a directory or its directory does not exist
     */
    static void bytesAtomically(String option, String name, Bytes content) throws IOException {
        Path target = target(option, name);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = temporary(dir, target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            target(option, name);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}, which makes a file only its owner can
     * read (0600): the output gets the permissions of any file the user creates there (the umask's).
     */
    private static Path temporary(Path dir, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }
}
