package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a holiday table changes: a day off (holiday, compensatory day, swapped day, a province's own day off) or a
 * working day on a weekly rest day (a make-up Saturday), each with the rule or notice it comes from.
 *
 * @param date the day
 * @param kind day off or working day
 * @param name what the day is, in Vietnamese and English
 * @param legalBasis the law, decision or notice it rests on
 * @param source who supplied the entry: a file or module name, or {@code "statutory"} for days computed from the
 *     Labour Code's rules
 * @param confidence whether the date was confirmed in the cited notice
 */
public record HolidayEntry(LocalDate date, Kind kind, LocalizedText name, String legalBasis, String source,
                           Confidence confidence) implements Serializable {

    /** Requires every field, a non-blank legal basis and source. */
    public HolidayEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(confidence, "confidence");
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new CalendarException("calendar.holiday-basis", LocalizedText.of(
                    "Ngày %s thiếu căn cứ pháp lý (legalBasis)", "Entry for %s has no legal basis (legalBasis)").formatted(date));
        }
        if (source == null || source.isBlank()) {
            throw new CalendarException("calendar.holiday-source", LocalizedText.of(
                    "Ngày %s thiếu nguồn (source)", "Entry for %s names no source").formatted(date));
        }
    }

    /** What an entry does to a day. */
    public enum Kind {
        /** No work that day (a holiday, a compensatory or swapped day off, a local day off). */
        DAY_OFF,
        /** Work that day although it is a weekly rest day (a make-up working day of a swap). */
        WORKING_DAY
    }

    /** How sure the data is of an entry's date. */
    public enum Confidence {
        /** The date agrees with the officially announced schedule as publicly reported. */
        CONFIRMED,
        /** The date follows a default rule or an unverified report: check it against the official notice. */
        UNCONFIRMED
    }
}
