package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The price of a postal service for a dossier: one line per leg's postage, VAT (when the tariff adds it), add-on,
 * discount and subsidy; the total; and who pays what.
 *
 * <p><b>Arithmetic.</b> All amounts are whole đồng. Every line has an amount and its split between the applicant and
 * the budget ({@code applicantShare + budgetShare == amount}); the total is the sum of the line amounts, what the
 * applicant pays the sum of the applicant shares, what the budget pays the sum of the budget shares, so
 * {@code applicantPays + budgetPays == total}. A provider-funded reduction is a {@link LineKind#DISCOUNT} line with a
 * negative amount (it lowers the total); a budget-funded one is a {@link LineKind#SUBSIDY} line of amount zero that
 * moves money from the applicant's share to the budget's.
 *
 * <p><b>Order and rounding.</b> For each leg, the applicant's share starts at the postage (plus VAT when the tariff
 * excludes it) and is reduced by, in order: the beneficiary category's discount; each matching temporary discount;
 * each matching cap. A percentage is rounded half up to the whole đồng on its own line; a limit or cap takes the
 * difference exactly. Add-ons are never discounted.
 *
 * @param tariffId the tariff used
 * @param tariffName its title
 * @param tariffSource its source or legal basis
 * @param vat the tariff's VAT treatment
 * @param legs the legs quoted
 * @param zone the zone
 * @param zoneName the zone's name
 * @param weightGrams the weight
 * @param date the day of the service
 * @param category the beneficiary category code applied, or {@code null}
 * @param lines the lines, legs in order send then return, each leg's postage followed by its reductions, then add-ons
 * @param total the total price
 * @param applicantPays the applicant's part of the total
 * @param budgetPays the budget's part of the total
 * @param outOfScope why the tariff's declared scope (its provinces) does not cover this request, or {@code null}
 *                   when it does; a calculator with {@link PostalCalculator#withStrictScope() strict scope} refuses such a
 *                   request instead
 */
public record PostalQuote(
        String tariffId,
        LocalizedText tariffName,
        String tariffSource,
        VatTreatment vat,
        Set<PostalLeg> legs,
        String zone,
        LocalizedText zoneName,
        int weightGrams,
        LocalDate date,
        @Nullable String category,
        List<Line> lines,
        Vnd total,
        Vnd applicantPays,
        Vnd budgetPays,
        @Nullable LocalizedText outOfScope) {

    /**
     * Checks that the sums agree (a quote read from JSON is checked the same way).
     *
     * @throws PostalException with code {@code postal.quote-inconsistent} if they do not
     */
    public PostalQuote {
        Objects.requireNonNull(tariffSource, "tariffSource");
        Objects.requireNonNull(zoneName, "zoneName");
        Objects.requireNonNull(applicantPays, "applicantPays");
        Objects.requireNonNull(budgetPays, "budgetPays");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(tariffId, "tariffId");
        Objects.requireNonNull(tariffName, "tariffName");
        Objects.requireNonNull(vat, "vat");
        legs = PostalLeg.normalize(legs);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
        long t = 0;
        long a = 0;
        long b = 0;
        for (Line l : lines) {
            t = Math.addExact(t, l.amount().dong());
            a = Math.addExact(a, l.applicantShare().dong());
            b = Math.addExact(b, l.budgetShare().dong());
        }
        if (total == null || applicantPays == null || budgetPays == null
                || t != total.dong() || a != applicantPays.dong() || b != budgetPays.dong()) {
            throw new PostalException("postal.quote-inconsistent", LocalizedText.of(
                    "Báo giá không khớp: tổng các dòng %d/%d/%d khác tổng %s/%s/%s",
                    "Inconsistent quote: line sums %d/%d/%d differ from totals %s/%s/%s")
                    .formatted(t, a, b, total, applicantPays, budgetPays));
        }
    }

    /**
     * A quote priced by a tariff whose scope covers the request.
     *
     * @param tariffId the tariff used
     * @param tariffName its title
     * @param tariffSource its source or legal basis
     * @param vat the tariff's VAT treatment
     * @param legs the legs quoted
     * @param zone the zone
     * @param zoneName the zone's name
     * @param weightGrams the weight
     * @param date the day of the service
     * @param category the beneficiary category code applied, or {@code null}
     * @param lines the lines
     * @param total the total price
     * @param applicantPays the applicant's part of the total
     * @param budgetPays the budget's part of the total
     */
    public PostalQuote(String tariffId, LocalizedText tariffName, String tariffSource, VatTreatment vat,
                       Set<PostalLeg> legs, String zone, LocalizedText zoneName, int weightGrams, LocalDate date,
                       String category, List<Line> lines, Vnd total, Vnd applicantPays, Vnd budgetPays) {
        this(tariffId, tariffName, tariffSource, vat, legs, zone, zoneName, weightGrams, date, category, lines, total,
                applicantPays, budgetPays, null);
    }

    /**
     * Whether the tariff's declared scope covers the request.
     *
     * @return {@code true} unless {@link #outOfScope()} explains why not
     */
    public boolean inScope() {
        return outOfScope == null;
    }

    /**
     * The explanation, one text per line of reasoning, in both languages: which tariff, whether its scope covers the
     * request (and why not), which zone, weight and date; each
     * line with its amount and payer; the totals; the rounding rule when a percentage was applied; the VAT basis.
     *
     * @return the explanation
     */
    public List<LocalizedText> explanation() {
        List<LocalizedText> out = new ArrayList<>();
        out.add(LocalizedText.of(
                "Cước bưu chính công ích theo biểu giá \"" + tariffName.vi() + "\" (" + tariffId + "; nguồn: " + tariffSource + ")",
                "Public postal (BCCI) price from tariff \"" + tariffName.en() + "\" (" + tariffId + "; source: " + tariffSource + ")"));
        if (outOfScope != null) {
            out.add(LocalizedText.of("CẢNH BÁO — ngoài phạm vi của biểu giá: " + outOfScope.vi(),
                    "WARNING — outside the tariff's scope: " + outOfScope.en()));
        }
        String legsVi = String.join(" và ", legs.stream().map(l -> l.label().vi()).toList());
        String legsEn = String.join(" and ", legs.stream().map(l -> l.label().en()).toList());
        out.add(LocalizedText.of(
                "Chiều: " + legsVi + "; vùng: " + zoneName.vi() + " (" + zone + "); khối lượng: " + weightGrams + " g; ngày: " + date
                        + (category == null ? "" : "; đối tượng: " + category),
                "Legs: " + legsEn + "; zone: " + zoneName.en() + " (" + zone + "); weight: " + weightGrams + " g; date: " + date
                        + (category == null ? "" : "; category: " + category)));
        boolean percent = false;
        for (Line l : lines) {
            boolean showLeg = l.leg() != null && l.kind() != LineKind.POSTAGE; // a postage label names its leg
            String legVi = showLeg ? " [" + l.leg().label().vi() + "]" : "";
            String legEn = showLeg ? " [" + l.leg().label().en() + "]" : "";
            String splitVi = "";
            String splitEn = "";
            if (l.kind() == LineKind.SUBSIDY) {
                splitVi = " — ngân sách trả " + l.budgetShare().toVietnamese() + " thay người nộp";
                splitEn = " — the budget pays " + l.budgetShare() + " instead of the applicant";
            } else if (l.budgetShare().isPositive() && l.applicantShare().isZero()) {
                splitVi = " — do ngân sách trả";
                splitEn = " — paid by the budget";
            }
            out.add(LocalizedText.of(
                    "- " + l.label().vi() + legVi + ": " + l.amount().toVietnamese() + splitVi,
                    "- " + l.label().en() + legEn + ": " + l.amount() + splitEn));
            percent |= l.rounded();
        }
        out.add(LocalizedText.of(
                "Tổng: " + total.toVietnamese() + "; người nộp trả " + applicantPays.toVietnamese() + ", ngân sách trả " + budgetPays.toVietnamese(),
                "Total: " + total + "; the applicant pays " + applicantPays + ", the budget pays " + budgetPays));
        if (percent) {
            out.add(LocalizedText.of(
                    "Các khoản giảm theo phần trăm được làm tròn đến đồng trên từng dòng (từ 0,5 đồng trở lên làm tròn lên)",
                    "Percentage reductions are rounded half up to the whole đồng on each line"));
        }
        out.add(LocalizedText.of("Thuế GTGT: " + vat.label().vi(), "VAT: " + vat.label().en()));
        return out;
    }

    /**
     * The explanation in one language, one line of text per element of {@link #explanation()}.
     *
     * @param locale {@code vi} for Vietnamese, anything else for English
     * @return the text
     */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (LocalizedText t : explanation()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(t.in(locale));
        }
        return sb.toString();
    }

    /**
     * One line of a quote.
     *
     * @param kind what the line is
     * @param leg the leg it belongs to, or {@code null} for a dossier-level line (an add-on per dossier)
     * @param code the tariff's zone for postage, {@code vat}, the add-on code, the category code or the subsidy id
     * @param label what to show, in both languages
     * @param amount the line's effect on the total (negative for a discount, zero for a subsidy)
     * @param applicantShare the line's effect on what the applicant pays
     * @param budgetShare the line's effect on what the budget pays
     * @param rounded whether the amount came from a percentage rounded half up
     */
    public record Line(LineKind kind, @Nullable PostalLeg leg, String code, LocalizedText label, Vnd amount,
                       Vnd applicantShare, Vnd budgetShare, boolean rounded) {
        /** Checks that the shares add up to the amount. */
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            if (amount == null || applicantShare == null || budgetShare == null
                    || Math.addExact(applicantShare.dong(), budgetShare.dong()) != amount.dong()) {
                throw new PostalException("postal.quote-inconsistent", LocalizedText.of(
                        "Dòng báo giá %s: phần người nộp %s + phần ngân sách %s khác số tiền %s",
                        "Quote line %s: applicant share %s + budget share %s differ from amount %s")
                        .formatted(code, applicantShare, budgetShare, amount));
            }
        }
    }

    /** What a quote line is. */
    public enum LineKind implements Labelled {
        /** A leg's postage from the tariff. */
        POSTAGE("cước", "postage"),
        /** VAT added to a tariff that excludes it. */
        VAT("thuế GTGT", "VAT"),
        /** An add-on service. */
        ADD_ON("dịch vụ cộng thêm", "add-on service"),
        /** A provider-funded reduction (category or temporary discount): lowers the total. */
        DISCOUNT("giảm giá", "discount"),
        /** A budget-funded reduction (cap, or a budget-funded discount): moves money from applicant to budget. */
        SUBSIDY("ngân sách hỗ trợ", "subsidy");

        private final LocalizedText label;

        LineKind(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** @return the kind's name in both languages */
        @Override
        public LocalizedText label() {
            return label;
        }

        /**
         * The kind with a wire name.
         *
         * @param name the wire name
         * @return the kind
         * @throws PostalException for an unknown name
         */
        @JsonCreator
        public static LineKind fromWire(String name) {
            Objects.requireNonNull(name, "name");
            return Labelled.findIgnoringCase(LineKind.class, name).orElseThrow(() -> new PostalException(
                    "postal.quote-inconsistent", LocalizedText.of(
                    "Loại dòng báo giá \"%s\" không hợp lệ (%s)", "Unknown quote line kind \"%s\" (%s)")
                    .formatted(name, Labelled.acceptedNames(LineKind.class))));
        }
    }
}
