package dev.dvc4j.core.procedure;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.PaymentMethod;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Something an agency's system provides for a procedure; a {@link ServiceOffer} is a set of these. */
public enum ServiceCapability implements Labelled {
    /** Full procedure information published online (thông tin đầy đủ về thủ tục). */
    ONLINE_INFORMATION("Cung cấp đầy đủ thông tin thủ tục trên mạng", "Full procedure information published online"),
    /** Forms can be downloaded to fill in by hand (mẫu đơn, tờ khai tải về). */
    DOWNLOADABLE_FORMS("Cho phép tải mẫu đơn, tờ khai", "Downloadable forms"),
    /** Electronic forms filled in online (biểu mẫu điện tử). */
    E_FORMS("Biểu mẫu điện tử điền trực tuyến", "Electronic forms filled in online"),
    /** Dossiers can be submitted online (nộp hồ sơ trực tuyến). */
    ONLINE_SUBMISSION("Nộp hồ sơ trực tuyến", "Online submission"),
    /** Exchanges during processing (supplements, notices) happen online. */
    ONLINE_PROCESSING("Trao đổi, xử lý hồ sơ trên môi trường mạng", "Processing exchanges online"),
    /** Online payment on the National Public Service Portal. */
    ONLINE_PAYMENT_NATIONAL_PORTAL("Thanh toán trực tuyến trên Cổng DVC quốc gia", "Online payment on the national portal"),
    /** Online payment through the ministry's or province's own gateway. */
    ONLINE_PAYMENT_OWN_GATEWAY("Thanh toán trực tuyến qua cổng thanh toán của bộ, tỉnh", "Online payment through the agency's own gateway"),
    /** The result is issued electronically and returned online. */
    ELECTRONIC_RESULT("Trả kết quả điện tử", "Electronic result returned online"),
    /** The public postal service picks up dossiers (BCCI nhận hồ sơ). */
    BCCI_DOSSIER_PICKUP("Nhận hồ sơ qua bưu chính công ích", "Dossier pickup by public postal service"),
    /** The public postal service returns results (BCCI trả kết quả). */
    BCCI_RESULT_RETURN("Trả kết quả qua bưu chính công ích", "Result return by public postal service"),
    /** Proactive service: the system reminds the applicant (reported Decree 224/2026 level, unconfirmed). */
    PROACTIVE_REMINDER("Chủ động nhắc người dân thực hiện", "Proactive reminder"),
    /** Proactive service: forms prefilled from national databases (reported Decree 224/2026, unconfirmed). */
    PROACTIVE_PREFILL("Tự động điền sẵn thông tin", "Prefilled forms"),
    /** Proactive service: the system recommends the service (reported Decree 224/2026, unconfirmed). */
    PROACTIVE_RECOMMENDATION("Chủ động đề xuất dịch vụ", "Proactive recommendation"),
    /** Proactive service: decided automatically without filing (reported Decree 224/2026, unconfirmed). */
    AUTOMATIC_DECISION("Tự động giải quyết, không cần nộp hồ sơ", "Decided automatically without filing");

    private final LocalizedText label;

    ServiceCapability(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The online payment method this capability provides.
     *
     * @return the method for the two online-payment capabilities, empty otherwise
     */
    public Optional<PaymentMethod> paymentMethod() {
        if (this == ONLINE_PAYMENT_NATIONAL_PORTAL) {
            return Optional.of(PaymentMethod.NATIONAL_PORTAL);
        }
        if (this == ONLINE_PAYMENT_OWN_GATEWAY) {
            return Optional.of(PaymentMethod.OWN_GATEWAY);
        }
        return Optional.empty();
    }

    /**
     * The capability with a wire name.
     *
     * @param wire the wire name
     * @return the capability, if known
     */
    public static Optional<ServiceCapability> fromWire(String wire) {
        Objects.requireNonNull(wire, "wire");
        return Labelled.find(ServiceCapability.class, wire);
    }
}
