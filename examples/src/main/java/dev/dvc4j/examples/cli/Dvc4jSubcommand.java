package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dvc4j.core.json.Dvc4jJson;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
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
        requireOrdered(value, "$");
        try {
            out().println(JSON.writeValueAsString(value));
            out().flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /**
     * A JSON object whose keys keep the order given, so that the output is the same bytes on every run
     * ({@code Map.of} iterates in an order that changes from one JVM to the next).
     *
     * @param keysAndValues key, value, key, value, …
     * @return the ordered map
     */
    protected static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * Refuses a map or set whose iteration order is not fixed (anything but an insertion-ordered, sorted or enum
     * collection with more than one element), anywhere in the maps and collections of a value to print: such a
     * collection would print its keys in a different order from one run to the next.
     */
    static void requireOrdered(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() > 1 && !(m instanceof LinkedHashMap || m instanceof SortedMap || m instanceof EnumMap)) {
                throw new IllegalStateException("JSON output at " + path + " is a " + m.getClass().getName()
                        + ", whose key order changes from run to run; use an ordered map");
            }
            m.forEach((k, v) -> requireOrdered(v, path + "." + k));
        } else if (value instanceof Collection<?> c) {
            if (c instanceof Set && c.size() > 1
                    && !(c instanceof LinkedHashSet || c instanceof SortedSet || c instanceof EnumSet)) {
                throw new IllegalStateException("JSON output at " + path + " is a " + c.getClass().getName()
                        + ", whose order changes from run to run; use an ordered set");
            }
            int i = 0;
            for (Object o : c) {
                requireOrdered(o, path + "[" + i++ + "]");
            }
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
