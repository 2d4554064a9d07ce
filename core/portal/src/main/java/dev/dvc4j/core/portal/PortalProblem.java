package dev.dvc4j.core.portal;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * One problem found while reading a payload: where (a JSON path such as {@code data[3].NgayTiepNhan} or
 * {@code data[0].TaiLieuNop[1].DuocSoHoa}; {@code $} for the whole document) and what, in Vietnamese and English.
 * Messages never repeat the value of a personal-data field.
 *
 * @param path the JSON path
 * @param message the message
 */
public record PortalProblem(String path, LocalizedText message) {

    /** Validates the parts. */
    public PortalProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code "path: English message"} */
    @Override
    public String toString() {
        return path + ": " + message.en();
    }
}
