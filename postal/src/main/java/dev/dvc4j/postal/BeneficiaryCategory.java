package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.postal.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group of people entitled to an exemption or discount on postage (miễn, giảm cước), as data: the bundled list
 * follows Circular 22/2017/TT-BTTTT as far as its text was read (the rest of the list is unconfirmed; see
 * {@code docs/DOMAIN.md}, "Public postal service"), and a
 * vendor adds or replaces categories with {@code context.provide(BeneficiaryCategory.class, code, category)} or
 * {@link PostalTariffs#loadCategories(java.io.InputStream)}.
 *
 * <p>The discount applies to the applicant's share of each leg's postage (including VAT when the tariff adds it),
 * first among the reductions, rounded half up to the whole đồng per line. It never applies to add-ons.
 *
 * @param code the category code ({@code heroic-mother}, {@code war-invalid}, …)
 * @param name the category's name in both languages
 * @param discountPercent the discount, above 0 and at most 100 (100 = free)
 * @param legalBasis the legal instrument granting it
 * @param fundedBy who bears the discount ({@code null} reads as {@link Funding#PROVIDER}: a reduction of the price)
 * @param validFrom first day in force, or {@code null} for open
 * @param validTo last day in force, or {@code null} for open
 * @param note free remarks, or {@code null}
 */
public record BeneficiaryCategory(
        String code,
        LocalizedText name,
        BigDecimal discountPercent,
        String legalBasis,
        @Nullable Funding fundedBy,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String note) {

    /**
     * Validates the category.
     *
     * @throws TariffFormatException naming the problem
     */
    public BeneficiaryCategory {
        Checks.code("category code", code);
        Checks.present("name of category " + code, name);
        Checks.percent("discountPercent of category " + code, discountPercent);
        Checks.text("legalBasis of category " + code, legalBasis);
        fundedBy = fundedBy == null ? Funding.PROVIDER : fundedBy;
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw TariffFormatException.of("Đối tượng %s: validTo trước validFrom", "Category %s: validTo is before validFrom", code);
        }
    }

    /**
     * Whether the category is in force on a day.
     *
     * @param day the day
     * @return whether in force
     */
    public boolean inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return Checks.inForce(day, validFrom, validTo);
    }
}
