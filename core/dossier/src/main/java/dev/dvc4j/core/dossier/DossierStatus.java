package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** The ten statuses of the National Public Service Portal ({@code TrangThaiHoSo}). */
public enum DossierStatus implements Labelled {
    /** 1 — newly filed, not yet received. */
    FILED(1, "Mới đăng ký", "Newly filed"),
    /** 2 — received by the one-stop unit. */
    RECEIVED(2, "Đã tiếp nhận", "Received"),
    /** 3 — refused at reception (terminal). */
    REFUSED_AT_RECEPTION(3, "Từ chối tiếp nhận", "Refused at reception"),
    /** 4 — being processed. */
    PROCESSING(4, "Đang xử lý", "Processing"),
    /** 5 — supplement requested from the applicant. */
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    /** 6 — financial obligation requested. */
    FINANCIAL_OBLIGATION_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    /** 7 — withdrawn by the applicant (terminal). */
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", "Withdrawn by the applicant"),
    /** 8 — processing stopped (terminal). */
    STOPPED(8, "Dừng xử lý", "Processing stopped"),
    /** 9 — processed, result ready. */
    PROCESSED(9, "Đã xử lý xong", "Processed"),
    /** 10 — result returned (terminal). */
    RESULT_RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int portalCode;
    private final LocalizedText label;

    DossierStatus(int portalCode, String vi, String en) {
        this.portalCode = portalCode;
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the portal's code, 1 to 10 */
    public int portalCode() {
        return portalCode;
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /** @return whether no further transition is possible */
    public boolean isTerminal() {
        return this == REFUSED_AT_RECEPTION || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }

    /** @return whether the dossier is still open (not terminal) */
    public boolean isOpen() {
        return !isTerminal();
    }

    /**
     * The status with a portal code.
     *
     * @param code 1 to 10
     * @return the status
     * @throws Dvc4jException for any other code
     */
    public static DossierStatus fromPortalCode(int code) {
        if (code >= 1 && code <= 10) {
            return values()[code - 1];
        }
        throw new Dvc4jException("dossier.status", LocalizedText.of(
                "Mã trạng thái hồ sơ %d không hợp lệ (1–10)", "Unknown dossier status code %d (1–10)").formatted(code));
    }
}
