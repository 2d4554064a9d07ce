package dev.dvc4j.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that stops the command when its reader has gone ({@code dvc4j generate | head}): a
 * {@link PrintWriter} swallows write errors, so the command would go on producing for nobody; here the first failed
 * write ends the command at once with {@link Closed}, which {@link Dvc4jCommand} turns into exit code 1 without a
 * message (the reader that closed the pipe wants no more output).
 */
final class StandardOutput {

    /** The output's reader has gone: writing more is pointless. */
    static final class Closed extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        Closed(IOException cause) {
            super("standard output closed", cause);
        }
    }

    private StandardOutput() {
    }

    /**
     * A UTF-8 writer over a stream that throws {@link Closed} on the first failed write or flush.
     *
     * @param out the stream, usually the process's standard output
     * @return the writer, flushing at each line
     */
    static PrintWriter of(OutputStream out) {
        OutputStream guarded = new FilterOutputStream(out) {
            @Override
            public void write(int b) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new Closed(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new Closed(e);
                }
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new Closed(e);
                }
            }
        };
        return new PrintWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), true);
    }
}
