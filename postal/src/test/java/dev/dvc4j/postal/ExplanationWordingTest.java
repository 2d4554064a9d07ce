package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A quote's explanation, every line in both languages, and its one-language text. */
class ExplanationWordingTest {

    private static final PostalTariff BUNDLED = PostalTariffs.bundled();

    private static LocalizedText tariffLine() {
        return LocalizedText.of(
                "Cước bưu chính công ích theo biểu giá \"" + BUNDLED.name().vi() + "\" (vnpost-bcci-da-nang-2021; nguồn: "
                        + BUNDLED.source() + ")",
                "Public postal (BCCI) price from tariff \"" + BUNDLED.name().en() + "\" (vnpost-bcci-da-nang-2021; source: "
                        + BUNDLED.source() + ")");
    }

    private static LocalizedText vatLine() {
        return LocalizedText.of("Thuế GTGT: " + VatTreatment.UNKNOWN.label().vi(), "VAT: " + VatTreatment.UNKNOWN.label().en());
    }

    @Test
    void aCategoryDiscountOnBothLegsWithAnAddOnPaidByTheApplicant() {
        PostalQuote q = PostalCalculator.bundled().quote(PostalQuoteRequest.builder().legs(PostalLeg.BOTH)
                .zone("intra-district").weightGrams(250).date(Fixtures.DAY).province("48").category("war-invalid")
                .feeRemittance().build());
        assertThat(q.explanation()).containsExactly(
                tariffLine(),
                LocalizedText.of(
                        "Chiều: gửi hồ sơ và trả kết quả; vùng: nội huyện (intra-district); khối lượng: 250 g; ngày: 2026-03-02; đối tượng: war-invalid",
                        "Legs: sending the dossier and returning the result; zone: intra-district (intra-district); weight: 250 g; date: 2026-03-02; category: war-invalid"),
                LocalizedText.of("- Cước gửi hồ sơ, nội huyện: 26.000 ₫", "- Postage, sending the dossier, intra-district: 26,000 VND"),
                LocalizedText.of("- Giảm 50% cước cho đối tượng: Thương binh, người hưởng chính sách như thương binh [gửi hồ sơ]: -13.000 ₫",
                        "- 50% discount for: War invalid, or person treated as a war invalid [sending the dossier]: -13,000 VND"),
                LocalizedText.of("- Cước trả kết quả, nội huyện: 27.000 ₫", "- Postage, returning the result, intra-district: 27,000 VND"),
                LocalizedText.of("- Giảm 50% cước cho đối tượng: Thương binh, người hưởng chính sách như thương binh [trả kết quả]: -13.500 ₫",
                        "- 50% discount for: War invalid, or person treated as a war invalid [returning the result]: -13,500 VND"),
                LocalizedText.of("- Thu hộ phí, lệ phí giải quyết thủ tục hành chính: 8.000 ₫",
                        "- Collecting the procedure's fee on the agency's behalf: 8,000 VND"),
                LocalizedText.of("Tổng: 34.500 ₫; người nộp trả 34.500 ₫, ngân sách trả 0 ₫",
                        "Total: 34,500 VND; the applicant pays 34,500 VND, the budget pays 0 VND"),
                LocalizedText.of(
                        "Các khoản giảm theo phần trăm được làm tròn đến đồng trên từng dòng (từ 0,5 đồng trở lên làm tròn lên)",
                        "Percentage reductions are rounded half up to the whole đồng on each line"),
                vatLine());
    }

    @Test
    void aBudgetFundedCategoryAndAnAddOnPaidByTheBudgetSayWhoPays() {
        BeneficiaryCategory budgetFunded = new BeneficiaryCategory("budget-group", LocalizedText.of("Nhóm thử", "Test group"),
                new BigDecimal("25"), "basis", Funding.BUDGET, null, null, null);
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().category(budgetFunded).build();
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.RETURN_ONLY).zone("intra-district")
                .weightGrams(100).date(Fixtures.DAY).province("48").category("budget-group")
                .addOn(PostalTariff.FEE_REMITTANCE, 1, Payer.BUDGET).build());
        assertThat(q.explanation()).containsExactly(
                tariffLine(),
                LocalizedText.of(
                        "Chiều: trả kết quả; vùng: nội huyện (intra-district); khối lượng: 100 g; ngày: 2026-03-02; đối tượng: budget-group",
                        "Legs: returning the result; zone: intra-district (intra-district); weight: 100 g; date: 2026-03-02; category: budget-group"),
                LocalizedText.of("- Cước trả kết quả, nội huyện: 26.000 ₫", "- Postage, returning the result, intra-district: 26,000 VND"),
                LocalizedText.of("- Giảm 25% cước cho đối tượng: Nhóm thử [trả kết quả]: 0 ₫ — ngân sách trả 6.500 ₫ thay người nộp",
                        "- 25% discount for: Test group [returning the result]: 0 VND — the budget pays 6,500 VND instead of the applicant"),
                LocalizedText.of("- Thu hộ phí, lệ phí giải quyết thủ tục hành chính: 8.000 ₫ — do ngân sách trả",
                        "- Collecting the procedure's fee on the agency's behalf: 8,000 VND — paid by the budget"),
                LocalizedText.of("Tổng: 34.000 ₫; người nộp trả 19.500 ₫, ngân sách trả 14.500 ₫",
                        "Total: 34,000 VND; the applicant pays 19,500 VND, the budget pays 14,500 VND"),
                LocalizedText.of(
                        "Các khoản giảm theo phần trăm được làm tròn đến đồng trên từng dòng (từ 0,5 đồng trở lên làm tròn lên)",
                        "Percentage reductions are rounded half up to the whole đồng on each line"),
                vatLine());
    }

    @Test
    void withoutCategoryOrPercentageTheExplanationSaysNeither() {
        PostalQuote q = PostalCalculator.bundled().quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND_ONLY)
                .zone("inter-district").weightGrams(100).date(Fixtures.DAY).province("48").build());
        assertThat(q.explanation()).containsExactly(
                tariffLine(),
                LocalizedText.of(
                        "Chiều: gửi hồ sơ; vùng: liên huyện (inter-district); khối lượng: 100 g; ngày: 2026-03-02",
                        "Legs: sending the dossier; zone: inter-district (inter-district); weight: 100 g; date: 2026-03-02"),
                LocalizedText.of("- Cước gửi hồ sơ, liên huyện: 30.000 ₫", "- Postage, sending the dossier, inter-district: 30,000 VND"),
                LocalizedText.of("Tổng: 30.000 ₫; người nộp trả 30.000 ₫, ngân sách trả 0 ₫",
                        "Total: 30,000 VND; the applicant pays 30,000 VND, the budget pays 0 VND"),
                vatLine());
        List<LocalizedText> lines = q.explanation();
        assertThat(q.describe(Locale.forLanguageTag("vi")))
                .isEqualTo(String.join("\n", lines.stream().map(LocalizedText::vi).toList()));
        assertThat(q.describe(Locale.ENGLISH))
                .isEqualTo(String.join("\n", lines.stream().map(LocalizedText::en).toList()))
                .startsWith("Public postal (BCCI) price").endsWith("VAT: " + VatTreatment.UNKNOWN.label().en());
    }
}
