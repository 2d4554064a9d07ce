package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in {@link ServiceCriterion}s that the bundled regimes refer to by code:
 * <ul>
 *   <li>one per {@link ServiceCapability}, coded as its wire name with dashes ({@code online-submission}): the offer
 *   provides it;</li>
 *   <li>{@code fees-payable-online}: nothing is payable on the date, or online payment is offered;</li>
 *   <li>{@code result-online-or-postal}: the result can reach the applicant without a visit — electronically (the
 *   procedure issues a valid electronic result, requires no paper, and the offer returns results online) or by
 *   public post;</li>
 *   <li>{@code forms-available}: forms can be downloaded or are electronic forms;</li>
 *   <li>{@code no-presence-required} and {@code no-on-site-verification}: the law requires neither.</li>
 * </ul>
 */
public final class ServiceCriteria {

    /** Code of {@link #FEES_PAYABLE_ONLINE}. */
    public static final String FEES_PAYABLE_ONLINE_CODE = "fees-payable-online";

    /** Nothing is payable on the date, or fees can be paid online. */
    public static final ServiceCriterion FEES_PAYABLE_ONLINE = ServiceCriterion.of(FEES_PAYABLE_ONLINE_CODE,
            LocalizedText.of("Thanh toán phí, lệ phí trực tuyến (nếu có)", "Fees payable online (where charged)"),
            LocalizedText.of("Chưa cung cấp thanh toán trực tuyến", "Online payment not offered"),
            f -> !f.procedure().hasFeesOn(f.date()) || f.offer().offersOnlinePayment());

    /** The result can be returned online or by public post. */
    public static final ServiceCriterion RESULT_ONLINE_OR_POSTAL = ServiceCriterion.of("result-online-or-postal",
            LocalizedText.of("Trả kết quả trực tuyến hoặc qua bưu chính công ích",
                    "Result returned online or by public postal service"),
            LocalizedText.of("Chưa trả kết quả trực tuyến hoặc qua bưu chính công ích",
                    "Result not returned online or by public postal service"),
            f -> (f.procedure().result().deliverableOnline() && f.offer().has(ServiceCapability.ELECTRONIC_RESULT))
                    || f.offer().has(ServiceCapability.BCCI_RESULT_RETURN));

    /** Forms are available online, downloadable or electronic. */
    public static final ServiceCriterion FORMS_AVAILABLE = ServiceCriterion.of("forms-available",
            LocalizedText.of("Cung cấp mẫu đơn, tờ khai trên mạng", "Forms available online"),
            LocalizedText.of("Chưa cung cấp mẫu đơn, tờ khai trên mạng", "Forms not available online"),
            f -> f.offer().has(ServiceCapability.DOWNLOADABLE_FORMS) || f.offer().has(ServiceCapability.E_FORMS));

    /** The law does not require the applicant's presence. */
    public static final ServiceCriterion NO_PRESENCE_REQUIRED = ServiceCriterion.of("no-presence-required",
            LocalizedText.of("Pháp luật không yêu cầu có mặt trực tiếp", "Presence not required by law"),
            LocalizedText.of("Pháp luật yêu cầu người nộp có mặt trực tiếp", "The law requires the applicant's presence"),
            f -> !f.procedure().presenceRequired());

    /** The law does not require on-site verification. */
    public static final ServiceCriterion NO_ON_SITE_VERIFICATION = ServiceCriterion.of("no-on-site-verification",
            LocalizedText.of("Pháp luật không yêu cầu thẩm định thực tế", "On-site verification not required by law"),
            LocalizedText.of("Pháp luật yêu cầu thẩm định thực tế", "The law requires on-site verification"),
            f -> !f.procedure().onSiteVerificationRequired());

    private static final Map<String, ServiceCriterion> BUILT_INS = builtIns0();

    private ServiceCriteria() {
    }

    /**
     * The criterion that an offer provides a capability.
     *
     * @param capability the capability
     * @return the criterion, coded as the capability's wire name with dashes
     */
    public static ServiceCriterion capability(ServiceCapability capability) {
        return BUILT_INS.get(codeOf(capability));
    }

    /**
     * The code of a capability's criterion.
     *
     * @param capability the capability
     * @return the code, such as {@code online-submission}
     */
    public static String codeOf(ServiceCapability capability) {
        return capability.wireName().replace('_', '-');
    }

    /**
     * Every built-in criterion by code.
     *
     * @return an unmodifiable map
     */
    public static Map<String, ServiceCriterion> builtIns() {
        return BUILT_INS;
    }

    private static Map<String, ServiceCriterion> builtIns0() {
        Map<String, ServiceCriterion> m = new LinkedHashMap<>();
        for (ServiceCapability c : ServiceCapability.values()) {
            LocalizedText label = c.label();
            m.put(codeOf(c), ServiceCriterion.of(codeOf(c), label,
                    LocalizedText.of("Chưa cung cấp: " + label.vi(), label.en() + " not offered"),
                    f -> f.offer().has(c)));
        }
        for (ServiceCriterion c : new ServiceCriterion[] {FEES_PAYABLE_ONLINE, RESULT_ONLINE_OR_POSTAL, FORMS_AVAILABLE,
            NO_PRESENCE_REQUIRED, NO_ON_SITE_VERIFICATION}) {
            m.put(c.code(), c);
        }
        return Collections.unmodifiableMap(m);
    }
}
