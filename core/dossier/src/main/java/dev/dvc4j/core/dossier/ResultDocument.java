package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A result document issued when a dossier is processed ({@code DanhSachGiayToKetQua}).
 *
 * @param code the result's code or number ({@code MaGiayToKetQua}), or {@code null}
 * @param name its name
 * @param electronic whether an electronic result (bản điện tử) was issued
 * @param sha256 the digest of the electronic file, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultDocument(@Nullable String code, String name, boolean electronic,
                             @Nullable String sha256) implements Serializable {

    /** Validates the parts. */
    public ResultDocument {
        if (name == null || name.isBlank()) {
            throw new Dvc4jException("dossier.result-name", LocalizedText.of(
                    "Giấy tờ kết quả cần có tên", "A result document needs a name"));
        }
        if (sha256 != null && !Hashing.isSha256Hex(sha256)) {
            throw new Dvc4jException("dossier.result-digest", LocalizedText.of(
                    "Mã băm SHA-256 của kết quả phải gồm 64 chữ số hệ 16 viết thường",
                    "A result's SHA-256 digest must be 64 lower-case hex digits"));
        }
    }
}
