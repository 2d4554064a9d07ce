package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.internal.json.Utf8;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.money.Vnd;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of {@link Dossier#fromJson}: reads a dossier's wire JSON straight from its UTF-8 bytes into the same
 * records data binding builds, then hands them to the same {@link Dossier#fromWire} (replay through the lifecycle,
 * every hash link and the head hash verified, the snapshot compared with the replay).
 *
 * <p>It <b>accepts only what it is sure of and declines the rest</b>: a document it declines is read by Jackson's
 * data binding ({@link dev.dvc4j.core.json.Dvc4jJson#mapper()}), which stays the one definition of the wire format
 * and tells every problem. Declined: any escape in a string, a {@code null}, a number that is not a plain integer, a
 * key it does not know for the object or seen twice, a {@code type} that is not the first key of an event or an
 * applicant, a byte that is not strict UTF-8, a document longer than 1 MiB (so no limit of the reading policy can be
 * reached), a boolean or integer left out, and every value the records' own constructors, the value types' parsers or
 * the replay refuse. Any other member left out is {@code null}, as data binding makes it. What it accepts, it builds
 * with those same constructors and parsers ({@link Labelled#find} and the enums' wire names, {@link VnTimes} for
 * instants), so it cannot give another dossier than data binding: {@code WireBytesProperties} and {@code
 * WireBytesTest} hold the two to equal results over generated dossiers of every event type and over their
 * corruptions, and to the same refusals.
 *
 * <p>Why by hand (measured, BENCHMARKS.md "Dossier JSON Lines read from bytes"): a verified read of a 3.6 kB dossier
 * took about 20 µs of CPU through data binding and takes about 11 µs here, the same replay and hash verification
 * included, allocating 9 kB instead of 16 kB; {@code dvc4j report} over a dossier export spends that per line, and
 * with it the command is more than twice as fast per core as before this reader. The savings: no Jackson parser and
 * no token stream, keys matched as bytes in the order writers put them (the next name is tried first), enum names
 * matched as bytes, strings scanned eight bytes at a time, and the filed event's copy of the snapshot's applicant,
 * documents and identifiers taken from the snapshot when its bytes are the same.
 */
final class WireBytes {

    /** Longer documents are left to data binding, so that no limit of the reading policy can be met here. */
    static final int MAX_LENGTH = 1 << 20;

    private static final RuntimeException DECLINE = new RuntimeException("declined", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    // Keys of the snapshot (Dossier.Wire), by their order in the record.
    private static final Names WIRE = new Names("code", "procedure", "agency", "status", "version", "headHash",
            "applicant", "channel", "resultDelivery", "period", "summary", "vneidAuthenticated", "documents", "fees",
            "payments", "supplements", "apologies", "results", "reasons", "outcome", "processingUnit", "returnedBy",
            "filedAt", "receivedAt", "originalDueAt", "dueAt", "processedAt", "processingEndedAt", "returnedAt",
            "events", "signatures");
    /** The snapshot's keys below this index may be repeated by an event: code to reasons. */
    private static final int REPEATED = 19;

    // Keys of every event type.
    private static final int E_AT = 0;
    private static final int E_ACTOR = 1;
    private static final int E_NOTE = 2;
    private static final int E_PREVIOUS = 3;
    private static final int E_CODE = 4;
    private static final int E_PROCEDURE = 5;
    private static final int E_AGENCY = 6;
    private static final int E_APPLICANT = 7;
    private static final int E_CHANNEL = 8;
    private static final int E_RESULT_DELIVERY = 9;
    private static final int E_PERIOD = 10;
    private static final int E_SUMMARY = 11;
    private static final int E_VNEID = 12;
    private static final int E_DOCUMENTS = 13;
    private static final int E_FEES = 14;
    private static final int E_DUE_AT = 15;
    private static final int E_REASON = 16;
    private static final int E_UNIT = 17;
    private static final int E_PAYMENT = 18;
    private static final int E_OUTCOME = 19;
    private static final int E_REASONS = 20;
    private static final int E_RESULTS = 21;
    private static final int E_DELIVERY = 22;
    private static final int E_NEW_DUE_AT = 23;
    private static final String[] EVENT_KEYS = {"at", "actor", "note", "previousHash", "code", "procedure", "agency",
        "applicant", "channel", "resultDelivery", "period", "summary", "vneidAuthenticated", "documents", "fees",
        "dueAt", "reason", "unit", "payment", "outcome", "reasons", "results", "delivery", "newDueAt"};
    private static final Names EVENT_TYPES = new Names("filed", "received", "refused-at-reception",
            "processing-started", "supplement-requested", "supplemented", "obligation-requested", "paid", "processed",
            "result-returned", "withdrawn", "stopped", "apologised");
    /** Per event type (as {@link #EVENT_TYPES}), its keys in the order of its record (the order they are written in). */
    private static final Names[] EVENT = {
        eventKeys(E_CODE, E_PROCEDURE, E_AGENCY, E_APPLICANT, E_CHANNEL, E_RESULT_DELIVERY, E_PERIOD, E_SUMMARY, E_VNEID,
                E_DOCUMENTS, E_FEES),
        eventKeys(E_DUE_AT),
        eventKeys(E_REASON),
        eventKeys(E_UNIT),
        eventKeys(E_REASON),
        eventKeys(E_DOCUMENTS, E_DUE_AT),
        eventKeys(E_FEES),
        eventKeys(E_PAYMENT),
        eventKeys(E_OUTCOME, E_REASONS, E_RESULTS),
        eventKeys(E_DELIVERY),
        eventKeys(E_REASON),
        eventKeys(E_REASON),
        eventKeys(E_NEW_DUE_AT, E_REASON),
    };

    private static final Names APPLICANT_TYPES = new Names("citizen", "organisation");
    private static final String[] APPLICANT_KEYS = {"fullName", "personalId", "birthDate", "contact", "address", "name",
        "taxCode", "representative"};
    /** Per applicant type, its keys in the order of its record. */
    private static final Names[] APPLICANT = {new Names(APPLICANT_KEYS, 0, 1, 2, 3, 4), new Names(APPLICANT_KEYS, 5, 6, 7, 3, 4)};
    private static final Names TYPE = new Names("type");
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final Labels<Channel> CHANNEL = new Labels<>(Channel.class);
    private static final Labels<ResultDelivery> DELIVERY = new Labels<>(ResultDelivery.class);
    private static final Labels<DossierStatus> STATUS = new Labels<>(DossierStatus.class);
    private static final Labels<Outcome> OUTCOME = new Labels<>(Outcome.class);
    private static final Labels<FeeKind> FEE_KIND = new Labels<>(FeeKind.class);
    private static final Labels<PaymentMethod> METHOD = new Labels<>(PaymentMethod.class);
    private static final Labels<SignatureAlgorithm> ALGORITHM = new Labels<>(SignatureAlgorithm.class);
    private static final Names CONTACT = new Names("phone", "email");
    private static final Names ADDRESS = new Names("provinceCode", "communeCode", "line");
    private static final Names DOCUMENT = new Names("componentCode", "name", "sha256", "digitised", "reused",
            "fromNationalStore");
    private static final Names FEE = new Names("code", "name", "amount", "kind");
    private static final Names PAYMENT = new Names("amount", "method", "reference");
    private static final Names ROUND = new Names("requestedAt", "reason", "completedAt", "dueBefore", "dueAfter");
    private static final Names APOLOGY = new Names("at", "reason", "previousDue", "newDue");
    private static final Names RESULT = new Names("code", "name", "electronic", "sha256");
    private static final Names SIGNATURE = new Names("version", "headHash", "keyId", "algorithm", "signedAt",
            "signature");

    private final byte[] b;
    private final int end;
    private int i;
    /**
     * Where the snapshot's values lie in the document and what they were read as, by key: the filed event repeats the
     * snapshot's identifiers, applicant, summary, period, documents and fees, and a decision its reasons and results.
     * A value whose bytes repeat the snapshot's exactly is the same value, so it is not read again.
     */
    private final int[] spanFrom = new int[REPEATED];
    private final int[] spanTo = new int[REPEATED];
    private final Object[] spanValue = new Object[REPEATED];
    /** A time's characters, for {@link VnTimes#parse(char[], int, int)}: the codec data binding uses. */
    private final char[] chars = new char[VnTimes.MAX_LENGTH];

    private WireBytes(byte[] b, int from, int to) {
        this.b = b;
        this.i = from;
        this.end = to;
    }

    /**
     * Reads a dossier, or declines.
     *
     * @param b the bytes
     * @param from where the document starts
     * @param to where it ends (exclusive)
     * @return the dossier, exactly as data binding reads it, or {@code null} when declined
     */
    static @Nullable Dossier read(byte[] b, int from, int to) {
        Dossier.Wire wire = parse(b, from, to);
        if (wire == null) {
            return null;
        }
        try {
            return Dossier.fromWire(wire);
        } catch (RuntimeException e) {
            // refused by the replay: data binding reads it again and tells why
            return null;
        }
    }

    /**
     * Reads the wire record, or declines.
     *
     * @param b the bytes
     * @param from where the document starts
     * @param to where it ends (exclusive)
     * @return the record, as data binding builds it, or {@code null} when declined
     */
    static Dossier.@Nullable Wire parse(byte[] b, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return null;
        }
        WireBytes r = new WireBytes(b, from, to);
        try {
            Dossier.Wire wire = r.wire();
            r.ws();
            return r.i == r.end ? wire : null;
        } catch (RuntimeException e) {
            // declined, or refused by a constructor or a parser: data binding reads it again and tells why
            return null;
        }
    }

    // ------------------------------------------------------------------ the records

    private Dossier.Wire wire() {
        DossierCode code = null;
        ProcedureCode procedure = null;
        AgencyCode agency = null;
        Applicant applicant = null;
        Channel channel = null;
        ResultDelivery resultDelivery = null;
        ProcessingPeriod period = null;
        String summary = null;
        boolean vneid = false;
        List<SubmittedDocument> documents = null;
        List<Fee> fees = null;
        List<Payment> payments = null;
        List<SupplementRound> supplements = null;
        List<Apology> apologies = null;
        List<ResultDocument> results = null;
        List<String> reasons = null;
        DossierStatus status = null;
        Outcome outcome = null;
        String processingUnit = null;
        ResultDelivery returnedBy = null;
        Instant filedAt = null;
        Instant receivedAt = null;
        Instant originalDueAt = null;
        Instant dueAt = null;
        Instant processedAt = null;
        Instant processingEndedAt = null;
        Instant returnedAt = null;
        int version = 0;
        String headHash = null;
        List<DossierEvent> events = null;
        List<HeadSignature> signatures = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(WIRE, last);
                last = k;
                seen = once(seen, k);
                ws();
                valueStart = i;
                switch (k) {
                    case 0 -> code = kept(0, DossierCode.parse(string()));
                    case 1 -> procedure = kept(1, ProcedureCode.parse(string()));
                    case 2 -> agency = kept(2, AgencyCode.parse(string()));
                    case 6 -> applicant = kept(6, applicant());
                    case 7 -> channel = label(CHANNEL);
                    case 8 -> resultDelivery = label(DELIVERY);
                    case 9 -> period = kept(9, ProcessingPeriod.parse(string()));
                    case 10 -> summary = kept(10, string());
                    case 11 -> vneid = bool();
                    case 12 -> documents = kept(12, list(this::document));
                    case 13 -> fees = kept(13, list(this::fee));
                    case 14 -> payments = list(this::payment);
                    case 15 -> supplements = list(this::round);
                    case 16 -> apologies = list(this::apology);
                    case 17 -> results = kept(17, list(this::result));
                    case 18 -> reasons = kept(18, list(this::string));
                    case 3 -> status = label(STATUS);
                    case 19 -> outcome = label(OUTCOME);
                    case 20 -> processingUnit = string();
                    case 21 -> returnedBy = label(DELIVERY);
                    case 22 -> filedAt = time();
                    case 23 -> receivedAt = time();
                    case 24 -> originalDueAt = time();
                    case 25 -> dueAt = time();
                    case 26 -> processedAt = time();
                    case 27 -> processingEndedAt = time();
                    case 28 -> returnedAt = time();
                    case 4 -> version = integer();
                    case 5 -> headHash = string();
                    case 29 -> events = list(this::event);
                    default -> signatures = list(this::signature);
                }
            } while (nextMember());
        }
        primitive(seen, 4);
        primitive(seen, 11);
        return new Dossier.Wire(code, procedure, agency, applicant, channel, resultDelivery, period, summary, vneid,
                documents, fees, payments, supplements, apologies, results, reasons, status, outcome, processingUnit,
                returnedBy, filedAt, receivedAt, originalDueAt, dueAt, processedAt, processingEndedAt, returnedAt,
                version, headHash, events, signatures);
    }

    private DossierEvent event() {
        if (!open() || key(TYPE, -1) != 0) {
            throw DECLINE;
        }
        int type = nameValue(EVENT_TYPES);
        if (type < 0) {
            throw DECLINE;
        }
        Instant at = null;
        String actor = null;
        String note = null;
        String previous = null;
        DossierCode code = null;
        ProcedureCode procedure = null;
        AgencyCode agency = null;
        Applicant applicant = null;
        Channel channel = null;
        ResultDelivery resultDelivery = null;
        ProcessingPeriod period = null;
        String summary = null;
        boolean vneid = false;
        List<SubmittedDocument> documents = null;
        List<Fee> fees = null;
        Instant dueAt = null;
        String reason = null;
        String unit = null;
        Payment payment = null;
        Outcome outcome = null;
        List<String> reasons = null;
        List<ResultDocument> results = null;
        ResultDelivery delivery = null;
        Instant newDueAt = null;
        long seen = 0;
        Names keys = EVENT[type];
        int last = -1;
        while (nextMember()) {
            last = key(keys, last);
            int k = keys.id(last);
            seen = once(seen, k);
            switch (k) {
                case E_AT -> at = time();
                case E_ACTOR -> actor = string();
                case E_NOTE -> note = string();
                case E_PREVIOUS -> previous = string();
                case E_CODE -> code = repeated(0) instanceof DossierCode c ? c : DossierCode.parse(string());
                case E_PROCEDURE -> procedure = repeated(1) instanceof ProcedureCode c ? c : ProcedureCode.parse(string());
                case E_AGENCY -> agency = repeated(2) instanceof AgencyCode c ? c : AgencyCode.parse(string());
                case E_APPLICANT -> applicant = repeated(6) instanceof Applicant a ? a : applicant();
                case E_CHANNEL -> channel = label(CHANNEL);
                case E_RESULT_DELIVERY -> resultDelivery = label(DELIVERY);
                case E_PERIOD -> period = repeated(9) instanceof ProcessingPeriod p ? p : ProcessingPeriod.parse(string());
                case E_SUMMARY -> summary = repeated(10) instanceof String t ? t : string();
                case E_VNEID -> vneid = bool();
                case E_DOCUMENTS -> documents = repeated(12) instanceof List<?> l ? cast(l) : list(this::document);
                case E_FEES -> fees = repeated(13) instanceof List<?> l ? cast(l) : list(this::fee);
                case E_DUE_AT -> dueAt = time();
                case E_REASON -> reason = string();
                case E_UNIT -> unit = string();
                case E_PAYMENT -> payment = payment();
                case E_OUTCOME -> outcome = label(OUTCOME);
                case E_REASONS -> reasons = repeated(18) instanceof List<?> l ? cast(l) : list(this::string);
                case E_RESULTS -> results = repeated(17) instanceof List<?> l ? cast(l) : list(this::result);
                case E_DELIVERY -> delivery = label(DELIVERY);
                default -> newDueAt = time();
            }
        }
        if (type == 0) {
            primitive(seen, E_VNEID);
        }
        return switch (type) {
            case 0 -> new Filed(at, actor, note, previous, code, procedure, agency, applicant, channel, resultDelivery,
                    period, summary, vneid, documents, fees);
            case 1 -> new Received(at, actor, note, previous, dueAt);
            case 2 -> new RefusedAtReception(at, actor, note, previous, reason);
            case 3 -> new ProcessingStarted(at, actor, note, previous, unit);
            case 4 -> new SupplementRequested(at, actor, note, previous, reason);
            case 5 -> new Supplemented(at, actor, note, previous, documents, dueAt);
            case 6 -> new ObligationRequested(at, actor, note, previous, fees);
            case 7 -> new Paid(at, actor, note, previous, payment);
            case 8 -> new Processed(at, actor, note, previous, outcome, reasons, results);
            case 9 -> new ResultReturned(at, actor, note, previous, delivery);
            case 10 -> new Withdrawn(at, actor, note, previous, reason);
            case 11 -> new Stopped(at, actor, note, previous, reason);
            default -> new Apologised(at, actor, note, previous, newDueAt, reason);
        };
    }

    private Applicant applicant() {
        if (!open() || key(TYPE, -1) != 0) {
            throw DECLINE;
        }
        int type = nameValue(APPLICANT_TYPES);
        if (type < 0) {
            throw DECLINE;
        }
        String fullName = null;
        PersonalId personalId = null;
        LocalDate birthDate = null;
        Contact contact = null;
        Address address = null;
        String name = null;
        TaxCode taxCode = null;
        String representative = null;
        long seen = 0;
        Names keys = APPLICANT[type];
        int last = -1;
        while (nextMember()) {
            last = key(keys, last);
            int k = keys.id(last);
            seen = once(seen, k);
            switch (k) {
                case 0 -> fullName = string();
                case 1 -> personalId = PersonalId.parse(string());
                case 2 -> birthDate = date();
                case 3 -> contact = contact();
                case 4 -> address = address();
                case 5 -> name = string();
                case 6 -> taxCode = TaxCode.parse(string());
                default -> representative = string();
            }
        }
        return type == 0 ? new Citizen(fullName, personalId, birthDate, contact, address)
                : new Organisation(name, taxCode, representative, contact, address);
    }

    private Contact contact() {
        PhoneNumber phone = null;
        String email = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(CONTACT, last);
                last = k;
                seen = once(seen, k);
                if (k == 0) {
                    phone = PhoneNumber.parse(string());
                } else {
                    email = string();
                }
            } while (nextMember());
        }
        return new Contact(phone, email);
    }

    private Address address() {
        String province = null;
        String commune = null;
        String line = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(ADDRESS, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> province = string();
                    case 1 -> commune = string();
                    default -> line = string();
                }
            } while (nextMember());
        }
        return new Address(province, commune, line);
    }

    private SubmittedDocument document() {
        String code = null;
        String name = null;
        String sha = null;
        boolean digitised = false;
        boolean reused = false;
        boolean national = false;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(DOCUMENT, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> code = string();
                    case 1 -> name = string();
                    case 2 -> sha = string();
                    case 3 -> digitised = bool();
                    case 4 -> reused = bool();
                    default -> national = bool();
                }
            } while (nextMember());
        }
        primitive(seen, 3);
        primitive(seen, 4);
        primitive(seen, 5);
        return new SubmittedDocument(code, name, sha, digitised, reused, national);
    }

    private Fee fee() {
        String code = null;
        String name = null;
        Vnd amount = null;
        FeeKind kind = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(FEE, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> code = string();
                    case 1 -> name = string();
                    case 2 -> amount = Vnd.of(integer64());
                    default -> kind = label(FEE_KIND);
                }
            } while (nextMember());
        }
        return new Fee(code, name, amount, kind);
    }

    private Payment payment() {
        Vnd amount = null;
        PaymentMethod method = null;
        String reference = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(PAYMENT, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> amount = Vnd.of(integer64());
                    case 1 -> method = label(METHOD);
                    default -> reference = string();
                }
            } while (nextMember());
        }
        return new Payment(amount, method, reference);
    }

    private SupplementRound round() {
        Instant requested = null;
        String reason = null;
        Instant completed = null;
        Instant dueBefore = null;
        Instant dueAfter = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(ROUND, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> requested = time();
                    case 1 -> reason = string();
                    case 2 -> completed = time();
                    case 3 -> dueBefore = time();
                    default -> dueAfter = time();
                }
            } while (nextMember());
        }
        return new SupplementRound(requested, reason, completed, dueBefore, dueAfter);
    }

    private Apology apology() {
        Instant at = null;
        String reason = null;
        Instant previousDue = null;
        Instant newDue = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(APOLOGY, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> at = time();
                    case 1 -> reason = string();
                    case 2 -> previousDue = time();
                    default -> newDue = time();
                }
            } while (nextMember());
        }
        return new Apology(at, reason, previousDue, newDue);
    }

    private ResultDocument result() {
        String code = null;
        String name = null;
        boolean electronic = false;
        String sha = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(RESULT, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> code = string();
                    case 1 -> name = string();
                    case 2 -> electronic = bool();
                    default -> sha = string();
                }
            } while (nextMember());
        }
        primitive(seen, 2);
        return new ResultDocument(code, name, electronic, sha);
    }

    private HeadSignature signature() {
        int version = 0;
        String headHash = null;
        String keyId = null;
        SignatureAlgorithm algorithm = null;
        Instant signedAt = null;
        String signature = null;
        long seen = 0;
        int last = -1;
        if (open()) {
            do {
                int k = key(SIGNATURE, last);
                last = k;
                seen = once(seen, k);
                switch (k) {
                    case 0 -> version = integer();
                    case 1 -> headHash = string();
                    case 2 -> keyId = string();
                    case 3 -> algorithm = label(ALGORITHM);
                    case 4 -> signedAt = time();
                    default -> signature = string();
                }
            } while (nextMember());
        }
        primitive(seen, 0);
        return new HeadSignature(version, headHash, keyId, algorithm, signedAt, signature);
    }

    /** A JSON array, each element read by the given reader. */
    private <T> List<T> list(java.util.function.Supplier<T> element) {
        List<T> out = new ArrayList<>();
        if (openArray()) {
            do {
                out.add(element.get());
            } while (nextElement());
        }
        return out;
    }

    // ------------------------------------------------------------------ values

    /** Where the value being read in the snapshot started. */
    private int valueStart;

    /** Keeps where a snapshot value lay and what it was read as. */
    private <T> T kept(int key, T value) {
        spanFrom[key] = valueStart;
        spanTo[key] = i;
        spanValue[key] = value;
        return value;
    }

    /**
     * The snapshot's value for a key when the bytes here repeat its bytes exactly (then past them), else {@code null}.
     */
    private @Nullable Object repeated(int key) {
        Object value = spanValue[key];
        if (value == null) {
            return null;
        }
        ws();
        int from = spanFrom[key];
        int n = spanTo[key] - from;
        if (i + n > end || !Arrays.equals(b, i, i + n, b, from, from + n)) {
            return null;
        }
        i += n;
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }

    /**
     * An enum constant: a current wire name is found by its bytes in the enum's table; anything else is read as a
     * string and looked up by {@link Labelled#find}, which also reads (and logs) the old spelling.
     */
    private <E extends Enum<E> & Labelled> E label(Labels<E> labels) {
        int k = nameValue(labels.names);
        if (k >= 0) {
            return labels.constants[k];
        }
        E found = Labelled.find(labels.type, string()).orElse(null);
        if (found == null) {
            throw DECLINE;
        }
        return found;
    }

    /** An instant, by the time codec data binding uses; ASCII only. */
    private Instant time() {
        int s = quote();
        int e = closingQuote();
        int n = e - s;
        if (n > chars.length) {
            throw DECLINE;
        }
        for (int k = 0; k < n; k++) {
            byte c = b[s + k];
            if (c < 0x20 || c == '\\') { // a control byte, an escape or (negative) a byte outside ASCII
                throw DECLINE;
            }
            chars[k] = (char) c;
        }
        i = e + 1;
        return VnTimes.parse(chars, 0, n);
    }

    /**
     * A date as {@code yyyy-mm-dd} exactly (ten characters), the one form both readers take the same way; the JDK's
     * ISO parser checks the digits and the dashes.
     */
    private LocalDate date() {
        int s = quote();
        int e = closingQuote();
        if (e - s != 10) {
            throw DECLINE;
        }
        i = e + 1;
        return LocalDate.parse(new String(b, s, 10, StandardCharsets.ISO_8859_1), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private String string() {
        int s = quote();
        int k = s;
        long high = 0;
        // Eight bytes at a time while none is a quote, a backslash or a control byte (measured: a fifth of the
        // reading time went to a byte-by-byte scan).
        while (k + 8 <= end) {
            long w = (long) LONGS.get(b, k);
            if (stop(w)) {
                break;
            }
            high |= w;
            k += 8;
        }
        while (true) {
            if (k >= end) {
                throw DECLINE;
            }
            byte c = b[k];
            if (c == '"') {
                break;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                throw DECLINE;
            }
            high |= c & 0x80;
            k++;
        }
        i = k + 1;
        int n = k - s;
        if (n > StrictJson.MAX_STRING_LENGTH) { // more bytes than the limit's characters: data binding counts them
            throw DECLINE;
        }
        if ((high & HIGH_BITS) == 0) {
            return new String(b, s, n, StandardCharsets.ISO_8859_1);
        }
        // The JDK's decoder replaces every malformed sequence (overlong forms and surrogates included) with U+FFFD:
        // without one in the text the bytes were strict UTF-8; with one, the bytes are checked.
        String text = new String(b, s, n, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && Utf8.firstInvalid(b, s, n) >= 0) {
            throw DECLINE;
        }
        return text;
    }

    /** Whether one of eight bytes (little-endian) is a quote, a backslash or below 0x20. */
    private static boolean stop(long w) {
        long quote = w ^ 0x2222222222222222L;
        long slash = w ^ 0x5C5C5C5C5C5C5C5CL;
        long zeroes = ((quote - ONES) & ~quote) | ((slash - ONES) & ~slash) | ((w - 0x2020202020202020L) & ~w);
        return (zeroes & HIGH_BITS) != 0;
    }

    /** Past the opening quote of a string value; its index. */
    private int quote() {
        ws();
        if (i >= end || b[i] != '"') {
            throw DECLINE;
        }
        return ++i;
    }

    /**
     * The closing quote of the string whose first byte is at {@link #i}. Escapes are not looked at: every caller
     * declines a backslash itself or matches the bytes against names, which hold none.
     */
    private int closingQuote() {
        int k = i;
        while (k < end && b[k] != '"') {
            k++;
        }
        if (k >= end) {
            throw DECLINE;
        }
        return k;
    }

    /**
     * A string value looked up among names: its index, past the string; or -1, with nothing read (at its quote).
     */
    private int nameValue(Names names) {
        int s = quote();
        int e = closingQuote();
        int k = names.find(b, s, e);
        i = k >= 0 ? e + 1 : s - 1;
        return k;
    }

    private boolean bool() {
        ws();
        if (matches("true")) {
            return true;
        }
        if (matches("false")) {
            return false;
        }
        throw DECLINE;
    }

    private boolean matches(String word) {
        int n = word.length();
        if (end - i < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        i += n;
        return true;
    }

    private int integer() {
        long v = integer64();
        if (v != (int) v) {
            throw DECLINE;
        }
        return (int) v;
    }

    /** A plain integer of at most 18 digits: no fraction, no exponent, no leading zero. */
    private long integer64() {
        ws();
        boolean negative = i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        int s = i;
        long v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        int n = i - s;
        if (n == 0 || n > 18 || (n > 1 && b[s] == '0')
                || (i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) {
            throw DECLINE;
        }
        return negative ? -v : v;
    }

    // ------------------------------------------------------------------ structure

    private void ws() {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            i++;
        }
    }

    /** Past a {@code {}; whether a member follows (false: the object was empty and is closed). */
    private boolean open() {
        ws();
        if (i >= end || b[i] != '{') {
            throw DECLINE;
        }
        i++;
        ws();
        if (i < end && b[i] == '}') {
            i++;
            return false;
        }
        return true;
    }

    /** Past a {@code [}; whether an element follows. */
    private boolean openArray() {
        ws();
        if (i >= end || b[i] != '[') {
            throw DECLINE;
        }
        i++;
        ws();
        if (i < end && b[i] == ']') {
            i++;
            return false;
        }
        return true;
    }

    /** After a member: whether another follows (past its comma), or the object ends (past its brace). */
    private boolean nextMember() {
        ws();
        if (i < end) {
            byte c = b[i++];
            if (c == ',') {
                return true;
            }
            if (c == '}') {
                return false;
            }
        }
        throw DECLINE;
    }

    private boolean nextElement() {
        ws();
        if (i < end) {
            byte c = b[i++];
            if (c == ',') {
                return true;
            }
            if (c == ']') {
                return false;
            }
        }
        throw DECLINE;
    }

    /**
     * A key of the object and its colon: the key's index in the names, or declined. Writers put the keys of an object
     * in one order, so the two names after the last one read are tried first (the second for an optional member left
     * out), then the table.
     *
     * @param last the index of the key read before in this object, or -1
     */
    private int key(Names names, int last) {
        int s = quote();
        int k = -1;
        if (names.at(last + 1, b, s, end)) {
            k = last + 1;
        } else if (names.at(last + 2, b, s, end)) {
            k = last + 2;
        }
        int e;
        if (k >= 0) {
            e = s + names.length(k);
        } else {
            e = closingQuote(); // a key with an escape is no name of the table: it is declined below
            k = names.find(b, s, e);
        }
        i = e + 1;
        ws();
        if (k < 0 || i >= end || b[i] != ':') {
            throw DECLINE;
        }
        i++;
        return k;
    }

    /**
     * Declines when a boolean or an integer was left out: data binding refuses that ({@code null} for a primitive),
     * where this reader would take {@code false} or {@code 0}.
     */
    private static void primitive(long seen, int k) {
        if ((seen & (1L << k)) == 0) {
            throw DECLINE;
        }
    }

    private static long once(long seen, int k) {
        long bit = 1L << k;
        if ((seen & bit) != 0) {
            throw DECLINE;
        }
        return seen | bit;
    }


    /** An event type's keys: the header's, then its own. */
    private static Names eventKeys(int... own) {
        int[] ids = new int[4 + own.length];
        ids[0] = E_AT;
        ids[1] = E_ACTOR;
        ids[2] = E_NOTE;
        ids[3] = E_PREVIOUS;
        System.arraycopy(own, 0, ids, 4, own.length);
        return new Names(EVENT_KEYS, ids);
    }


    /**
     * An enum's current wire names ({@link Labelled#wireName()}) as a table of bytes.
     *
     * @param <E> the enum
     */
    static final class Labels<E extends Enum<E> & Labelled> {
        final Class<E> type;
        final E[] constants;
        final Names names;

        Labels(Class<E> type) {
            this.type = type;
            this.constants = type.getEnumConstants();
            String[] wire = new String[constants.length];
            for (int k = 0; k < wire.length; k++) {
                wire[k] = constants[k].wireName();
            }
            this.names = new Names(wire);
        }
    }

    /** A small table of ASCII names, looked up by their bytes without making a string. */
    static final class Names {
        private final byte[][] names;
        private final int[] slots;
        /** Each name with its closing quote, eight bytes to a little-endian word, the last word masked. */
        private final long[][] words;
        private final long[] lastMasks;

        /** The names' ids: their indices in a larger list of names (their own indices when there is none). */
        private final int[] ids;

        Names(String... names) {
            this(names, java.util.stream.IntStream.range(0, names.length).toArray());
        }

        /** The names at the given indices of a list, found by their index here and known by their index there. */
        Names(String[] all, int... ids) {
            String[] names = new String[ids.length];
            for (int k = 0; k < ids.length; k++) {
                names[k] = all[ids[k]];
            }
            this.ids = ids.clone();
            this.names = new byte[names.length][];
            this.words = new long[names.length][];
            this.lastMasks = new long[names.length];
            int size = Integer.highestOneBit(names.length * 4 - 1) << 1;
            this.slots = new int[size];
            Arrays.fill(slots, -1);
            for (int k = 0; k < names.length; k++) {
                if (!StandardCharsets.US_ASCII.newEncoder().canEncode(names[k]) || names[k].isEmpty()) {
                    throw new IllegalArgumentException("not a name of ASCII characters: " + names[k]);
                }
                byte[] n = names[k].getBytes(StandardCharsets.US_ASCII);
                this.names[k] = n;
                byte[] quoted = Arrays.copyOf(n, n.length + 1);
                quoted[n.length] = '"';
                long[] w = new long[(quoted.length + 7) / 8];
                for (int j = 0; j < quoted.length; j++) {
                    w[j / 8] |= (quoted[j] & 0xFFL) << (8 * (j % 8));
                }
                int rest = quoted.length % 8;
                this.lastMasks[k] = rest == 0 ? -1L : (1L << (8 * rest)) - 1;
                this.words[k] = w;
                int h = hash(n, 0, n.length) & (size - 1);
                while (slots[h] >= 0) {
                    h = (h + 1) & (size - 1);
                }
                slots[h] = k;
            }
        }

        /** The index of the name the bytes spell, or -1. */
        int find(byte[] b, int from, int to) {
            int n = to - from;
            if (n <= 0) {
                return -1;
            }
            int mask = slots.length - 1;
            int h = hash(b, from, to) & mask;
            while (true) {
                int k = slots[h];
                if (k < 0) {
                    return -1;
                }
                if (same(names[k], b, from, n)) {
                    return k;
                }
                h = (h + 1) & mask;
            }
        }

        /** Byte by byte: names are short, where {@code Arrays.equals} over ranges cost a tenth of the reading time. */
        private static boolean same(byte[] name, byte[] b, int from, int n) {
            if (name.length != n) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (name[k] != b[from + k]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the name at {@code index} is spelled at {@code from}, followed by its closing quote: writers put
         * the keys of an object in one order, so the key after the one just read is tried first.
         */
        /** The id of the name at an index. */
        int id(int index) {
            return ids[index];
        }

        int length(int index) {
            return names[index].length;
        }

        boolean at(int index, byte[] b, int from, int to) {
            if (index >= names.length) {
                return false;
            }
            byte[] name = names[index];
            int n = name.length;
            if (from + n >= to) {
                return false;
            }
            long[] w = words[index];
            int last = w.length - 1;
            if (from + 8 * w.length > b.length) { // too near the array's end to read whole words
                return b[from + n] == '"' && same(name, b, from, n);
            }
            for (int j = 0; j < last; j++) {
                if ((long) LONGS.get(b, from + 8 * j) != w[j]) {
                    return false;
                }
            }
            return ((long) LONGS.get(b, from + 8 * last) & lastMasks[index]) == w[last];
        }

        private static int hash(byte[] b, int from, int to) {
            int n = to - from;
            int h = (b[from] * 31 + b[to - 1]) * 31 + n;
            if (n > 2) {
                h = h * 31 + b[from + n / 2];
            }
            return h ^ (h >>> 7);
        }
    }
}
