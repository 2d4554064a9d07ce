package dev.dvc4j.benchmarks.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import dev.dvc4j.stats.io.FactsReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reason dvc4j parses fact lines by hand: reading the same JSON Lines file into the same {@link DossierFacts},
 * one thread, no report — dvc4j's byte-level reader against Jackson's byte parser ({@code UTF8StreamJsonParser}, one
 * parser for the whole file, the fastest way Jackson reads; field names switched on, values read from the token
 * text), beside Jackson's byte tokenizer alone (no facts built). Every timing includes reading the file.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar FactsParseBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@State(Scope.Benchmark)
public class FactsParseBenchmark {

    @Param("1000000")
    public int lines;

    private Path file;
    private final JsonFactory json = new JsonFactory();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = BenchData.jsonLines(lines);
        long[] a = new long[1];
        FactsReader.jsonLines().strict().read(file, f -> a[0] += f.hashCode());
        if (a[0] != jacksonFacts(true)) {
            throw new IllegalStateException("Jackson's facts differ from dvc4j's");
        }
    }

    /** dvc4j's reader: every line parsed into facts. */
    @Benchmark
    public long dvc4jFacts() {
        long[] n = {0};
        FactsReader.jsonLines().strict().read(file, f -> n[0] += f.supplementCount() + 1);
        return n[0];
    }

    /** Jackson's byte parser: every line parsed into the same facts. */
    @Benchmark
    public long jacksonByteParserFacts() throws IOException {
        return jacksonFacts(false);
    }

    /** Jackson's byte tokenizer over every token: no facts. */
    @Benchmark
    public long jacksonByteTokens() throws IOException {
        long n = 0;
        try (JsonParser p = json.createParser(file.toFile())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    n += p.getTextLength();
                }
            }
        }
        return n;
    }

    private long jacksonFacts(boolean hash) throws IOException {
        long n = 0;
        try (JsonParser p = json.createParser(file.toFile())) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                DossierFacts f = fact(p);
                n += hash ? f.hashCode() : f.supplementCount() + 1;
            }
        }
        return n;
    }

    private static DossierFacts fact(JsonParser p) throws IOException {
        DossierFacts.Builder b = DossierFacts.builder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "code" -> b.code(p.getText());
                case "agency" -> b.agency(p.getText());
                case "procedure" -> b.procedure(p.getText());
                case "sector" -> b.sector(p.getText());
                case "province" -> b.province(p.getText());
                case "channel" -> b.channel(t == JsonToken.VALUE_NUMBER_INT ? Channel.fromPortalCode(p.getIntValue())
                        : Labelled.fromWire(Channel.class, p.getText()));
                case "status" -> b.status(t == JsonToken.VALUE_NUMBER_INT ? DossierStatus.fromPortalCode(p.getIntValue())
                        : Labelled.fromWire(DossierStatus.class, p.getText()));
                case "level" -> b.legacyLevel(p.getIntValue());
                case "onlineMode" -> b.onlineMode(Labelled.fromWire(OnlineMode.class, p.getText()));
                case "filedAt" -> b.filedEpochSecond(VnTimes.parseLenientEpochSecond(p.getText()));
                case "receivedAt" -> b.receivedEpochSecond(VnTimes.parseLenientEpochSecond(p.getText()));
                case "dueAt" -> b.dueEpochSecond(VnTimes.parseLenientEpochSecond(p.getText()));
                case "finishedAt" -> b.finishedEpochSecond(VnTimes.parseLenientEpochSecond(p.getText()));
                case "returnedAt" -> b.returnedEpochSecond(VnTimes.parseLenientEpochSecond(p.getText()));
                case "supplements" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        long req = DossierFacts.NO_TIME;
                        long done = DossierFacts.NO_TIME;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            if (p.nextToken() == JsonToken.VALUE_STRING) {
                                long v = VnTimes.parseLenientEpochSecond(p.getText());
                                if (k.equals("requestedAt")) {
                                    req = v;
                                } else {
                                    done = v;
                                }
                            }
                        }
                        b.addSupplementEpochSeconds(req, done);
                    }
                }
                case "payment" -> b.paymentFlag(p.getIntValue());
                case "feeBearing" -> b.feeBearing(p.getBooleanValue());
                case "digitised" -> b.digitised(p.getBooleanValue());
                case "reused" -> b.reused(p.getBooleanValue());
                case "electronicResult" -> b.electronicResult(p.getBooleanValue());
                case "vneid" -> b.vneid(p.getBooleanValue());
                case "populationData" -> b.populationData(p.getBooleanValue());
                case "feedback" -> b.feedback(Labelled.fromWire(Feedback.class, p.getText()));
                case "resultDelivery" -> b.resultDelivery(Labelled.fromWire(ResultDelivery.class, p.getText()));
                case "legalMaxMinutes" -> b.legalMaxMinutes(p.getIntValue());
                case "distanceKm" -> b.distanceKm(p.getIntValue());
                default -> throw new IllegalStateException("unknown key " + name);
            }
        }
        return b.build();
    }
}
