package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One supplement round ({@code DanhSachHoSoBoSung[]}): the request, its completion, and the appointment dates
 * before and after it. Any field may be {@code null} when the payload lacked it or a lenient read could not use it.
 *
 * @param reason what was missing ({@code NoiDungBoSung})
 * @param requestedAt when the supplement was requested ({@code NgayBoSung})
 * @param completedAt when the complete supplement was received ({@code NgayTiepNhanBoSung}); {@code null} while open
 * @param dueBefore the appointment date before the request ({@code NgayHenTraTruoc})
 * @param dueAfter the appointment date after the supplement ({@code NgayHenTraMoi}); {@code null} while open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"NoiDungBoSung", "NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraTruoc", "NgayHenTraMoi"})
public record PortalSupplement(
        @JsonProperty("NoiDungBoSung") @Nullable String reason,
        @JsonProperty("NgayBoSung") @PortalTimeField @Nullable Instant requestedAt,
        @JsonProperty("NgayTiepNhanBoSung") @PortalTimeField @Nullable Instant completedAt,
        @JsonProperty("NgayHenTraTruoc") @PortalTimeField @Nullable Instant dueBefore,
        @JsonProperty("NgayHenTraMoi") @PortalTimeField @Nullable Instant dueAfter) {

    /** @return whether the supplement is still awaited (no completion date) */
    public boolean open() {
        return completedAt == null;
    }
}
