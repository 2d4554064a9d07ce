package dev.dvc4j.stats.io;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.internal.FactField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes {@link DossierFacts} in the formats {@link FactsReader} reads: JSON Lines (absent times, {@code false}
 * flags, unknown codes and defaults left out) or CSV with a full header. Times are written
 * {@code 2026-02-13T16:00:00+07:00}. A writer is not thread-safe; it does not close the target.
 *
 * <p>dvc4j's CSV is read a line at a time (so that a file can be split at line breaks and read on every core): a
 * quoted cell may hold commas, quotes and carriage returns, but not a line break. The CSV writer refuses a fact with a
 * line break in one of its texts ({@link StatsException}, code {@code stats.write.csv-line-break}) and writes nothing
 * of it; JSON Lines escapes it.
 */
public final class FactsWriter {

    private final Writer out;
    private final FactsReader.Format format;
    private final StringBuilder sb = new StringBuilder(512);
    private boolean headerWritten;

    private FactsWriter(Writer out, FactsReader.Format format) {
        this.out = Objects.requireNonNull(out, "out");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * A JSON Lines writer.
     *
     * @param out the target
     * @return the writer
     */
    public static FactsWriter jsonLines(Writer out) {
        return new FactsWriter(out, FactsReader.Format.JSON_LINES);
    }

    /**
     * A CSV writer; the header is written before the first row.
     *
     * @param out the target
     * @return the writer
     */
    public static FactsWriter csv(Writer out) {
        return new FactsWriter(out, FactsReader.Format.CSV);
    }

    /**
     * Writes one fact as one line.
     *
     * @param f the fact
     * @throws UncheckedIOException on an I/O error
     * @throws StatsException a CSV writer given a text with a line break (nothing of the fact is written)
     */
    public void write(DossierFacts f) {
        sb.setLength(0);
        if (format == FactsReader.Format.CSV) {
            csv(f);
        } else {
            json(f);
        }
        sb.append('\n');
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        headerWritten = true;
    }

    /**
     * Formats one fact as a JSON object on one line (no line break).
     *
     * @param f the fact
     * @return the JSON text
     */
    public static String toJsonLine(DossierFacts f) {
        FactsWriter w = new FactsWriter(Writer.nullWriter(), FactsReader.Format.JSON_LINES);
        w.json(f);
        return w.sb.toString();
    }

    private void json(DossierFacts f) {
        sb.append('{');
        str("code", f.code());
        str("agency", f.agency());
        str("procedure", f.procedure());
        str("sector", f.sector());
        str("province", f.province());
        raw("channel", '"' + f.channel().wireName() + '"');
        raw("level", Integer.toString(f.legacyLevel()));
        raw("onlineMode", '"' + f.onlineMode().wireName() + '"');
        time("filedAt", f.filedEpochSecond());
        time("receivedAt", f.receivedEpochSecond());
        time("dueAt", f.dueEpochSecond());
        time("finishedAt", f.finishedEpochSecond());
        time("returnedAt", f.returnedEpochSecond());
        raw("status", '"' + f.status().wireName() + '"');
        if (f.supplementCount() > 0) {
            sb.append(",\"supplements\":[");
            for (int i = 0; i < f.supplementCount(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append("{\"requestedAt\":\"");
                VnTimes.append(sb, f.supplementRequestedEpochSecond(i));
                sb.append('"');
                long done = f.supplementCompletedEpochSecond(i);
                if (done != DossierFacts.NO_TIME) {
                    sb.append(",\"completedAt\":\"");
                    VnTimes.append(sb, done);
                    sb.append('"');
                }
                sb.append('}');
            }
            sb.append(']');
        }
        if (f.paymentFlag() != 0) {
            raw("payment", Integer.toString(f.paymentFlag()));
        }
        flag("feeBearing", f.feeBearing());
        flag("digitised", f.digitised());
        flag("reused", f.reused());
        flag("electronicResult", f.electronicResult());
        flag("vneid", f.vneid());
        flag("populationData", f.populationData());
        if (f.feedback() != dev.dvc4j.stats.Feedback.NONE) {
            raw("feedback", '"' + f.feedback().wireName() + '"');
        }
        if (f.resultDelivery() != null) {
            raw("resultDelivery", '"' + f.resultDelivery().wireName() + '"');
        }
        if (f.legalMaxMinutes() >= 0) {
            raw("legalMaxMinutes", Integer.toString(f.legalMaxMinutes()));
        }
        if (f.distanceKm() >= 0) {
            raw("distanceKm", Integer.toString(f.distanceKm()));
        }
        sb.append('}');
    }

    private void key(String k) {
        if (sb.length() > 1) {
            sb.append(',');
        }
        sb.append('"').append(k).append("\":");
    }

    private void raw(String k, String v) {
        key(k);
        sb.append(v);
    }

    private void flag(String k, boolean v) {
        if (v) {
            raw(k, "true");
        }
    }

    private void time(String k, long t) {
        if (t != DossierFacts.NO_TIME) {
            key(k);
            sb.append('"');
            VnTimes.append(sb, t);
            sb.append('"');
        }
    }

    private void str(String k, String v) {
        if (v.isEmpty()) {
            return;
        }
        key(k);
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private void csv(DossierFacts f) {
        if (!headerWritten) {
            FactField[] fields = FactField.values();
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ",").append(fields[i].key());
            }
            sb.append('\n');
        }
        cell(FactField.CODE, f.code()).append(',');
        cell(FactField.AGENCY, f.agency()).append(',');
        cell(FactField.PROCEDURE, f.procedure()).append(',');
        cell(FactField.SECTOR, f.sector()).append(',');
        cell(FactField.PROVINCE, f.province()).append(',');
        sb.append(f.channel().wireName()).append(',');
        sb.append(f.legacyLevel()).append(',');
        sb.append(f.onlineMode().wireName()).append(',');
        csvTime(f.filedEpochSecond());
        csvTime(f.receivedEpochSecond());
        csvTime(f.dueEpochSecond());
        csvTime(f.finishedEpochSecond());
        csvTime(f.returnedEpochSecond());
        sb.append(f.status().wireName()).append(',');
        for (int i = 0; i < f.supplementCount(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            VnTimes.append(sb, f.supplementRequestedEpochSecond(i));
            sb.append('/');
            long done = f.supplementCompletedEpochSecond(i);
            if (done != DossierFacts.NO_TIME) {
                VnTimes.append(sb, done);
            }
        }
        sb.append(',');
        sb.append(f.paymentFlag()).append(',');
        sb.append(f.feeBearing()).append(',');
        sb.append(f.digitised()).append(',');
        sb.append(f.reused()).append(',');
        sb.append(f.electronicResult()).append(',');
        sb.append(f.vneid()).append(',');
        sb.append(f.populationData()).append(',');
        sb.append(f.feedback().wireName()).append(',');
        sb.append(f.resultDelivery() == null ? "" : f.resultDelivery().wireName()).append(',');
        sb.append(f.legalMaxMinutes() >= 0 ? Integer.toString(f.legalMaxMinutes()) : "").append(',');
        sb.append(f.distanceKm() >= 0 ? Integer.toString(f.distanceKm()) : "");
    }

    private void csvTime(long t) {
        if (t != DossierFacts.NO_TIME) {
            VnTimes.append(sb, t);
        }
        sb.append(',');
    }

    private StringBuilder cell(FactField field, String v) {
        if (v.indexOf('\n') >= 0) {
            throw new StatsException("stats.write.csv-line-break", LocalizedText.of(
                    "Trường \"%s\" có dấu xuống dòng: CSV của dvc4j đọc mỗi dòng là một bản ghi; hãy ghi JSON Lines",
                    "The field \"%s\" holds a line break: dvc4j's CSV reads each line as one record; write JSON Lines")
                    .formatted(field.key()));
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\r') < 0) {
            return sb.append(v);
        }
        return sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
