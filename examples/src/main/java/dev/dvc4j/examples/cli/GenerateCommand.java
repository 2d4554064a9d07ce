package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.testkit.SyntheticDossiers;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dvc4j generate --count N --seed S [--out FILE] [--facts]}: a realistic synthetic dataset as JSON Lines, one
 * dossier per line from testkit's {@link SyntheticDossiers}, or with {@code --facts} one statistics fact per line
 * from its {@link SyntheticFacts} (what {@code dvc4j report} reads). Streaming: memory does not grow with the count.
 */
@Command(name = "generate", description = {"Generate a realistic synthetic dataset (JSON Lines, one dossier per line,",
    "or with --facts one statistics fact per line).",
    "The data is synthetic: invented people, codes and numbers with a real province's proportions."})
public final class GenerateCommand extends Dvc4jSubcommand {

    private static final ObjectWriter WRITER = Dvc4jJson.mapper().writerFor(Dossier.class)
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many dossiers.")
    long count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write; standard output if absent.")
    String out;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2025-01-01", description = "First filing day (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", defaultValue = "2025-12-31", description = "Last filing day (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--facts", description = {"Write statistics facts of a nationwide synthetic dataset (dossier-facts",
        "JSON Lines, as `report` reads them) instead of dossier histories."})
    boolean facts;

    @Override
    protected int run() throws IOException {
        if (count < 0) {
            throw new CliInputException("cli.negative-count", LocalizedText.of(
                    "--count phải không âm, nhận được %d", "--count must not be negative, got %d").formatted(count));
        }
        LocalDate first = Inputs.date("--from", from);
        LocalDate last = Inputs.date("--to", to);
        if (last.isBefore(first)) {
            throw new CliInputException("cli.period", LocalizedText.of(
                    "--to (%s) trước --from (%s)", "--to (%s) is before --from (%s)").formatted(last, first));
        }
        if (out == null) {
            write(out(), first, last);
            return 0;
        }
        Outputs.target("--out", out);
        Outputs.atomically(out, w -> write(w, first, last));
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", out);
            r.put("count", count);
            r.put("seed", seed);
            r.put("from", first.toString());
            r.put("to", last.toString());
            r.put("content", facts ? "facts" : "dossiers");
            r.put("synthetic", true);
            printJson(r);
        } else {
            out().printf("%s: %,d %s %s%n", options.t("Đã tạo", "Generated"), count,
                    facts ? options.t("dữ kiện thống kê vào", "statistics facts into")
                            : options.t("hồ sơ vào", "dossiers into"), out);
            out().println(options.t(facts ? SyntheticFacts.LABEL : SyntheticDossiers.LABEL)
                    + " (seed " + seed + ", " + first + " – " + last + ")");
        }
        return 0;
    }

    private void write(Writer sink, LocalDate first, LocalDate last) throws IOException {
        if (facts) {
            FactsWriter w = FactsWriter.jsonLines(sink);
            try {
                write(Generators.syntheticFacts(seed, first, last).stream(count).iterator(), w::write);
            } catch (StandardOutput.Closed e) {
                throw e;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            write(Generators.synthetic(seed, first, last).stream(count).iterator(), d -> {
                WRITER.writeValue(sink, d);
                sink.write('\n');
            });
        }
        sink.flush();
    }

    private <T> void write(Iterator<T> items, Line<T> line) throws IOException {
        try (Progress progress = new Progress(err(), options.t("Đang tạo", "Generating"), count)) {
            while (items.hasNext()) {
                line.write(items.next());
                progress.advance(1);
            }
        }
    }

    /** Writes one item as a line. */
    @FunctionalInterface
    private interface Line<T> {
        void write(T item) throws IOException;
    }
}
