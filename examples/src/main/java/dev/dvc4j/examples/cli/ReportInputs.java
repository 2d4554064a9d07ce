package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalProblem;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.portal.PortalRecord;
import dev.dvc4j.core.portal.ReadResult;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.io.FactsFormatException;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the inputs of {@code dvc4j report} in constant memory: dossier-facts JSON Lines or CSV (stats' format),
 * dvc4j dossiers as JSON Lines (what {@code dvc4j generate} writes), or a national-portal sync payload ({@code .json}).
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

    private static final ObjectReader DOSSIER = Dvc4jJson.mapper().readerFor(Dossier.class);
    private static final int MAX_PROBLEMS = FactsReader.DEFAULT_MAX_PROBLEMS;

    private final FactsMapper mapper;
    private final boolean lenient;

    ReportInputs(FactsMapper mapper, boolean lenient) {
        this.mapper = mapper;
        this.lenient = lenient;
    }

    /**
     * What a file holds, from its name and first line.
     *
     * @param name the file name
     * @return the kind
     */
    static Kind kindOf(String name) {
        Path p = Inputs.file(name);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Kind.FACTS_CSV;
        }
        if (lower.endsWith(".json")) {
            return Kind.PORTAL_PAYLOAD;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        // dvc4j's dossier wire form always carries its events; facts never do.
                        return line.contains("\"events\"") && line.contains("\"headHash\"") ? Kind.DOSSIER_LINES : Kind.FACTS_JSON_LINES;
                    }
                }
                return Kind.FACTS_JSON_LINES;
            } catch (IOException e) {
                throw Inputs.jsonProblem(name, e);
            }
        }
        throw new CliInputException("cli.report-input", LocalizedText.of(
                "%s: không rõ loại tệp; cần .jsonl (hồ sơ hoặc dữ liệu thống kê), .csv hoặc .json (gói đồng bộ Cổng DVC quốc gia)",
                "%s: unknown kind of file; expected .jsonl (dossiers or facts), .csv, or .json (a national-portal sync payload)")
                .formatted(name));
    }

    /**
     * Reads one file into a sink.
     *
     * @param name the file name
     * @param sink receives each fact
     * @param progress counts bytes read
     * @return what reading did
     */
    ReadSummary read(String name, Consumer<DossierFacts> sink, Progress progress) {
        Kind kind = kindOf(name);
        Path p = Path.of(name);
        try (InputStream in = new Counting(Files.newInputStream(p), progress)) {
            return switch (kind) {
                case FACTS_CSV, FACTS_JSON_LINES -> facts(name, kind, in, sink);
                case DOSSIER_LINES -> dossiers(name, in, sink);
                case PORTAL_PAYLOAD -> portal(name, in, sink);
            };
        } catch (IOException e) {
            throw Inputs.jsonProblem(name, e);
        } catch (UncheckedIOException e) {
            throw Inputs.jsonProblem(name, e.getCause());
        }
    }

    private ReadSummary facts(String name, Kind kind, InputStream in, Consumer<DossierFacts> sink) {
        FactsReader reader = (kind == Kind.FACTS_CSV ? FactsReader.csv() : FactsReader.jsonLines())
                .mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT);
        try {
            return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), sink);
        } catch (FactsFormatException e) {
            throw new CliInputException(e.code(), LocalizedText.of(name + ":" + e.line() + ": " + e.problem().message().vi(),
                    name + ":" + e.line() + ": " + e.problem().message().en()), e);
        } catch (Dvc4jException e) {
            throw new CliInputException(e.code(), LocalizedText.of(name + ": " + e.text().vi(), name + ": " + e.text().en()), e);
        }
    }

    private ReadSummary dossiers(String name, InputStream in, Consumer<DossierFacts> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long lines = 0;
        long facts = 0;
        long malformed = 0;
        long blank = 0;
        List<ReadProblem> problems = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            lines++;
            if (line.isBlank()) {
                blank++;
                continue;
            }
            DossierFacts f;
            try {
                f = mapper.fromDossier(DOSSIER.readValue(line));
            } catch (IOException | Dvc4jException e) {
                CliInputException c = e instanceof IOException io ? Inputs.jsonProblem(name, lines, io)
                        : new CliInputException(((Dvc4jException) e).code(), LocalizedText.of(name + ":" + lines + ": "
                                + ((Dvc4jException) e).text().vi(), name + ":" + lines + ": " + ((Dvc4jException) e).text().en()), e);
                if (!lenient) {
                    throw c;
                }
                malformed++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(ReadProblem.atLine(lines, c.code(), c.text()));
                }
                continue;
            }
            facts++;
            sink.accept(f);
        }
        return new ReadSummary("", lines, facts, malformed, blank, problems);
    }

    private ReadSummary portal(String name, InputStream in, Consumer<DossierFacts> sink) throws IOException {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        ReadResult result;
        try {
            JsonNode probe = Dvc4jJson.mapper().readTree(json);
            if (probe == null || !probe.isObject()) {
                throw new CliInputException("cli.report-input", LocalizedText.of(
                        "%s: cần một gói đồng bộ Cổng DVC quốc gia (đối tượng JSON có \"data\")",
                        "%s: expected a national-portal sync payload (a JSON object with \"data\")").formatted(name));
            }
            result = PortalReader.defaults().read(json);
        } catch (IOException e) {
            throw Inputs.jsonProblem(name, e);
        } catch (CliInputException e) {
            throw e;
        } catch (Dvc4jException e) {
            throw new CliInputException(e.code(), LocalizedText.of(name + ": " + e.text().vi(), name + ": " + e.text().en()), e);
        }
        List<ReadProblem> problems = new ArrayList<>();
        long malformed = 0;
        for (PortalProblem pp : result.problems()) {
            if (!lenient) {
                throw new CliInputException("portal.payload", LocalizedText.of(name + ", " + pp.path() + ": " + pp.message().vi(),
                        name + ", " + pp.path() + ": " + pp.message().en()));
            }
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new ReadProblem("", 0, 0, "", "portal.payload", LocalizedText.of(pp.path() + ": " + pp.message().vi(), pp.path() + ": " + pp.message().en())));
            }
        }
        long facts = 0;
        long index = 0;
        for (PortalRecord rec : result.records()) {
            index++;
            if (rec instanceof PortalDossier pd) {
                try {
                    sink.accept(mapper.fromPortal(pd));
                    facts++;
                } catch (Dvc4jException e) {
                    if (!lenient) {
                        throw new CliInputException(e.code(), LocalizedText.of(name + ", data[" + (index - 1) + "]: " + e.text().vi(),
                                name + ", data[" + (index - 1) + "]: " + e.text().en()), e);
                    }
                    malformed++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(ReadProblem.atLine(0, e.code(), e.text()));
                    }
                }
            }
        }
        return new ReadSummary("", result.records().size(), facts, malformed + result.problems().size(), 0, problems);
    }

    /** Counts bytes for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private final Progress progress;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.advance(n);
            }
            return n;
        }
    }
}
