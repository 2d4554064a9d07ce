package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A result document ({@code DanhSachGiayToKetQua[]}). The portal counts a result as electronic when it carries a
 * link to the result file ({@code DuongDanTepTinKetQua}); see {@link ResultLinks}.
 *
 * @param name the document's name ({@code TenGiayTo}), or {@code null} when the payload lacked it
 * @param code the document's code or number ({@code MaGiayToKetQua}), or {@code null}
 * @param link the link to the electronic result file ({@code DuongDanTepTinKetQua}), or {@code null} for a paper
 *             result
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"TenGiayTo", "MaGiayToKetQua", "DuongDanTepTinKetQua"})
public record PortalResult(
        @JsonProperty("TenGiayTo") @Nullable String name,
        @JsonProperty("MaGiayToKetQua") @Nullable String code,
        @JsonProperty("DuongDanTepTinKetQua") @Nullable String link) {

    /** @return whether an electronic result file is attached (a non-blank link) */
    public boolean electronic() {
        return link != null && !link.isBlank();
    }
}
