package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's JSON output is the same bytes on every run: ten runs in one JVM, and the same digests from two
 * JVMs (hash-based collections iterate in an order that can change from one JVM to the next, so one JVM alone would
 * not show it). The inputs and every clock-dependent option are fixed.
 */
class JsonOutputDeterminismTest {

    static final int RUNS = 10;

    @TempDir
    Path dir;

    /** The commands, each with fixed inputs and dates, in JSON. */
    static List<String[]> commands(Path dir) throws Exception {
        Path dossiers = dir.resolve("dossiers.jsonl");
        Path one = dir.resolve("one.json");
        if (!Files.exists(dossiers)) {
            check(Cli.run("generate", "--count", "40", "--seed", "7", "--out", dossiers.toString()));
            Files.writeString(one, Files.readAllLines(dossiers).get(0));
        }
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"report", "--to", "2025-12-31", "--threads", "2"});
        out.add(new String[] {"report", dossiers.toString(), "--to", "2026-12-31", "--by", "province", "--lang", "en"});
        out.add(new String[] {"deadline", "--received", "2026-02-13T16:00", "--duration", "5d"});
        out.add(new String[] {"holidays", "2026"});
        out.add(new String[] {"lunar", "2026-02-17"});
        out.add(new String[] {"lunar", "--to-solar", "2025-06-01", "--leap"});
        out.add(new String[] {"level", "--date", "2025-06-01"});
        out.add(new String[] {"postal", "quote", "--leg", "both", "--weight", "100", "--zone", "intra-district",
            "--province", "48", "--date", "2026-03-02"});
        out.add(new String[] {"validate", one.toString()});
        out.add(new String[] {"validate", dossiers.toString()});
        out.add(new String[] {"portal", "export", dossiers.toString()});
        return out;
    }

    private static Cli.Run check(Cli.Run r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    /**
     * Runs every command {@link #RUNS} times in this JVM and prints one line per command: the SHA-256 of its output,
     * after checking that all runs gave the same bytes.
     *
     * @param args the working directory for the inputs
     * @throws Exception if a run fails or differs
     */
    public static void main(String[] args) throws Exception {
        for (String d : digests(Path.of(args[0]))) {
            System.out.println(d);
        }
    }

    static List<String> digests(Path dir) throws Exception {
        List<String> digests = new ArrayList<>();
        for (String[] c : commands(dir)) {
            String[] args = new String[c.length + 2];
            System.arraycopy(c, 0, args, 0, c.length);
            args[c.length] = "--format";
            args[c.length + 1] = "json";
            String first = null;
            for (int i = 0; i < RUNS; i++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Dvc4jCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
                if (code != 0) {
                    throw new AssertionError(String.join(" ", args) + " exited with " + code + ": " + err);
                }
                if (first == null) {
                    first = out.toString();
                } else if (!first.equals(out.toString())) {
                    throw new AssertionError(String.join(" ", args) + ": run " + (i + 1) + " differs from run 1");
                }
            }
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(first.getBytes(StandardCharsets.UTF_8));
            digests.add(String.join(" ", c).replace(dir.toString(), "DIR") + " " + HexFormat.of().formatHex(sha));
        }
        return digests;
    }

    @Test
    void tenRunsGiveTheSameBytesAndTwoJvmsTheSameDigests() throws Exception {
        List<String> here = digests(dir);
        assertThat(here).hasSize(commands(dir).size());
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), JsonOutputDeterminismTest.class.getName(), dir.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out.lines().toList()).isEqualTo(here);
    }
}
