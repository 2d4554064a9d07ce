package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.Dvc4jException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a fee was paid; online methods carry the portal's {@code DuocThanhToanTrucTuyen} flag. That flag is a fixed
 * national code (1 paid on the national portal, 2 through a ministry's or province's own gateway, absent or 0 when
 * nothing was paid online), and this enum is its one definition: the portal payload reader and builder and the
 * statistics read and write it through {@link #portalFlag()}, {@link #fromPortalFlag(int)} and
 * {@link #isPortalFlag(int)}. The system-specific collection code ({@code HinhThucThu}) is not here: it is data, in
 * the portal code table.
 */
public enum PaymentMethod implements Labelled {
    /** Paid online on the National Public Service Portal (flag 1). */
    NATIONAL_PORTAL(1, "Thanh toán trực tuyến trên Cổng DVC quốc gia", "Online on the national portal"),
    /** Paid online through a ministry's or province's own gateway (flag 2). */
    OWN_GATEWAY(2, "Thanh toán trực tuyến qua cổng của bộ, tỉnh", "Online through the agency's own gateway"),
    /** Paid in cash or by card at the counter or to the postal worker (no online flag). */
    CASH(0, "Tiền mặt/tại quầy", "Cash at the counter");

    private final int portalFlag;
    private final LocalizedText label;

    PaymentMethod(int portalFlag, String vi, String en) {
        this.portalFlag = portalFlag;
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the portal's payment flag (1 or 2) for online methods, empty for cash */
    public OptionalInt portalFlag() {
        return portalFlag == 0 ? OptionalInt.empty() : OptionalInt.of(portalFlag);
    }

    /**
     * The method a {@code DuocThanhToanTrucTuyen} flag names.
     *
     * @param flag 0 (nothing paid online), 1 or 2
     * @return the online method for 1 and 2, empty for 0
     * @throws Dvc4jException {@code dossier.payment-flag} for any other number
     */
    public static Optional<PaymentMethod> fromPortalFlag(int flag) {
        if (flag == 0) {
            return Optional.empty();
        }
        for (PaymentMethod m : values()) {
            if (m.portalFlag == flag) {
                return Optional.of(m);
            }
        }
        throw new Dvc4jException("dossier.payment-flag", LocalizedText.of(
                "Cờ thanh toán trực tuyến %d không hợp lệ (0, 1, 2)", "Online payment flag %d is not 0, 1 or 2")
                .formatted(flag));
    }

    /**
     * Whether a number is a {@code DuocThanhToanTrucTuyen} flag: 0 (nothing paid online) or an online method's flag.
     *
     * @param flag the number
     * @return whether it is 0, 1 or 2
     */
    public static boolean isPortalFlag(int flag) {
        if (flag == 0) {
            return true;
        }
        for (PaymentMethod m : values()) {
            if (m.portalFlag == flag) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the payment was made online */
    public boolean isOnline() {
        return portalFlag != 0;
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

}
