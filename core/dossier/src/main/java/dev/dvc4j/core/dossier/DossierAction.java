package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.dvc4j.core.dossier.DossierStatus.FILED;
import static dev.dvc4j.core.dossier.DossierStatus.FINANCIAL_OBLIGATION_REQUESTED;
import static dev.dvc4j.core.dossier.DossierStatus.PROCESSED;
import static dev.dvc4j.core.dossier.DossierStatus.PROCESSING;
import static dev.dvc4j.core.dossier.DossierStatus.RECEIVED;
import static dev.dvc4j.core.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

/**
 * What can be done to a dossier, and in which statuses. The table is the one-stop lifecycle of Circular
 * 01/2018/TT-VPCP and Decree 118/2025/NĐ-CP as the national portal's statuses express it:
 *
 * <table>
 * <caption>Actions and the statuses they are allowed in</caption>
 * <tr><th>action</th><th>allowed in</th><th>leads to</th></tr>
 * <tr><td>receive, refuse</td><td>filed</td><td>received; refused at reception</td></tr>
 * <tr><td>start processing</td><td>received</td><td>processing</td></tr>
 * <tr><td>request supplement</td><td>received, processing</td><td>supplement requested</td></tr>
 * <tr><td>supplement</td><td>supplement requested</td><td>processing</td></tr>
 * <tr><td>request payment</td><td>processing</td><td>financial obligation requested</td></tr>
 * <tr><td>pay</td><td>any status before the result is returned</td><td>processing once obligations are paid</td></tr>
 * <tr><td>approve, reject</td><td>received, processing</td><td>processed</td></tr>
 * <tr><td>return result</td><td>processed</td><td>result returned</td></tr>
 * <tr><td>withdraw</td><td>any status before processed</td><td>withdrawn</td></tr>
 * <tr><td>stop</td><td>received up to before processed</td><td>stopped</td></tr>
 * <tr><td>apologise (new appointment)</td><td>received up to before processed</td><td>unchanged</td></tr>
 * </table>
 */
public enum DossierAction implements Labelled {
    /** Receive the dossier (tiếp nhận). */
    RECEIVE("tiếp nhận", "receive", FILED),
    /** Refuse to receive it (từ chối tiếp nhận). */
    REFUSE("từ chối tiếp nhận", "refuse at reception", FILED),
    /** Transfer it to the processing unit (chuyển xử lý). */
    START_PROCESSING("chuyển xử lý", "start processing", RECEIVED),
    /** Ask the applicant for a supplement (yêu cầu bổ sung). */
    REQUEST_SUPPLEMENT("yêu cầu bổ sung", "request a supplement", RECEIVED, PROCESSING),
    /** Record the complete supplement (bổ sung hồ sơ). */
    SUPPLEMENT("bổ sung hồ sơ", "supplement", SUPPLEMENT_REQUESTED),
    /** Ask for financial obligations (yêu cầu thực hiện nghĩa vụ tài chính). */
    REQUEST_PAYMENT("yêu cầu thực hiện nghĩa vụ tài chính", "request payment", PROCESSING),
    /** Record a payment (thanh toán). */
    PAY("thanh toán", "pay", FILED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED, PROCESSED),
    /** Finish processing with approval (giải quyết xong, chấp thuận). */
    APPROVE("phê duyệt", "approve", RECEIVED, PROCESSING),
    /** Finish processing with a reasoned refusal (giải quyết xong, từ chối). */
    REJECT("từ chối giải quyết", "reject", RECEIVED, PROCESSING),
    /** Return the result (trả kết quả). */
    RETURN_RESULT("trả kết quả", "return the result", PROCESSED),
    /** The applicant withdraws the dossier (rút hồ sơ). */
    WITHDRAW("rút hồ sơ", "withdraw", FILED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED),
    /** Stop processing (dừng xử lý). */
    STOP("dừng xử lý", "stop processing", RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED),
    /** Apologise for lateness with a new appointment date (xin lỗi, hẹn lại ngày trả). */
    APOLOGISE("xin lỗi và hẹn lại", "apologise with a new date", RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED);

    private static final Map<DossierStatus, Set<DossierAction>> BY_STATUS = byStatus();

    private final LocalizedText label;
    private final Set<DossierStatus> allowedIn;

    DossierAction(String vi, String en, DossierStatus first, DossierStatus... rest) {
        this.label = LocalizedText.of(vi, en);
        this.allowedIn = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** @return the action's label */
    public LocalizedText label() {
        return label;
    }

    /** @return the statuses in which this action is allowed */
    public Set<DossierStatus> allowedIn() {
        return allowedIn;
    }

    /**
     * Whether this action is allowed in a status.
     *
     * @param status the status
     * @return whether it is allowed
     */
    public boolean isAllowedIn(DossierStatus status) {
        Objects.requireNonNull(status, "status");
        return allowedIn.contains(status);
    }

    /**
     * The actions allowed in a status.
     *
     * @param status the status
     * @return an unmodifiable set, empty for terminal statuses
     */
    public static Set<DossierAction> allowedIn(DossierStatus status) {
        Objects.requireNonNull(status, "status");
        return BY_STATUS.get(status);
    }

    private static Map<DossierStatus, Set<DossierAction>> byStatus() {
        Map<DossierStatus, Set<DossierAction>> m = new EnumMap<>(DossierStatus.class);
        for (DossierStatus s : DossierStatus.values()) {
            EnumSet<DossierAction> set = EnumSet.noneOf(DossierAction.class);
            for (DossierAction a : values()) {
                if (a.allowedIn.contains(s)) {
                    set.add(a);
                }
            }
            m.put(s, Collections.unmodifiableSet(set));
        }
        return m;
    }
}
