package dev.dvc4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code dvc4j} in-process and captures what it prints. */
final class Cli {

    /**
     * The outcome of one run.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dvc4jCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
