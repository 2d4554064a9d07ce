package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dvc4j.core.dossier.DossierStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One processing step ({@code CapNhatTienDoHoSoMC}): {@link PortalMapper} derives one per dossier event. Any field
 * may be {@code null} when the payload lacked it or a lenient read could not use it.
 *
 * @param code the dossier code ({@code MaHoSo})
 * @param handler who handled the step ({@code NguoiXuLy}): the event's actor, an officer's or system's id
 * @param at when ({@code ThoiDiemXuLy})
 * @param department the processing unit at that time ({@code PhongBanXuLy}), or {@code null}
 * @param content what was done ({@code NoiDungXuLy}), in Vietnamese
 * @param status the dossier's status after the step ({@code TrangThai})
 * @param startedAt when the step started ({@code NgayBatDau}): the event's time
 * @param dueAt the appointment date in force after the step ({@code NgayKetThucTheoQuyDinh}); {@code null} before
 *              receipt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy", "TrangThai", "NgayBatDau",
        "NgayKetThucTheoQuyDinh"})
public record PortalProgress(
        @JsonProperty("MaHoSo") @Nullable String code,
        @JsonProperty("NguoiXuLy") @Nullable String handler,
        @JsonProperty("ThoiDiemXuLy") @PortalTimeField @Nullable Instant at,
        @JsonProperty("PhongBanXuLy") @Nullable String department,
        @JsonProperty("NoiDungXuLy") @Nullable String content,
        @JsonProperty("TrangThai") @PortalStatusField @Nullable DossierStatus status,
        @JsonProperty("NgayBatDau") @PortalTimeField @Nullable Instant startedAt,
        @JsonProperty("NgayKetThucTheoQuyDinh") @PortalTimeField @Nullable Instant dueAt) implements PortalRecord {
}
