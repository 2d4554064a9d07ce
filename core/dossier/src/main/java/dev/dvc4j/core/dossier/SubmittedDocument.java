package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A document submitted with a dossier (thành phần hồ sơ).
 *
 * @param componentCode the procedure's component code ({@code MaThanhPhanHoSo})
 * @param name the document's name
 * @param sha256 the SHA-256 digest of the file, 64 lower-case hex digits
 * @param digitised whether it was digitised (số hóa, {@code DuocSoHoa})
 * @param reused whether it reuses previously digitised data ({@code DuocTaiSuDung})
 * @param fromNationalStore whether it was taken from the national digitised store ({@code DuocLayTuKhoDMQG})
 */
public record SubmittedDocument(String componentCode, String name, String sha256, boolean digitised, boolean reused,
                                boolean fromNationalStore) implements Serializable {

    /** Validates the parts. */
    public SubmittedDocument {
        if (componentCode == null || componentCode.isBlank()) {
            throw new Dvc4jException("dossier.document-code", LocalizedText.of(
                    "Thiếu mã thành phần hồ sơ", "A document needs its component code"));
        }
        if (name == null || name.isBlank()) {
            throw new Dvc4jException("dossier.document-name", LocalizedText.of(
                    "Thiếu tên giấy tờ của thành phần %s", "Document %s needs a name").formatted(componentCode));
        }
        String digest = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        if (!Hashing.isSha256Hex(digest)) {
            throw new Dvc4jException("dossier.document-digest", LocalizedText.of(
                    "Mã băm SHA-256 của thành phần %s phải gồm 64 chữ số hệ 16",
                    "The SHA-256 digest of document %s must be 64 hex digits").formatted(componentCode));
        }
        componentCode = componentCode.strip();
        name = name.strip();
        sha256 = digest;
    }

    /**
     * A document with the digest of its content.
     *
     * @param componentCode the component code
     * @param name the name
     * @param content the file's bytes
     * @param digitised whether it was digitised
     * @return the document
     */
    public static SubmittedDocument of(String componentCode, String name, byte[] content, boolean digitised) {
        Objects.requireNonNull(content, "content");
        return new SubmittedDocument(componentCode, name, HexFormat.of().formatHex(Hashing.sha256(content)), digitised, false, false);
    }
}
