package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dvc4j.core.money.Vnd;
import org.jspecify.annotations.Nullable;

/**
 * A fee or charge ({@code DanhSachLePhi[]}). The codes are the configured table's ({@link PortalCodes}); any field
 * may be {@code null} when the payload lacked it or a lenient read could not use it.
 *
 * @param name the fee's name ({@code TenPhiLePhi})
 * @param code the fee's code in the portal's catalogue ({@code MaPhiLePhi})
 * @param collection how it was collected ({@code HinhThucThu}), a code of {@link PortalCodes#collectionMethods()};
 *                   {@code null} while unpaid
 * @param amount the amount in whole đồng ({@code Gia})
 * @param kind charge, fee or other ({@code LoaiPhiLePhi}), a code of {@link PortalCodes#feeKinds()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"TenPhiLePhi", "MaPhiLePhi", "HinhThucThu", "Gia", "LoaiPhiLePhi"})
public record PortalFee(
        @JsonProperty("TenPhiLePhi") @Nullable String name,
        @JsonProperty("MaPhiLePhi") @Nullable String code,
        @JsonProperty("HinhThucThu") @Nullable String collection,
        @JsonProperty("Gia") @Nullable Vnd amount,
        @JsonProperty("LoaiPhiLePhi") @Nullable String kind) {
}
