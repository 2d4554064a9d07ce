package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A submitted file ({@code TaiLieuNop[]}). Any field may be {@code null} when the payload lacked it or a lenient
 * read could not use it.
 *
 * @param componentCode the procedure's component code ({@code MaThanhPhanHoSo})
 * @param name the file's name ({@code TenTepDinhKem})
 * @param digitised whether it was digitised ({@code DuocSoHoa}, 1/0)
 * @param reused whether it reuses previously digitised data ({@code DuocTaiSuDung}, 1/0)
 * @param fromNationalStore whether it was taken from the portal's store ({@code DuocLayTuKhoDMQG}, 1/0)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"MaThanhPhanHoSo", "TenTepDinhKem", "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG"})
public record PortalDocument(
        @JsonProperty("MaThanhPhanHoSo") @Nullable String componentCode,
        @JsonProperty("TenTepDinhKem") @Nullable String name,
        @JsonProperty("DuocSoHoa") @PortalFlagField @Nullable Boolean digitised,
        @JsonProperty("DuocTaiSuDung") @PortalFlagField @Nullable Boolean reused,
        @JsonProperty("DuocLayTuKhoDMQG") @PortalFlagField @Nullable Boolean fromNationalStore) {
}
