package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;

/**
 * A Vietnamese tax code (mã số thuế): 10 digits (2-digit tax province, 7-digit sequence, check digit), or 13 with a
 * 3-digit branch ({@code 0314409058-002}), or an individual's 12-digit personal identification number.
 *
 * @param value the canonical form: 10 digits, {@code 10 digits-3 digits}, or 12 digits
 */
public record TaxCode(String value) implements Serializable {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** Validates the code and its check digit. */
    public TaxCode {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidIdentifierException("TaxCode", value, LocalizedText.of(
                    "Mã số thuế \"%s\" không hợp lệ: %s", "Tax code \"%s\" is invalid: %s").formatted(value, problem));
        }
    }

    /**
     * Parses a tax code, accepting spaces and a branch with or without a dash.
     *
     * @param text the text
     * @return the code
     * @throws InvalidIdentifierException if invalid
     */
    @JsonCreator
    public static TaxCode parse(String text) {
        if (text == null) {
            return new TaxCode(null);
        }
        String s = text.replace(" ", "").strip();
        if (s.matches("\\d{13}")) {
            s = s.substring(0, 10) + "-" + s.substring(10);
        }
        return new TaxCode(s);
    }

    /** @return whether the text is a valid tax code */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /**
     * The check digit of a 9-digit prefix.
     *
     * @param nineDigits the first nine digits
     * @return the check digit, or -1 if none exists (weighted sum divisible by 11)
     */
    public static int checkDigit(String nineDigits) {
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        int r = s % 11;
        return r == 0 ? -1 : (10 - r);
    }

    private static String problem(String v) {
        if (v == null) {
            return "missing / thiếu";
        }
        if (v.matches("\\d{12}")) {
            return null; // an individual's personal identification number, accepted as tax code since 2025-07-01
        }
        if (!v.matches("\\d{10}(-\\d{3})?")) {
            return "must be 10 digits, 13 digits (10-3) or a 12-digit personal number";
        }
        if (v.startsWith("00")) {
            return "province 00";
        }
        if (v.substring(2, 9).equals("0000000")) {
            return "sequence 0000000";
        }
        if (v.length() == 14 && v.endsWith("-000")) {
            return "branch 000";
        }
        int check = checkDigit(v);
        if (check < 0 || check != v.charAt(9) - '0') {
            return "check digit";
        }
        return null;
    }

    /** @return whether this is an individual's 12-digit personal number used as tax code */
    public boolean isPersonalNumber() {
        return value.length() == 12;
    }

    /** @return whether this is a branch (13-digit) code */
    public boolean isBranch() {
        return value.length() == 14;
    }

    /** @return the code as written canonically */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return isPersonalNumber() ? Masking.mask(value) : value;
    }
}
