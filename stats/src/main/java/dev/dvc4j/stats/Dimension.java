package dev.dvc4j.stats;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.procedure.OnlineMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * What facts can be grouped by. Time dimensions use the fact's reference time
 * ({@link DossierFacts#referenceEpochSecond()}: receipt, else filing) in Vietnam's time zone; a week is named by
 * its Monday ({@code 2026-01-05}), a month as {@code 2026-01}.
 */
public enum Dimension implements Labelled {
    /** The agency code. */
    AGENCY("Cơ quan", "Agency"),
    /** The procedure code. */
    PROCEDURE("Thủ tục", "Procedure"),
    /** The sector code. */
    SECTOR("Lĩnh vực", "Sector"),
    /** The province code. */
    PROVINCE("Tỉnh", "Province"),
    /** The channel ({@code online}, {@code in-person}, {@code postal}). */
    CHANNEL("Kênh", "Channel"),
    /** The legacy service level, {@code 0} to {@code 4}. */
    LEVEL("Mức độ", "Level"),
    /** The online mode. */
    ONLINE_MODE("Hình thức trực tuyến", "Online mode"),
    /** The local day of the reference time. */
    DAY("Ngày", "Day"),
    /** The ISO week (Monday first) of the reference time. */
    WEEK("Tuần", "Week"),
    /** The month of the reference time. */
    MONTH("Tháng", "Month");

    private static final Integer[] LEVELS = {0, 1, 2, 3, 4};

    private final LocalizedText label;

    Dimension(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /** @return whether this is a time dimension (day, week, month) */
    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /**
     * The dimension with a wire or enum name.
     *
     * @param text {@code "agency"}, {@code "online-mode"}, {@code "MONTH"}
     * @return the dimension
     * @throws StatsException if none matches
     */
    @JsonCreator
    public static Dimension parse(String text) {
        Objects.requireNonNull(text, "text");
        return Labelled.findIgnoringCase(Dimension.class, text).orElseThrow(() -> new StatsException(
                "stats.dimension.unknown", LocalizedText.of("Không thể nhóm theo \"%s\" (%s)", "Cannot group by \"%s\" (%s)")
                .formatted(text, Labelled.acceptedNames(Dimension.class))));
    }

    /**
     * The value of this dimension for a fact, as text.
     *
     * @param f the fact
     * @return the value; empty for an unknown code
     */
    public String valueOf(DossierFacts f) {
        return isTime() ? timeLabel(timeKey(f.referenceEpochSecond())) : rawLabel(rawKey(f));
    }

    /** A non-time key without allocation: a String, an enum, or a cached Integer. */
    Object rawKey(DossierFacts f) {
        switch (this) {
            case AGENCY:
                return f.agency();
            case PROCEDURE:
                return f.procedure();
            case SECTOR:
                return f.sector();
            case PROVINCE:
                return f.province();
            case CHANNEL:
                return f.channel();
            case LEVEL:
                return LEVELS[f.legacyLevel()];
            case ONLINE_MODE:
                return f.onlineMode();
            default:
                return timeKey(f.referenceEpochSecond());
        }
    }

    String rawLabel(Object raw) {
        if (raw instanceof dev.dvc4j.core.dossier.Channel) {
            return ((dev.dvc4j.core.dossier.Channel) raw).wireName();
        }
        if (raw instanceof OnlineMode) {
            return ((OnlineMode) raw).wireName();
        }
        if (raw instanceof Long) {
            return timeLabel((Long) raw);
        }
        return raw.toString();
    }

    /** A time key: epoch day for DAY, Monday's epoch day for WEEK, year*12+month-1 for MONTH. */
    long timeKey(long epochSecond) {
        long day = VnTimes.localEpochDay(epochSecond);
        switch (this) {
            case DAY:
                return day;
            case WEEK:
                return VnTimes.weekStart(day);
            case MONTH:
                return VnTimes.monthIndex(day);
            default:
                throw new IllegalStateException(name());
        }
    }

    String timeLabel(long key) {
        if (this == MONTH) {
            return YearMonth.of((int) Math.floorDiv(key, 12L), (int) Math.floorMod(key, 12L) + 1).toString();
        }
        return LocalDate.ofEpochDay(key).toString();
    }
}
