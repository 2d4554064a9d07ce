package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A national administrative-procedure code {@code d.dddddd} ({@code 1.005129}, {@code 2.000635}), optionally with
 * the agency suffix some portals append ({@code 1.000948.H38}).
 *
 * @param national the national code, {@code d.dddddd}
 * @param suffix the agency suffix, or {@code null}
 */
public record ProcedureCode(String national, String suffix) implements Comparable<ProcedureCode>, Serializable {

    private static final Pattern FORMAT = Pattern.compile("(\\d\\.\\d{6})(?:\\.([0-9A-Z]{1,10}))?");

    /** Validates the parts. */
    public ProcedureCode {
        if (national == null || national.length() != 8 || national.charAt(1) != '.' || !Chars.digits(national, 0, 1) || !Chars.digits(national, 2, 8)
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
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw invalid(text);
        }
        return new ProcedureCode(m.group(1), m.group(2));
    }

    /** @return whether the text is a valid procedure code */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
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
        return new InvalidIdentifierException("ProcedureCode", text, LocalizedText.of(
                "Mã thủ tục \"%s\" không hợp lệ (dạng d.dddddd, có thể kèm hậu tố cơ quan, ví dụ 1.000948.H38)",
                "Procedure code \"%s\" is invalid (form d.dddddd, optionally with an agency suffix, e.g. 1.000948.H38)")
                .formatted(text));
    }
}
