package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A national administrative-procedure code {@code d.dddddd} ({@code 1.005129}, {@code 2.000635}), optionally with
 * the agency suffix some portals append ({@code 1.000948.H38}).
 *
 * @param national the national code, {@code d.dddddd}
 * @param suffix the agency suffix, or {@code null}
 */
public record ProcedureCode(String national, @Nullable String suffix) implements Comparable<ProcedureCode>,
                            Serializable {

    /** Validates the parts. */
    public ProcedureCode {
        Objects.requireNonNull(national, "national");
        if (national.length() != 8 || national.charAt(1) != '.' || !Chars.digits(national, 0, 1)
                || !Chars.digits(national, 2, 8)
                || (suffix != null && !Chars.upperAlnum(suffix, 10))) {
            throw invalid(national + (suffix == null ? "" : "." + suffix));
        }
    }

    /**
     * Parses a code.
     *
     * @param text the text
     * @return the code
     * @throws InvalidIdentifierException if malformed
     */
    @JsonCreator
    public static ProcedureCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (!isValid(s)) {
            throw invalid(text);
        }
        return s.length() == 8 ? new ProcedureCode(s, null) : new ProcedureCode(s.substring(0, 8), s.substring(9));
    }

    /**
     * Whether a text is a valid procedure code: {@code d.dddddd}, optionally {@code .} and 1–10 of [0-9A-Z].
     *
     * @param text the text, or {@code null} (never valid)
     * @return whether it is a valid procedure code
     */
    public static boolean isValid(@Nullable String text) {
        if (text == null || text.length() < 8 || text.charAt(1) != '.' || !Chars.digits(text, 0, 1)
                || !Chars.digits(text, 2, 8)) {
            return false;
        }
        return text.length() == 8 || (text.charAt(8) == '.' && Chars.upperAlnum(text.substring(9), 10));
    }

    /** @return the agency suffix, if any */
    public Optional<String> agencySuffix() {
        return Optional.ofNullable(suffix);
    }

    /** @return the code without its agency suffix */
    public ProcedureCode withoutSuffix() {
        return suffix == null ? this : new ProcedureCode(national, null);
    }

    @Override
    public int compareTo(ProcedureCode o) {
        return toString().compareTo(o.toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return suffix == null ? national : national + "." + suffix;
    }

    private static InvalidIdentifierException invalid(String text) {
        return new InvalidIdentifierException("ProcedureCode", Masking.inMessage(text), LocalizedText.of(
                "Mã thủ tục \"%s\" không hợp lệ (dạng d.dddddd, có thể kèm hậu tố cơ quan, ví dụ 1.000948.H38)",
                "Procedure code \"%s\" is invalid (form d.dddddd, optionally with an agency suffix, e.g. 1.000948.H38)")
                .formatted(Masking.inMessage(text)));
    }
}
