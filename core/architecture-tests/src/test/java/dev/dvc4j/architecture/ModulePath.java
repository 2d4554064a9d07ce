package dev.dvc4j.architecture;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.spi.ToolProvider;

/** Builds a module path from this test's class path and compiles and runs programs on it. */
final class ModulePath {

    private ModulePath() {
    }

    /**
     * The class-path entries whose file name or folder matches, as a module path.
     *
     * @param keep which entries to keep
     * @return the module path
     */
    static String of(Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (keep.test(e.replace(File.separatorChar, '/')) && !e.contains("test-classes")) {
                out.add(e);
            }
        }
        return String.join(File.pathSeparator, out);
    }

    /** Entries of the dvc4j artifacts named, and of Jackson 2, SLF4J, JSpecify and (if asked) Jakarta Validation. */
    static Predicate<String> entries(List<String> artifacts, boolean validation) {
        return e -> {
            for (String a : artifacts) {
                if (e.contains("/core/" + a + "/target/classes") || e.contains("/" + a + "/target/classes")
                        || e.contains("/dvc4j-" + a + "-")) {
                    return !(a.equals("core") && e.matches(".*/core/[a-z-]+/target/classes.*") && !e.contains("/core/target/classes"));
                }
            }
            return e.contains("/com/fasterxml/jackson/") || e.contains("/org/slf4j/slf4j-api/")
                    || e.contains("/org/jspecify/")
                    || (validation && e.contains("/jakarta/validation/"));
        };
    }

    /**
     * Compiles sources into a directory.
     *
     * @param sources file name to text
     * @param modulePath the module path
     * @param out the output directory
     * @return the compiler's messages
     * @throws IOException on I/O failure
     */
    static String compile(Map<String, String> sources, String modulePath, Path out) throws IOException {
        Path src = Files.createTempDirectory(out.getParent(), "src");
        List<String> args = new ArrayList<>(List.of("--release", "17", "--module-path", modulePath, "-d", out.toString()));
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path f = src.resolve(s.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, s.getValue(), StandardCharsets.UTF_8);
            args.add(f.toString());
        }
        StringWriter messages = new StringWriter();
        int code = ToolProvider.findFirst("javac").orElseThrow()
                .run(new PrintWriter(messages), new PrintWriter(messages), args.toArray(String[]::new));
        if (code != 0) {
            throw new AssertionError("javac failed:\n" + messages);
        }
        return messages.toString();
    }

    /**
     * Runs a module's main class in a new JVM.
     *
     * @param modulePath the module path
     * @param module "module/main.Class"
     * @return standard output and error, and the exit code on the last line
     * @throws IOException on I/O failure
     * @throws InterruptedException if interrupted
     */
    static String run(String modulePath, String module) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx256m", "--module-path", modulePath, "--module", module)
                .redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the consumer did not finish in 120 s");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) + "exit " + p.exitValue();
    }

    /**
     * Runs jdeps.
     *
     * @param args its arguments
     * @return its output
     */
    static String jdeps(String... args) {
        StringWriter out = new StringWriter();
        int code = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out), args);
        if (code != 0) {
            throw new AssertionError("jdeps failed (" + code + "):\n" + out);
        }
        return out.toString();
    }
}
