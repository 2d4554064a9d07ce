package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agency code under QCVN 102:2016/BTTTT: four dot-separated levels {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, the last
 * naming the level-1 unit, e.g. {@code 000.00.21.H56} or {@code 000.00.00.G01}
 * ({@code G} codes are seen for ministries).
 *
 * @param value the code as written
 */
public record AgencyCode(String value) implements Comparable<AgencyCode>, Serializable {

    /** Validates the format. */
    public AgencyCode {
        Objects.requireNonNull(value, "value");
        if (!Chars.agencyShape(value)) {
            throw new InvalidIdentifierException("AgencyCode", Masking.inMessage(value), LocalizedText.of(
                    "Mã cơ quan \"%s\" không đúng QCVN 102:2016 (dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.21.H56)",
                    "Agency code \"%s\" does not follow QCVN 102:2016 (form V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.21.H56)")
                    .formatted(Masking.inMessage(value)));
        }
    }

    /**
     * Parses an agency code.
     *
     * @param text the text
     * @return the code
     * @throws InvalidIdentifierException if malformed
     */
    @JsonCreator
    public static AgencyCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new AgencyCode(text.strip());
    }

    /**
     * Whether a text is a valid agency code.
     *
     * @param text the text, or {@code null} (never valid)
     * @return whether it is a valid agency code
     */
    public static boolean isValid(@Nullable String text) {
        return Chars.agencyShape(text);
    }

    /** @return the level-1 unit, the last segment ({@code H56}) */
    public String levelOneUnit() {
        return value.substring(value.lastIndexOf('.') + 1);
    }

    @Override
    public int compareTo(AgencyCode o) {
        return value.compareTo(o.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
