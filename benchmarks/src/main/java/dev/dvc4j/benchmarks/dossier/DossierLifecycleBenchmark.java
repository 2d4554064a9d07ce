package dev.dvc4j.benchmarks.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dossier lifecycle with its hash chain, and the JSON round trip of a whole dossier against Jackson on an
 * equivalent plain record (same fields and nesting, no validation, no replay, no hash check).
 *
 * <p>Warm-up is 8 s: on the 2-core build machine C2 needs 4–5 s to finish compiling the read path, and shorter
 * warm-ups measured partly compiled code for dossier reads (3–5× slower) but not for the plain model. The heap is
 * fixed at 1 GiB: with a resizing heap, forks of the allocation-heavy round trips flipped between two speeds
 * (18,000 and 32,000 ops/s) from one iteration to the next.
 *
 * <p>Due times come from the national working calendar. {@code fullLifecycle} files a dossier and takes it through 8 transitions (9 events): transitions per second =
 * ops/s × 9.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class DossierLifecycleBenchmark {

    static final Instant T0 = Instant.parse("2026-02-10T02:00:00Z");
    static final DeadlinePolicy POLICY = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART);
    static final String DIGEST = "ab".repeat(32);

    private Filing filing;
    private List<SubmittedDocument> supplement;
    private List<Fee> obligations;
    private Payment payment;
    private List<ResultDocument> results;
    private Dossier returned;
    private ObjectMapper dvc4j;
    private ObjectMapper plainMapper;
    private String dossierJson;
    private PlainModel.PlainDossier plain;
    private String plainJson;
    private byte[] dossierBytes;
    private byte[] plainBytes;
    private com.fasterxml.jackson.databind.ObjectReader eventsReader;
    private com.fasterxml.jackson.databind.ObjectWriter eventsWriter;
    private com.fasterxml.jackson.databind.ObjectReader plainEventsReader;
    private List<PlainModel.PlainEvent> plainEvents;
    private com.fasterxml.jackson.databind.ObjectWriter canonicalWriter;

    /** Prepares the inputs. */
    @Setup
    public void setup() throws Exception {
        filing = Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null,
                        new Contact(PhoneNumber.parse("0912345678"), null), new Address("42", "18070", "12 Trần Phú")))
                .channel(Channel.ONLINE).resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(5)).summary("Cấp phù hiệu xe tải")
                .document(new SubmittedDocument("TP1", "Giấy đăng ký xe", DIGEST, true, false, false))
                .fee(new Fee("LP1", "Lệ phí cấp phù hiệu", Vnd.of(50_000), FeeKind.FEE))
                .at(T0).actor("portal").build();
        supplement = List.of(new SubmittedDocument("TP2", "Bản sao", DIGEST, true, false, false));
        obligations = List.of(new Fee("P1", "Phí thẩm định", Vnd.of(20_000), FeeKind.CHARGE));
        payment = new Payment(Vnd.of(70_000), PaymentMethod.NATIONAL_PORTAL, "TX1");
        results = List.of(new ResultDocument("PH-1", "Phù hiệu", true, null));
        returned = fullLifecycle();
        dvc4j = Dvc4jJson.newMapper();
        dossierJson = dvc4j.writeValueAsString(returned);
        plainMapper = JsonMapper.builder().build();
        plain = plainMapper.readValue(dossierJson, PlainModel.PlainDossier.class);
        plainJson = plainMapper.writeValueAsString(plain);
        dossierBytes = dossierJson.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        plainBytes = plainJson.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!Dossier.fromJson(dossierBytes, 0, dossierBytes.length).equals(returned)) {
            throw new IllegalStateException("fromJson does not read the dossier written");
        }
        var eventsType = dvc4j.getTypeFactory().constructCollectionType(List.class, dev.dvc4j.core.dossier.DossierEvent.class);
        eventsReader = dvc4j.readerFor(eventsType);
        eventsWriter = dvc4j.writerFor(eventsType);
        plainEventsReader = plainMapper.readerFor(plainMapper.getTypeFactory().constructCollectionType(List.class, PlainModel.PlainEvent.class));
        plainEvents = plain.events();
        canonicalWriter = Dvc4jJson.canonical().writerFor(dev.dvc4j.core.dossier.DossierEvent.class);
        if (!hashChainThroughJackson().equals(returned.headHash())) {
            throw new IllegalStateException("the baseline does not compute the dossier's head hash");
        }
    }

    /** @return a dossier filed and taken to result-returned */
    @Benchmark
    public Dossier fullLifecycle() {
        return Dossier.file(filing)
                .receive(T0.plus(Duration.ofHours(1)), "officer-1", POLICY)
                .startProcessing(T0.plus(Duration.ofHours(2)), "officer-1", "Phòng Quản lý vận tải")
                .requestSupplement(T0.plus(Duration.ofHours(3)), "officer-2", "Thiếu bản sao")
                .supplement(T0.plus(Duration.ofHours(5)), "citizen", supplement, POLICY)
                .requestPayment(T0.plus(Duration.ofHours(6)), "officer-2", obligations)
                .pay(T0.plus(Duration.ofHours(7)), "citizen", payment)
                .approve(T0.plus(Duration.ofHours(8)), "leader", results)
                .returnResult(T0.plus(Duration.ofHours(9)), "officer-1");
    }

    /** @return the dossier written and read back (the read replays and verifies the hash chain) */
    @Benchmark
    public Dossier dossierJsonRoundTrip() throws Exception {
        return dvc4j.readValue(dvc4j.writeValueAsString(returned), Dossier.class);
    }

    /** @return the equivalent plain record written and read back by plain Jackson */
    @Benchmark
    public PlainModel.PlainDossier plainJsonRoundTrip() throws Exception {
        return plainMapper.readValue(plainMapper.writeValueAsString(plain), PlainModel.PlainDossier.class);
    }

    /**
     * The codec alone: the dossier's typed events (identifiers, instants, amounts parsed and validated) written and
     * read back, with no replay and no hash verification.
     *
     * @return the events read back
     */
    @Benchmark
    public List<dev.dvc4j.core.dossier.DossierEvent> eventsJsonRoundTrip() throws Exception {
        return eventsReader.readValue(eventsWriter.writeValueAsString(returned.events()));
    }

    /** @return the equivalent plain event records written and read back by plain Jackson */
    @Benchmark
    public List<PlainModel.PlainEvent> plainEventsJsonRoundTrip() throws Exception {
        return plainEventsReader.readValue(plainMapper.writeValueAsString(plainEvents));
    }

    /** @return the dossier written as JSON */
    @Benchmark
    public String dossierWrite() throws Exception {
        return dvc4j.writeValueAsString(returned);
    }

    /** @return the dossier read from JSON: parse, replay, verify every hash link, compare the snapshot */
    @Benchmark
    public Dossier dossierRead() throws Exception {
        return dvc4j.readValue(dossierJson, Dossier.class);
    }

    /**
     * The same read from the document's UTF-8 bytes with {@link Dossier#fromJson}: its byte-level reader, then the same
     * replay, hash verification and snapshot comparison.
     *
     * @return the dossier
     */
    @Benchmark
    public Dossier dossierFromBytes() {
        return Dossier.fromJson(dossierBytes, 0, dossierBytes.length);
    }

    /** @return the dossier read from the same UTF-8 bytes by data binding (what {@link #dossierFromBytes} replaces) */
    @Benchmark
    public Dossier dossierReadBytes() throws Exception {
        return dvc4j.readValue(dossierBytes, Dossier.class);
    }

    /** @return the plain record read from the same UTF-8 bytes by plain Jackson */
    @Benchmark
    public PlainModel.PlainDossier plainReadBytes() throws Exception {
        return plainMapper.readValue(plainBytes, PlainModel.PlainDossier.class);
    }

    /** @return the plain record written as JSON */
    @Benchmark
    public String plainWrite() throws Exception {
        return plainMapper.writeValueAsString(plain);
    }

    /** @return the plain record read from JSON */
    @Benchmark
    public PlainModel.PlainDossier plainRead() throws Exception {
        return plainMapper.readValue(plainJson, PlainModel.PlainDossier.class);
    }

    /** @return the hash chain verified on its own (canonical JSON and SHA-256 of each event) */
    @Benchmark
    public Object hashChain() {
        return Dossier.verifyHistory(returned.events(), returned.headHash());
    }

    /**
     * The naive baseline for {@link #hashChain()}: the same chain with each event's canonical JSON written by
     * Jackson's canonical mapper (what dvc4j did before writing it by hand).
     *
     * @return the head hash
     * @throws Exception never
     */
    @Benchmark
    public String hashChainThroughJackson() throws Exception {
        String previous = null;
        for (dev.dvc4j.core.dossier.DossierEvent e : returned.events()) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            previous = java.util.HexFormat.of().formatHex(md.digest(canonicalWriter.writeValueAsBytes(e)));
        }
        return previous;
    }

    /** @return the length of both documents, to check they are equivalent in size */
    public int[] sizes() {
        return new int[] {dossierJson.length(), plainJson.length()};
    }
}
