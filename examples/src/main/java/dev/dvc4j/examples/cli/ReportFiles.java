package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing the report's binary files (PNG, XLSX) all or nothing, as {@link Outputs} does for text. */
final class ReportFiles {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        /**
         * @param sink where to write (buffered; not to be closed)
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream sink) throws IOException;
    }

    private ReportFiles() {
    }

    /**
     * Fails early when a file's directory does not exist.
     *
     * @param name the file as given
     * @throws CliInputException if its directory does not exist
     */
    static void checkDirectory(String name) {
        Path dir = Path.of(name).toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliInputException("cli.no-directory", LocalizedText.of(
                    "Thư mục %s không tồn tại", "Directory %s does not exist").formatted(dir));
        }
    }

    /**
     * Writes a file beside its target and moves it into place.
     *
     * @param target the file
     * @param content what to write
     * @throws IOException if writing fails
     */
    static void atomically(Path target, Content content) throws IOException {
        checkDirectory(target.toString());
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
