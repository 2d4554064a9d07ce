package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dvc4j.core.dossier.DossierStatus;
import java.time.Instant;

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
        @JsonProperty("MaHoSo") String code,
        @JsonProperty("NguoiXuLy") String handler,
        @JsonProperty("ThoiDiemXuLy") @PortalTimeField Instant at,
        @JsonProperty("PhongBanXuLy") String department,
        @JsonProperty("NoiDungXuLy") String content,
        @JsonProperty("TrangThai") @PortalStatusField DossierStatus status,
        @JsonProperty("NgayBatDau") @PortalTimeField Instant startedAt,
        @JsonProperty("NgayKetThucTheoQuyDinh") @PortalTimeField Instant dueAt) implements PortalRecord {
}
