package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;
import java.util.OptionalInt;

/** How a fee was paid; online methods carry the portal's {@code DuocThanhToanTrucTuyen} flag. */
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

    /** @return whether the payment was made online */
    public boolean isOnline() {
        return portalFlag != 0;
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

}
