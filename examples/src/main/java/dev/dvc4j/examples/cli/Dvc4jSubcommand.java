package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dvc4j.core.json.Dvc4jJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The base of every subcommand: the common options, the output streams and JSON printing. */
public abstract class Dvc4jSubcommand implements Callable<Integer> {

    static final ObjectWriter JSON = Dvc4jJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT);

    /** The common options. */
    @Mixin(name = "common")
    protected CommonOptions options;

    /** This command's model. */
    @Spec
    protected CommandSpec spec;

    /** @return the common options */
    public CommonOptions options() {
        return options;
    }

    /** @return standard output */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return standard error */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints a value as indented JSON on standard output.
     *
     * @param value the value
     */
    protected void printJson(Object value) {
        try {
            out().println(JSON.writeValueAsString(value));
            out().flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    @Override
    public final Integer call() throws Exception {
        int code = run();
        out().flush();
        err().flush();
        return code;
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws Exception on failure; {@link dev.dvc4j.core.Dvc4jException}s become exit code 1 with their message
     */
    protected abstract int run() throws Exception;
}
