package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese tax code (mã số thuế): 10 digits (2-digit tax province, 7-digit sequence, check digit), or 13 with a
 * 3-digit branch ({@code 0314409058-002}), or an individual's 12-digit personal identification number (accepted as
 * tax code from 2025-07-01).
 *
 * <p>The check digit: S = Σ wᵢdᵢ over digits 1–9 with weights 31, 29, 23, 19, 17, 13, 7, 5, 3; the check digit is
 * 10 − (S mod 11), and S mod 11 = 0 makes the prefix unusable. Every weight is non-zero modulo 11, so any change of a
 * single one of the first ten digits is detected. Province {@code 00}, sequence {@code 0000000} and branch
 * {@code 000} are invalid. The three branch digits carry no check.
 *
 * <p>{@link #toString()} masks the 12-digit personal form only; enterprise codes are public.
 *
 * @param value the canonical form: 10 digits, {@code 10 digits-3 digits}, or 12 digits
 */
public record TaxCode(String value) implements Serializable {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** Validates the code and its check digit. */
    public TaxCode {
        Objects.requireNonNull(value, "value");
        LocalizedText problem = problem(value);
        if (problem != null) {
            // enterprise-shaped input is public; anything else may be someone's personal number, so it is masked
            String shown = isEnterpriseShape(value) ? value : Masking.mask(value);
            throw new InvalidIdentifierException("TaxCode", shown, LocalizedText.of(
                    "Mã số thuế \"" + shown + "\" không hợp lệ: " + problem.vi(),
                    "Tax code \"" + shown + "\" is invalid: " + problem.en()));
        }
    }

    /**
     * Parses a tax code, ignoring spaces and accepting a branch with or without a dash
     * ({@code 0314409058002} or {@code 0314409058-002}).
     *
     * @param text the text
     * @return the code
     * @throws InvalidIdentifierException if invalid
     */
    @JsonCreator
    public static TaxCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.replace(" ", "").strip();
        if (Chars.digits(s, 13)) {
            s = s.substring(0, 10) + "-" + s.substring(10);
        }
        return new TaxCode(s);
    }

    /**
     * Whether a text is a valid tax code ({@link #parse(String)} would accept it).
     *
     * @param text the text, or {@code null} (never valid)
     * @return whether it is valid
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

    /**
     * The check digit of a 9-digit prefix.
     *
     * @param nineDigits the first nine digits (further characters are ignored)
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

    private static LocalizedText problem(String v) {
        if (Chars.digits(v, 12)) {
            // an individual's personal identification number, accepted as tax code since 2025-07-01
            return PersonalId.isValid(v) ? null : LocalizedText.of(
                    "số định danh cá nhân 12 chữ số có mã nơi đăng ký khai sinh không tồn tại",
                    "the 12-digit personal identification number has an unknown place-of-registration code");
        }
        if (!isEnterpriseShape(v)) {
            return LocalizedText.of(
                    "phải gồm 10 chữ số, 13 chữ số (10-3) hoặc số định danh cá nhân 12 chữ số",
                    "must be 10 digits, 13 digits (10-3) or a 12-digit personal identification number");
        }
        if (v.startsWith("00")) {
            return LocalizedText.of("mã tỉnh 00 không tồn tại", "province 00 does not exist");
        }
        if (v.substring(2, 9).equals("0000000")) {
            return LocalizedText.of("số thứ tự 0000000 không hợp lệ", "sequence 0000000 is invalid");
        }
        if (v.length() == 14 && v.endsWith("-000")) {
            return LocalizedText.of("mã chi nhánh 000 không hợp lệ", "branch 000 is invalid");
        }
        int check = checkDigit(v);
        if (check < 0) {
            return LocalizedText.of("9 chữ số đầu không thể có chữ số kiểm tra (tổng trọng số chia hết cho 11)",
                    "the first nine digits admit no check digit (weighted sum divisible by 11)");
        }
        if (check != v.charAt(9) - '0') {
            return LocalizedText.of("sai chữ số kiểm tra (chữ số thứ 10 phải là " + check + ")",
                    "wrong check digit (the 10th digit must be " + check + ")");
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

    /**
     * The two-digit tax province code (the tax authority's numbering, e.g. {@code 01} Hà Nội, {@code 03}
     * Hồ Chí Minh City; not the administrative province code).
     *
     * @return the first two digits, or empty for a personal number
     */
    public Optional<String> province() {
        return isPersonalNumber() ? Optional.empty() : Optional.of(value.substring(0, 2));
    }

    /**
     * The three-digit branch (dependent unit) number.
     *
     * @return {@code "002"} for {@code 0314409058-002}, or empty for a 10-digit or personal code
     */
    public Optional<String> branch() {
        return isBranch() ? Optional.of(value.substring(11)) : Optional.empty();
    }

    /**
     * The head-office code of a branch code.
     *
     * @return the 10-digit code; this code itself if it is not a branch code
     */
    public TaxCode headOffice() {
        return isBranch() ? new TaxCode(value.substring(0, 10)) : this;
    }

    /**
     * The code of a branch of this head office.
     *
     * @param branch the branch number, 1 to 999
     * @return the 13-digit code
     * @throws InvalidIdentifierException if this is a personal number or the branch is out of range
     */
    public TaxCode withBranch(int branch) {
        if (isPersonalNumber() || branch < 1 || branch > 999) {
            throw new InvalidIdentifierException("TaxCode", toString(), LocalizedText.of(
                    "Không tạo được mã chi nhánh %d cho mã số thuế %s (chi nhánh 001–999 của mã 10 chữ số)",
                    "Cannot form branch %d of tax code %s (branches 001–999 of a 10-digit code)")
                    .formatted(branch, toString()));
        }
        return new TaxCode(value.substring(0, 10) + "-" + String.format(Locale.ROOT, "%03d", branch));
    }

    /**
     * The personal identification number, when an individual uses it as tax code.
     *
     * @return the number, or empty for enterprise codes
     */
    public Optional<PersonalId> personalId() {
        return isPersonalNumber() ? Optional.of(new PersonalId(value)) : Optional.empty();
    }

    /** @return the code as written canonically */
    @JsonValue
    public String value() {
        return value;
    }

    /** The code, masked if it is an individual's personal number. */
    @Override
    public String toString() {
        return isPersonalNumber() ? Masking.mask(value) : value;
    }

    private static boolean isEnterpriseShape(String v) {
        return Chars.digits(v, 10) || (v.length() == 14 && Chars.digits(v, 0, 10) && v.charAt(10) == '-' && Chars.digits(v, 11, 14));
    }
}
