package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dossier code under Circular 01/2018/TT-VPCP Art. 19: {@code <agency code>-<YYMMDD receipt date>-<NNNN daily
 * sequence>}, e.g. {@code 000.00.21.H56-190105-0001}.
 *
 * @param agency the receiving agency
 * @param date the receipt date
 * @param sequence the daily sequence number, 1 to 9999
 */
public record DossierCode(AgencyCode agency, LocalDate date, int sequence) implements Comparable<DossierCode>, Serializable {


    /** Validates the parts. */
    public DossierCode {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(date, "date");
        if (sequence < 1 || sequence > 9999) {
            throw new InvalidIdentifierException("DossierCode", String.valueOf(sequence), LocalizedText.of(
                    "Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999, nhận được %d",
                    "The daily dossier sequence must be 1 to 9999, got %d").formatted(sequence));
        }
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new InvalidIdentifierException("DossierCode", date.toString(), LocalizedText.of(
                    "Ngày tiếp nhận %s nằm ngoài 2000–2099 (mã chỉ ghi hai chữ số năm)",
                    "Receipt date %s is outside 2000–2099 (the code keeps two year digits)").formatted(date));
        }
    }

    /**
     * Parses a dossier code.
     *
     * @param text the text
     * @return the code
     * @throws InvalidIdentifierException if malformed
     */
    @JsonCreator
    public static DossierCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int second = s.lastIndexOf('-');
        int first = second <= 0 ? -1 : s.lastIndexOf('-', second - 1);
        if (first <= 0 || s.length() - second - 1 != 4 || !Chars.digits(s, second + 1, s.length()) || second - first - 1 != 6 || !Chars.digits(s, first + 1, second)) {
            throw new InvalidIdentifierException("DossierCode", Masking.inMessage(text), LocalizedText.of(
                    "Mã hồ sơ \"%s\" không đúng dạng <mã cơ quan>-<YYMMDD>-<NNNN> (Thông tư 01/2018/TT-VPCP)",
                    "Dossier code \"%s\" is not of the form <agency code>-<YYMMDD>-<NNNN> (Circular 01/2018/TT-VPCP)")
                    .formatted(Masking.inMessage(text)));
        }
        LocalDate date;
        try {
            int d = first + 1;
            date = LocalDate.of(2000 + (s.charAt(d) - '0') * 10 + (s.charAt(d + 1) - '0'),
                    (s.charAt(d + 2) - '0') * 10 + (s.charAt(d + 3) - '0'),
                    (s.charAt(d + 4) - '0') * 10 + (s.charAt(d + 5) - '0'));
        } catch (java.time.DateTimeException e) {
            throw new InvalidIdentifierException("DossierCode", Masking.inMessage(text), LocalizedText.of(
                    "Mã hồ sơ \"%s\" chứa ngày không tồn tại", "Dossier code \"%s\" holds an impossible date").formatted(Masking.inMessage(text)));
        }
        return new DossierCode(AgencyCode.parse(s.substring(0, first)), date, Integer.parseInt(s.substring(second + 1)));
    }

    /**
     * Whether a text is a valid dossier code.
     *
     * @param text the text, or {@code null} (never valid)
     * @return whether it is a valid dossier code
     */
    public static boolean isValid(@Nullable String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    @Override
    public int compareTo(DossierCode o) {
        int c = agency.compareTo(o.agency);
        if (c == 0) {
            c = date.compareTo(o.date);
        }
        return c != 0 ? c : Integer.compare(sequence, o.sequence);
    }

    @JsonValue
    @Override
    public String toString() {
        // hot path (every event of a dossier carries its code): no formatter
        StringBuilder sb = new StringBuilder(agency.value().length() + 12).append(agency.value()).append('-');
        two(sb, date.getYear() % 100);
        two(sb, date.getMonthValue());
        two(sb, date.getDayOfMonth());
        sb.append('-');
        two(sb, sequence / 100);
        two(sb, sequence % 100);
        return sb.toString();
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
