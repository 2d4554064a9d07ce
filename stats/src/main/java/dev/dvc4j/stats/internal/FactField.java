package dev.dvc4j.stats.internal;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a fact file (JSON Lines keys, CSV columns), what type each takes and how each is read from UTF-8
 * bytes. JSON values keep their JSON type: a code, name or time is a string, a number is an integer, a flag is
 * {@code true} or {@code false}, supplements are an array, and nothing is coerced from one type to another. A CSV
 * cell has no type: it is read by the field's text form, and an empty cell leaves the field absent.
 */
public enum FactField {
    CODE("code", Kind.TEXT), AGENCY("agency", Kind.TEXT), PROCEDURE("procedure", Kind.TEXT),
    SECTOR("sector", Kind.TEXT), PROVINCE("province", Kind.TEXT), CHANNEL("channel", Kind.CODED),
    LEVEL("level", Kind.INTEGER), ONLINE_MODE("onlineMode", Kind.NAME), FILED_AT("filedAt", Kind.TIME),
    RECEIVED_AT("receivedAt", Kind.TIME), DUE_AT("dueAt", Kind.TIME), FINISHED_AT("finishedAt", Kind.TIME),
    RETURNED_AT("returnedAt", Kind.TIME), STATUS("status", Kind.CODED), SUPPLEMENTS("supplements", Kind.SUPPLEMENTS),
    PAYMENT("payment", Kind.INTEGER), FEE_BEARING("feeBearing", Kind.BOOLEAN), DIGITISED("digitised", Kind.BOOLEAN),
    REUSED("reused", Kind.BOOLEAN), ELECTRONIC_RESULT("electronicResult", Kind.BOOLEAN), VNEID("vneid", Kind.BOOLEAN),
    POPULATION_DATA("populationData", Kind.BOOLEAN), FEEDBACK("feedback", Kind.NAME),
    RESULT_DELIVERY("resultDelivery", Kind.NAME), LEGAL_MAX_MINUTES("legalMaxMinutes", Kind.INTEGER),
    DISTANCE_KM("distanceKm", Kind.INTEGER);

    /** The JSON type a field takes. */
    public enum Kind {
        /** A code: a string. */
        TEXT,
        /** A wire name (string) or a portal code (integer). */
        CODED,
        /** A wire name: a string. */
        NAME,
        /** A time: a string. */
        TIME,
        /** An integer. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An array of supplement objects. */
        SUPPLEMENTS
    }

    private static final FactField[] ALL = values();
    private static final Map<String, FactField> BY_NAME = new HashMap<>();
    private static final FactField[][] BY_LENGTH;
    private static final Names<Channel> CHANNELS = new Names<>(Channel.class);
    private static final Names<DossierStatus> STATUSES = new Names<>(DossierStatus.class);
    private static final Names<OnlineMode> MODES = new Names<>(OnlineMode.class);
    private static final Names<Feedback> FEEDBACKS = new Names<>(Feedback.class);
    private static final Names<ResultDelivery> DELIVERIES = new Names<>(ResultDelivery.class);
    private static final Word TRUE = new Word("true");
    private static final Word FALSE = new Word("false");

    static {
        int longest = 0;
        for (FactField f : ALL) {
            BY_NAME.put(f.key, f);
            longest = Math.max(longest, f.keyWord.length);
        }
        BY_LENGTH = new FactField[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int len = n;
            BY_LENGTH[n] = java.util.Arrays.stream(ALL).filter(f -> f.keyWord.length == len).toArray(FactField[]::new);
        }
    }

    private final String key;
    private final Word keyWord;
    private final Kind kind;

    FactField(String key, Kind kind) {
        this.key = key;
        this.keyWord = new Word(key);
        this.kind = kind;
    }

    /** @return the key or column name */
    public String key() {
        return key;
    }

    /** @return the JSON type the field takes */
    public Kind kind() {
        return kind;
    }

    /**
     * The field with a key.
     *
     * @param key the key
     * @return the field, or {@code null}
     */
    public static FactField byKey(String key) {
        return BY_NAME.get(key);
    }

    /**
     * The field a key's bytes name.
     *
     * @param b the bytes
     * @param from the key's first byte
     * @param to its end
     * @return the field, or {@code null}
     */
    public static FactField byKey(byte[] b, int from, int to) {
        int len = to - from;
        if (len >= BY_LENGTH.length) {
            return null;
        }
        for (FactField f : BY_LENGTH[len]) {
            if (f.keyWord.equals(b, from, len)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether a quoted key starting at {@code from} is this field's: its bytes and then the closing quote, which must
     * lie before {@code limit}. Readers try the field the writer puts next first.
     *
     * @param b the bytes
     * @param from the key's first byte, after the opening quote
     * @param limit where the line ends
     * @return whether it is
     */
    public boolean isKeyAt(byte[] b, int from, int limit) {
        int len = keyWord.length;
        return from + len < limit && b[from + len] == '"' && keyWord.equals(b, from, len);
    }

    /** @return the length of the key in bytes */
    public int keyLength() {
        return keyWord.length;
    }

    /**
     * The field after this one in the writers' order, or {@code null} after the last.
     *
     * @return the field
     */
    public FactField next() {
        int i = ordinal() + 1;
        return i < ALL.length ? ALL[i] : null;
    }

    /**
     * Sets this field from text: a JSON string's content or a CSV cell, as well-formed UTF-8.
     *
     * @param b the builder
     * @param s the bytes
     * @param off the first byte
     * @param len the length in bytes
     * @param cell whether the text is a CSV cell (which also carries numbers, flags and supplements, and leaves the
     *             field absent when empty)
     * @param strings the worker's string cache
     * @throws IllegalArgumentException or {@link java.time.DateTimeException} if the text is no value of the field
     */
    public void text(DossierFacts.Builder b, byte[] s, int off, int len, boolean cell, Strings strings) {
        if (kind == Kind.TEXT) {
            String v = this == CODE ? Utf8.decode(s, off, off + len) : strings.get(s, off, off + len);
            switch (this) {
                case CODE -> b.code(v);
                case AGENCY -> b.agency(v);
                case PROCEDURE -> b.procedure(v);
                case SECTOR -> b.sector(v);
                default -> b.province(v);
            }
            return;
        }
        if (len == 0 && cell) {
            return;
        }
        switch (this) {
            case CHANNEL -> b.channel(cell && isDigits(s, off, len) ? Channel.fromPortalCode(integer(s, off, len))
                    : CHANNELS.find(s, off, len));
            case STATUS -> b.status(cell && isDigits(s, off, len) ? DossierStatus.fromPortalCode(integer(s, off, len))
                    : STATUSES.find(s, off, len));
            case ONLINE_MODE -> b.onlineMode(MODES.find(s, off, len));
            case FEEDBACK -> b.feedback(FEEDBACKS.find(s, off, len));
            case RESULT_DELIVERY -> b.resultDelivery(DELIVERIES.find(s, off, len));
            case FILED_AT -> b.filedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
            case RECEIVED_AT -> b.receivedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
            case DUE_AT -> b.dueEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
            case FINISHED_AT -> b.finishedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
            case RETURNED_AT -> b.returnedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
            case SUPPLEMENTS -> supplements(b, s, off, len);
            default -> {
                if (kind == Kind.INTEGER) {
                    integer(b, integer(s, off, len));
                } else {
                    bool(b, bool(s, off, len));
                }
            }
        }
    }

    /**
     * Sets this field from a JSON integer: a number field, or a portal code for the channel and status.
     *
     * @param b the builder
     * @param v the value
     * @throws RuntimeException if the value is no value of the field
     */
    public void integer(DossierFacts.Builder b, int v) {
        switch (this) {
            case CHANNEL -> b.channel(Channel.fromPortalCode(v));
            case STATUS -> b.status(DossierStatus.fromPortalCode(v));
            case LEVEL -> b.legacyLevel(v);
            case PAYMENT -> b.paymentFlag(v);
            case LEGAL_MAX_MINUTES -> b.legalMaxMinutes(v);
            case DISTANCE_KM -> b.distanceKm(v);
            default -> throw new IllegalStateException(name());
        }
    }

    /**
     * Sets this flag.
     *
     * @param b the builder
     * @param v the value
     */
    public void bool(DossierFacts.Builder b, boolean v) {
        switch (this) {
            case FEE_BEARING -> b.feeBearing(v);
            case DIGITISED -> b.digitised(v);
            case REUSED -> b.reused(v);
            case ELECTRONIC_RESULT -> b.electronicResult(v);
            case VNEID -> b.vneid(v);
            case POPULATION_DATA -> b.populationData(v);
            default -> throw new IllegalStateException(name());
        }
    }

    /**
     * The message for a value this field cannot take. The value is shown up to 80 characters.
     *
     * @param s the bytes (well-formed UTF-8)
     * @param off the first byte
     * @param len the length
     * @return the text
     */
    public LocalizedText badValue(byte[] s, int off, int len) {
        return LocalizedText.of("Giá trị không hợp lệ ở trường \"%s\": \"%s\"", "Invalid value for \"%s\": \"%s\"")
                .formatted(key, Utf8.excerpt(s, off, off + len, 80));
    }

    /** @return the message for a JSON value of the wrong type */
    public LocalizedText wrongType() {
        String vi;
        String en;
        switch (kind) {
            case CODED -> {
                vi = "một chuỗi hoặc một số nguyên";
                en = "a string or an integer";
            }
            case INTEGER -> {
                vi = "một số nguyên";
                en = "an integer";
            }
            case BOOLEAN -> {
                vi = "true hoặc false";
                en = "true or false";
            }
            case SUPPLEMENTS -> {
                vi = "một mảng các đối tượng bổ sung";
                en = "an array of supplement objects";
            }
            default -> {
                vi = "một chuỗi";
                en = "a string";
            }
        }
        return LocalizedText.of("Trường \"" + key + "\" phải là " + vi, "\"" + key + "\" must be " + en);
    }

    /** The CSV form of supplements: {@code requested/completed;requested/} (an empty completion: still open). */
    private static void supplements(DossierFacts.Builder b, byte[] s, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int semi = i;
            while (semi < end && s[semi] != ';') {
                semi++;
            }
            int slash = i;
            while (slash < semi && s[slash] != '/') {
                slash++;
            }
            if (slash == semi) {
                throw new IllegalArgumentException("missing /");
            }
            long req = VnTimes.parseLenientEpochSecond(s, i, slash - i);
            long done = slash + 1 == semi ? DossierFacts.NO_TIME
                    : VnTimes.parseLenientEpochSecond(s, slash + 1, semi - slash - 1);
            b.addSupplementEpochSeconds(req, done);
            i = semi + 1;
        }
    }

    private static boolean isDigits(byte[] s, int off, int len) {
        if (len == 0 || len > 9) {
            return false;
        }
        for (int i = off; i < off + len; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** An optionally signed decimal integer of up to nine digits (the CSV form). */
    private static int integer(byte[] s, int off, int len) {
        int i = off;
        boolean neg = len > 0 && s[i] == '-';
        if (neg) {
            i++;
        }
        int digits = off + len - i;
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("integer");
        }
        int v = 0;
        for (; i < off + len; i++) {
            int c = s[i];
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("integer");
            }
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

    private static boolean bool(byte[] s, int off, int len) {
        if (TRUE.equals(s, off, len) || len == 1 && s[off] == '1') {
            return true;
        }
        if (FALSE.equals(s, off, len) || len == 1 && s[off] == '0') {
            return false;
        }
        throw new IllegalArgumentException("boolean");
    }

    /**
     * The constants of a labelled enum by their wire names, compared in place as bytes (no string is made): the
     * current spelling, then the old snake_case one, which {@link Labelled} reads too and logs as deprecated (here,
     * once per constant). Any other spelling goes through {@link Labelled#findIgnoringCase}.
     */
    static final class Names<E extends Enum<E> & Labelled> {
        private final Class<E> type;
        private final E[] values;
        private final Word[] wire;
        private final int[][] byLength;
        private final Word[] legacy;
        private final boolean[] warned;

        Names(Class<E> type) {
            this.type = type;
            this.values = type.getEnumConstants();
            int longest = 0;
            wire = new Word[values.length];
            legacy = new Word[values.length];
            warned = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                wire[i] = new Word(values[i].wireName());
                String snake = values[i].wireName().replace('-', '_');
                legacy[i] = snake.equals(values[i].wireName()) ? null : new Word(snake);
                longest = Math.max(longest, wire[i].length);
            }
            byLength = new int[longest + 1][];
            for (int n = 0; n <= longest; n++) {
                int len = n;
                byLength[n] = java.util.stream.IntStream.range(0, values.length).filter(i -> wire[i].length == len).toArray();
            }
        }

        E find(byte[] s, int off, int len) {
            if (len < byLength.length) {
                for (int i : byLength[len]) {
                    if (wire[i].equals(s, off, len)) {
                        return values[i];
                    }
                }
            }
            for (int i = 0; i < legacy.length; i++) {
                if (legacy[i] != null && legacy[i].equals(s, off, len)) {
                    if (!warned[i]) {
                        warned[i] = true;
                        Labelled.findIgnoringCase(type, Utf8.decode(s, off, off + len));
                    }
                    return values[i];
                }
            }
            return Labelled.findIgnoringCase(type, Utf8.decode(s, off, off + len))
                    .orElseThrow(() -> new IllegalArgumentException("name"));
        }
    }
}
