package dev.dvc4j.core.internal.procedure;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.procedure.DocumentRequirement;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.FilingContext;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ResultReturnContext;
import dev.dvc4j.core.procedure.RuleViolation;
import dev.dvc4j.core.procedure.ServiceOffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The dossier rules dvc4j bundles. Not part of the API. */
public final class BundledDossierRules {

    /** Key of {@link ProcedureInForce}. */
    public static final String PROCEDURE_IN_FORCE = "procedure-in-force";
    /** Key of {@link ChannelOffered}. */
    public static final String CHANNEL_OFFERED = "channel-offered";
    /** Key of {@link DocumentsComplete}. */
    public static final String DOCUMENTS_COMPLETE = "documents-complete";
    /** Key of {@link Payment}. */
    public static final String PAYMENT = "payment";
    /** Key of {@link Delivery}. */
    public static final String RESULT_DELIVERY = "result-delivery";
    /** Key of {@link ApplicantAddress}. */
    public static final String APPLICANT_ADDRESS = "applicant-address";

    private static final List<DossierRule> BUNDLED = all(Provinces.bundled());

    private BundledDossierRules() {
    }

    /**
     * The bundled rules in application order.
     *
     * @param provinces the gazetteer the applicant's address is checked against
     * @return the rules
     */
    public static List<DossierRule> all(Provinces provinces) {
        if (provinces == Provinces.bundled() && BUNDLED != null) {
            return BUNDLED;
        }
        return List.of(new ProcedureInForce(), new ChannelOffered(), new ApplicantAddress(provinces),
                new DocumentsComplete(), new Payment(), new Delivery());
    }

    /** The province of the applicant's address, when given, exists on the filing date. */
    static final class ApplicantAddress implements DossierRule {
        private final Provinces provinces;

        ApplicantAddress(Provinces provinces) {
            this.provinces = provinces;
        }

        @Override
        public String code() {
            return APPLICANT_ADDRESS;
        }

        @Override
        public List<RuleViolation> checkFiling(FilingContext c) {
            Optional<String> province = c.facts().applicantProvince();
            if (province.isEmpty() || provinces.find(province.get(), c.facts().filingDate()).isPresent()) {
                return List.of();
            }
            return List.of(RuleViolation.of("filing.address-province-unknown", "applicant.address.provinceCode",
                    "Mã tỉnh %s trong địa chỉ người nộp không có trong danh mục tỉnh ngày %s",
                    "The province code %s of the applicant's address is not in the gazetteer on %s",
                    province.get(), c.facts().filingDate()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ApplicantAddress a && a.provinces.equals(provinces);
        }

        @Override
        public int hashCode() {
            return provinces.hashCode();
        }
    }

    /** The procedure can be filed on the filing date. */
    static final class ProcedureInForce implements DossierRule {
        @Override
        public String code() {
            return PROCEDURE_IN_FORCE;
        }

        @Override
        public List<RuleViolation> checkFiling(FilingContext c) {
            if (c.procedure().validity().contains(c.facts().filingDate())) {
                return List.of();
            }
            return List.of(RuleViolation.of("filing.procedure-not-in-force", "filingDate",
                    "Thủ tục %s không còn hoặc chưa có hiệu lực ngày %s (hiệu lực %s)",
                    "Procedure %s is not in force on %s (in force %s)", c.procedure().code(), c.facts().filingDate(),
                    c.procedure().validity()));
        }
    }

    /** The agency accepts dossiers through the channel. */
    static final class ChannelOffered implements DossierRule {
        @Override
        public String code() {
            return CHANNEL_OFFERED;
        }

        @Override
        public List<RuleViolation> checkFiling(FilingContext c) {
            Channel ch = c.facts().channel();
            if (c.offer().channels().contains(ch)) {
                return List.of();
            }
            return List.of(RuleViolation.of("filing.channel-not-offered", "channel",
                    "Cơ quan %1$s không tiếp nhận hồ sơ thủ tục %2$s qua kênh \"%3$s\"",
                    "Agency %1$s does not accept dossiers for procedure %2$s through the channel \"%4$s\"",
                    c.offer().agency(), c.procedure().code(), ch.label().vi(), ch.label().en()));
        }
    }

    /** Required documents present (respecting "one of" groups), store use allowed, signatures for online filing. */
    static final class DocumentsComplete implements DossierRule {
        @Override
        public String code() {
            return DOCUMENTS_COMPLETE;
        }

        @Override
        public List<RuleViolation> checkFiling(FilingContext c) {
            Procedure p = c.procedure();
            FilingFacts f = c.facts();
            Set<String> provided = f.providedComponents();
            List<RuleViolation> out = new ArrayList<>();
            Map<String, List<DocumentRequirement>> groups = new LinkedHashMap<>();
            for (DocumentRequirement d : p.documents()) {
                if (d.alternativeGroup().isPresent()) {
                    groups.computeIfAbsent(d.alternativeGroup().get(), k -> new ArrayList<>()).add(d);
                } else if (d.required() && !provided.contains(d.code())) {
                    out.add(RuleViolation.of("filing.document-missing", "documents[" + d.code() + "]",
                            "Thiếu thành phần hồ sơ bắt buộc: %1$s (%3$s)", "Required document missing: %2$s (%3$s)",
                            d.name().vi(), d.name().en(), d.code()));
                }
            }
            groups.forEach((group, members) -> {
                boolean required = members.stream().anyMatch(DocumentRequirement::required);
                boolean any = members.stream().anyMatch(m -> provided.contains(m.code()));
                if (required && !any) {
                    String codes = members.stream().map(DocumentRequirement::code).collect(Collectors.joining(", "));
                    String vi = members.stream().map(m -> m.name().vi()).collect(Collectors.joining("; "));
                    String en = members.stream().map(m -> m.name().en()).collect(Collectors.joining("; "));
                    out.add(RuleViolation.of("filing.document-missing", "documents{" + group + "}",
                            "Thiếu một trong các thành phần hồ sơ: %1$s (%3$s)",
                            "One of these documents is required: %2$s (%3$s)", vi, en, codes));
                }
            });
            for (String code : sorted(provided)) {
                Optional<DocumentRequirement> d = p.document(code);
                if (d.isEmpty()) {
                    out.add(RuleViolation.of("filing.document-unknown", "documents[" + code + "]",
                            "Thủ tục %s không có thành phần hồ sơ \"%s\"", "Procedure %s has no document component \"%s\"",
                            p.code(), code));
                }
            }
            for (String code : sorted(f.fromDigitalStore())) {
                p.document(code).filter(d -> !d.fromDigitalStore()).ifPresent(d -> out.add(RuleViolation.of(
                        "filing.document-not-from-store", "documents[" + code + "]",
                        "Thành phần \"%s\" không được lấy từ kho dữ liệu số hóa, phải nộp",
                        "Document \"%s\" may not be taken from the digitised store; it must be submitted", code)));
            }
            if (f.channel() == Channel.ONLINE) {
                for (String code : sorted(f.submittedComponents())) {
                    p.document(code).filter(DocumentRequirement::eSignatureRequired)
                            .filter(d -> !f.signedComponents().contains(code)).ifPresent(d -> out.add(RuleViolation.of(
                                    "filing.signature-missing", "documents[" + code + "]",
                                    "Thành phần \"%s\" nộp trực tuyến phải có chữ ký số",
                                    "Document \"%s\" filed online must be digitally signed", code)));
                }
            }
            return out;
        }

        private static List<String> sorted(Set<String> s) {
            return s.stream().sorted().toList();
        }
    }

    /** The payment method is offered; online when the service is full online and the dossier filed online. */
    static final class Payment implements DossierRule {
        @Override
        public String code() {
            return PAYMENT;
        }

        @Override
        public List<RuleViolation> checkFiling(FilingContext c) {
            List<RuleViolation> out = new ArrayList<>();
            Optional<PaymentMethod> intended = c.facts().intendedPayment();
            if (intended.isPresent() && !c.offer().paymentMethods().contains(intended.get())) {
                out.add(RuleViolation.of("filing.payment-method-not-offered", "payment",
                        "Cơ quan %1$s không cung cấp hình thức thanh toán \"%2$s\"",
                        "Agency %1$s does not offer the payment method \"%3$s\"", c.offer().agency(),
                        intended.get().label().vi(), intended.get().label().en()));
            }
            if (DossierRules.onlinePaymentRequired(c.facts().channel(), c.level(), c.fee())
                    && intended.map(m -> !m.isOnline()).orElse(true)) {
                out.add(RuleViolation.of("filing.online-payment-required", "payment",
                        "Dịch vụ công trực tuyến toàn trình: phí, lệ phí %1$s phải thanh toán trực tuyến",
                        "Full online service: the fees of %2$s must be paid online", c.fee().total().toVietnamese(),
                        c.fee().total()));
            }
            return out;
        }

        @Override
        public List<RuleViolation> checkResultReturn(ResultReturnContext c) {
            List<RuleViolation> out = new ArrayList<>();
            Optional<PaymentMethod> paid = c.facts().payment();
            if (c.fee().total().isPositive() && paid.isEmpty()) {
                out.add(RuleViolation.of("return.fees-unpaid", "payment",
                        "Chưa thanh toán phí, lệ phí %1$s trước khi trả kết quả",
                        "Fees of %2$s have not been paid before the result is returned", c.fee().total().toVietnamese(),
                        c.fee().total()));
            }
            if (paid.isPresent() && DossierRules.onlinePaymentRequired(c.facts().filedVia(), c.level(), c.fee())
                    && !paid.get().isOnline()) {
                out.add(RuleViolation.of("return.online-payment-required", "payment",
                        "Dịch vụ công trực tuyến toàn trình: phí, lệ phí phải được thanh toán trực tuyến",
                        "Full online service: the fees must have been paid online"));
            }
            return out;
        }
    }

    /** The result delivery is allowed by the procedure and the offer. */
    static final class Delivery implements DossierRule {
        @Override
        public String code() {
            return RESULT_DELIVERY;
        }

        @Override
        public List<RuleViolation> checkFiling(FilingContext c) {
            return check(c.procedure(), c.offer(), c.facts().delivery());
        }

        @Override
        public List<RuleViolation> checkResultReturn(ResultReturnContext c) {
            return check(c.procedure(), c.offer(), c.facts().delivery());
        }

        private static List<RuleViolation> check(Procedure p, ServiceOffer o, ResultDelivery d) {
            Set<ResultDelivery> allowed = DossierRules.allowedDeliveries(p, o);
            if (allowed.contains(d)) {
                return List.of();
            }
            return List.of(RuleViolation.of("filing.delivery-not-allowed", "delivery",
                    "Không thể trả kết quả thủ tục %1$s theo hình thức \"%2$s\" (được phép: %4$s)",
                    "The result of procedure %1$s cannot be returned \"%3$s\" (allowed: %4$s)", p.code(), d.label().vi(),
                    d.label().en(), allowed.stream().map(ResultDelivery::wireName).collect(Collectors.joining(", "))));
        }
    }
}
