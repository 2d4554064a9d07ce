package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing the command line's output files: all or nothing. */
final class Outputs {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        /**
         * @param sink where to write (UTF-8, buffered)
         * @throws IOException if writing fails
         */
        void writeTo(Writer sink) throws IOException;
    }

    private Outputs() {
    }

    /**
     * Writes a file beside its target and moves it into place, so a failed run leaves no half-written file.
     *
     * @param name the file name as given
     * @param content what to write
     * @throws IOException if writing fails
     * @throws CliInputException if the directory does not exist
     */
    static void atomically(String name, Content content) throws IOException {
        Path target = Path.of(name);
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliInputException("cli.no-directory", LocalizedText.of(
                    "Thư mục %s không tồn tại", "Directory %s does not exist").formatted(dir));
        }
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
