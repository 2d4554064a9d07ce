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
import dev.dvc4j.stats.StatsException;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Map;

/** The fields of a fact file (JSON Lines keys, CSV columns) and how each is read from text. */
public enum FactField {
    CODE("code"), AGENCY("agency"), PROCEDURE("procedure"), SECTOR("sector"), PROVINCE("province"),
    CHANNEL("channel"), LEVEL("level"), ONLINE_MODE("onlineMode"), FILED_AT("filedAt"), RECEIVED_AT("receivedAt"),
    DUE_AT("dueAt"), FINISHED_AT("finishedAt"), RETURNED_AT("returnedAt"), STATUS("status"),
    SUPPLEMENTS("supplements"), PAYMENT("payment"), FEE_BEARING("feeBearing"), DIGITISED("digitised"),
    REUSED("reused"), ELECTRONIC_RESULT("electronicResult"), VNEID("vneid"), POPULATION_DATA("populationData"),
    FEEDBACK("feedback"), RESULT_DELIVERY("resultDelivery"), LEGAL_MAX_MINUTES("legalMaxMinutes"),
    DISTANCE_KM("distanceKm");

    private static final Map<String, FactField> BY_NAME = new HashMap<>();
    private static final Channel[] CHANNELS = Channel.values();
    private static final DossierStatus[] STATUSES = DossierStatus.values();
    private static final OnlineMode[] MODES = OnlineMode.values();
    private static final Feedback[] FEEDBACKS = Feedback.values();
    private static final ResultDelivery[] DELIVERIES = ResultDelivery.values();

    static {
        for (FactField f : values()) {
            BY_NAME.put(f.key, f);
        }
    }

    private final String key;

    FactField(String key) {
        this.key = key;
    }

    /** @return the key or column name */
    public String key() {
        return key;
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
     * Sets this field from text. Empty text leaves the field absent.
     *
     * @param b the builder
     * @param s characters
     * @param off first character
     * @param len length
     * @throws StatsException naming the field and the value
     */
    public void set(DossierFacts.Builder b, char[] s, int off, int len) {
        if (len == 0 && this != CODE && this != AGENCY && this != PROCEDURE && this != SECTOR && this != PROVINCE) {
            return;
        }
        try {
            switch (this) {
                case CODE:
                    b.code(new String(s, off, len));
                    break;
                case AGENCY:
                    b.agency(new String(s, off, len));
                    break;
                case PROCEDURE:
                    b.procedure(new String(s, off, len));
                    break;
                case SECTOR:
                    b.sector(new String(s, off, len));
                    break;
                case PROVINCE:
                    b.province(new String(s, off, len));
                    break;
                case CHANNEL:
                    b.channel(channel(s, off, len));
                    break;
                case LEVEL:
                    b.legacyLevel(integer(s, off, len));
                    break;
                case ONLINE_MODE:
                    b.onlineMode(named(OnlineMode.class, MODES, s, off, len));
                    break;
                case FILED_AT:
                    b.filedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
                    break;
                case RECEIVED_AT:
                    b.receivedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
                    break;
                case DUE_AT:
                    b.dueEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
                    break;
                case FINISHED_AT:
                    b.finishedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
                    break;
                case RETURNED_AT:
                    b.returnedEpochSecond(VnTimes.parseLenientEpochSecond(s, off, len));
                    break;
                case STATUS:
                    b.status(status(s, off, len));
                    break;
                case SUPPLEMENTS:
                    supplements(b, s, off, len);
                    break;
                case PAYMENT:
                    b.paymentFlag(integer(s, off, len));
                    break;
                case FEE_BEARING:
                    b.feeBearing(bool(s, off, len));
                    break;
                case DIGITISED:
                    b.digitised(bool(s, off, len));
                    break;
                case REUSED:
                    b.reused(bool(s, off, len));
                    break;
                case ELECTRONIC_RESULT:
                    b.electronicResult(bool(s, off, len));
                    break;
                case VNEID:
                    b.vneid(bool(s, off, len));
                    break;
                case POPULATION_DATA:
                    b.populationData(bool(s, off, len));
                    break;
                case FEEDBACK:
                    b.feedback(named(Feedback.class, FEEDBACKS, s, off, len));
                    break;
                case RESULT_DELIVERY:
                    b.resultDelivery(named(ResultDelivery.class, DELIVERIES, s, off, len));
                    break;
                case LEGAL_MAX_MINUTES:
                    b.legalMaxMinutes(integer(s, off, len));
                    break;
                case DISTANCE_KM:
                    b.distanceKm(integer(s, off, len));
                    break;
                default:
                    throw new IllegalStateException(name());
            }
        } catch (IllegalArgumentException | DateTimeException | StatsException e) {
            throw badValue(s, off, len);
        }
    }

    /**
     * The error for a bad value of this field.
     *
     * @param s characters
     * @param off first
     * @param len length
     * @return the exception
     */
    public StatsException badValue(char[] s, int off, int len) {
        String v = new String(s, off, Math.min(len, 80));
        return new StatsException("stats.read.value", LocalizedText.of(
                "Giá trị không hợp lệ ở trường \"%s\": \"%s\"", "Invalid value for \"%s\": \"%s\"").formatted(key, v));
    }

    private static void supplements(DossierFacts.Builder b, char[] s, int off, int len) {
        // "requested/completed;requested/" — an empty completion is an open request.
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
            long done = slash + 1 == semi ? DossierFacts.NO_TIME : VnTimes.parseLenientEpochSecond(s, slash + 1, semi - slash - 1);
            b.addSupplementEpochSeconds(req, done);
            i = semi + 1;
        }
    }

    private static Channel channel(char[] s, int off, int len) {
        if (len <= 2 && s[off] >= '0' && s[off] <= '9') {
            return Channel.fromPortalCode(integer(s, off, len));
        }
        return named(Channel.class, CHANNELS, s, off, len);
    }

    private static DossierStatus status(char[] s, int off, int len) {
        if (len <= 2 && s[off] >= '0' && s[off] <= '9') {
            return DossierStatus.fromPortalCode(integer(s, off, len));
        }
        return named(DossierStatus.class, STATUSES, s, off, len);
    }

    /**
     * A labelled value by its wire name: compared in place (no string is made for the usual, exact spelling), else
     * through {@link Labelled#findIgnoringCase}, which also reads the old snake_case spelling and logs it as
     * deprecated.
     */
    private static <E extends Enum<E> & Labelled> E named(Class<E> type, E[] values, char[] s, int off, int len) {
        for (E e : values) {
            if (eq(s, off, len, e.wireName())) {
                return e;
            }
        }
        return Labelled.findIgnoringCase(type, new String(s, off, len))
                .orElseThrow(() -> new IllegalArgumentException("name"));
    }

    private static boolean eq(char[] s, int off, int len, String t) {
        if (len != t.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s[off + i] != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int integer(char[] s, int off, int len) {
        if (len == 0 || len > 9) {
            throw new IllegalArgumentException("integer");
        }
        int i = off;
        boolean neg = s[i] == '-';
        if (neg) {
            i++;
            if (len == 1) {
                throw new IllegalArgumentException("integer");
            }
        }
        int v = 0;
        for (; i < off + len; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("integer");
            }
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

    private static boolean bool(char[] s, int off, int len) {
        if (eq(s, off, len, "true") || eq(s, off, len, "1")) {
            return true;
        }
        if (eq(s, off, len, "false") || eq(s, off, len, "0")) {
            return false;
        }
        throw new IllegalArgumentException("boolean");
    }
}
