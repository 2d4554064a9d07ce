package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalProblem;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.portal.PortalRecord;
import dev.dvc4j.core.portal.ReadResult;
import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.io.FactsFormatException;
import dev.dvc4j.stats.io.FactsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inputs of {@code dvc4j report} into an accumulator: dossier-facts JSON Lines or CSV and dvc4j dossiers
 * as JSON Lines (what {@code dvc4j generate} writes) through {@link FactsReader}, in bounded memory and on
 * {@code --threads} threads; a national-portal sync payload ({@code .json}) through {@link PortalReader}.
 */
final class ReportInputs {

    /** Kinds of input file. */
    enum Kind {
        /** {@code DossierFacts} as JSON Lines. */
        FACTS_JSON_LINES,
        /** {@code DossierFacts} as CSV. */
        FACTS_CSV,
        /** dvc4j dossiers, one per line. */
        DOSSIER_LINES,
        /** A portal sync payload. */
        PORTAL_PAYLOAD
    }

    private static final int MAX_PROBLEMS = FactsReader.DEFAULT_MAX_PROBLEMS;
    /** The element of {@code data[]} a portal problem's path names. */
    private static final Pattern ELEMENT = Pattern.compile("data\\[(\\d+)]");

    private final FactsMapper mapper;
    private final boolean lenient;
    private final int threads;

    ReportInputs(FactsMapper mapper, boolean lenient, int threads) {
        this.mapper = mapper;
        this.lenient = lenient;
        this.threads = threads;
    }

    /**
     * What a file holds, from its name and, for JSON Lines, its content ({@link FactsReader#detect}: the first lines
     * vote), so a bad first line does not decide for the file.
     *
     * @param name the file name
     * @return the kind
     */
    static Kind kindOf(String name) {
        Path p = Inputs.file(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Kind.FACTS_CSV;
        }
        if (lower.endsWith(".json")) {
            return Kind.PORTAL_PAYLOAD;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            try {
                return FactsReader.detect(p) == FactsReader.Format.DOSSIER_JSON_LINES ? Kind.DOSSIER_LINES
                        : Kind.FACTS_JSON_LINES;
            } catch (UncheckedIOException e) {
                throw Inputs.jsonProblem(name, e.getCause());
            }
        }
        throw new CliInputException("cli.report-input", LocalizedText.of(
                "%s: không rõ loại tệp; cần .jsonl (hồ sơ hoặc dữ liệu thống kê), .csv hoặc .json (gói đồng bộ Cổng DVC quốc gia)",
                "%s: unknown kind of file; expected .jsonl (dossiers or facts), .csv, or .json (a national-portal sync payload)")
                .formatted(name));
    }

    /**
     * Reads one file into an accumulator.
     *
     * @param name the file name
     * @param into the accumulator
     * @param progress counts bytes read
     * @param <A> the accumulator type
     * @return what reading did, named after the file
     */
    <A extends Accumulator<DossierFacts, A, ?>> ReadSummary read(String name, A into, Progress progress) {
        Kind kind = kindOf(name);
        Path p = Path.of(name);
        try {
            return switch (kind) {
                case FACTS_CSV, FACTS_JSON_LINES, DOSSIER_LINES -> lines(name, kind, p, into, progress);
                case PORTAL_PAYLOAD -> portal(name, p, into, progress);
            };
        } catch (IOException e) {
            throw Inputs.jsonProblem(name, e);
        } catch (UncheckedIOException e) {
            throw Inputs.jsonProblem(name, e.getCause());
        }
    }

    private <A extends Accumulator<DossierFacts, A, ?>> ReadSummary lines(String name, Kind kind, Path p, A into,
                                                                          Progress progress) {
        FactsReader.Format format = switch (kind) {
            case FACTS_CSV -> FactsReader.Format.CSV;
            case DOSSIER_LINES -> FactsReader.Format.DOSSIER_JSON_LINES;
            default -> FactsReader.Format.JSON_LINES;
        };
        FactsReader reader = FactsReader.of(format).mapper(mapper).mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT)
                .threads(threads).named(name).progress(progress::advance);
        try {
            return reader.fold(p, into);
        } catch (FactsFormatException e) {
            ReadProblem problem = e.problem();
            throw new CliInputException(e.code(), LocalizedText.of(problem.describe(false), problem.describe(true)), e);
        }
    }

    /**
     * A portal payload, read whole (it is one JSON document). Every dossier element of {@code data[]} is one record:
     * accepted when it was read without a problem and gave facts, malformed otherwise (an element that is not even an
     * object too); progress entries give no facts; problems of the envelope are listed without being records.
     */
    private <A extends Accumulator<DossierFacts, A, ?>> ReadSummary portal(String name, Path p, A into,
                                                                           Progress progress) throws IOException {
        ReadResult result;
        // Streamed under the reading policy's limits: a document past 64 MiB is refused as its bytes arrive.
        try (InputStream in = progress.counting(Files.newInputStream(p))) {
            result = PortalReader.defaults().read(name, in);
        }
        for (PortalProblem pp : result.problems()) {
            if (pp.path().equals("$")) {
                // The document itself (its bytes, its syntax, a limit, a root that is not an object): no record to count.
                String own = name + ": "; // the problem names the file too
                String vi = pp.message().vi().startsWith(own) ? pp.message().vi().substring(own.length()) : pp.message().vi();
                String en = pp.message().en().startsWith(own) ? pp.message().en().substring(own.length()) : pp.message().en();
                throw new CliInputException("cli.report-input", LocalizedText.of(
                        name + ": cần một gói đồng bộ Cổng DVC quốc gia (đối tượng JSON có \"data\"): " + vi,
                        name + ": expected a national-portal sync payload (a JSON object with \"data\"): " + en));
            }
        }
        List<ReadProblem> problems = new ArrayList<>();
        Set<Integer> troubled = new HashSet<>();
        Set<Integer> skipped = new HashSet<>();
        for (PortalProblem pp : result.problems()) {
            if (!lenient) {
                throw new CliInputException("portal.payload", LocalizedText.of(name + ", " + pp.path() + ": " + pp.message().vi(),
                        name + ", " + pp.path() + ": " + pp.message().en()));
            }
            Matcher m = ELEMENT.matcher(pp.path());
            if (m.find()) {
                int index = Integer.parseInt(m.group(1));
                troubled.add(index);
                if (m.end() == pp.path().length()) {
                    skipped.add(index); // the element is not a record at all
                }
            }
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new ReadProblem(name, 0, 0, pp.path(), "portal.payload", pp.message()));
            }
        }
        long accepted = 0;
        long malformed = skipped.size();
        int index = 0;
        for (PortalRecord rec : result.records()) {
            while (skipped.contains(index)) {
                index++;
            }
            int element = index++;
            if (!(rec instanceof PortalDossier pd)) {
                continue; // a progress entry: no dossier, no facts
            }
            if (troubled.contains(element)) {
                malformed++;
                continue;
            }
            try {
                into.add(mapper.fromPortal(pd));
                accepted++;
            } catch (Dvc4jException e) {
                if (!lenient) {
                    throw new CliInputException(e.code(), LocalizedText.of(name + ", data[" + element + "]: " + e.text().vi(),
                            name + ", data[" + element + "]: " + e.text().en()), e);
                }
                malformed++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(new ReadProblem(name, 0, 0, "data[" + element + "]", e.code(), e.text()));
                }
            }
        }
        // "Lines" of a payload: the elements of data[], progress entries included (they give no facts).
        return new ReadSummary(name, result.records().size() + skipped.size(), accepted, malformed, 0, problems);
    }
}
