package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A local, dated reduction of what the applicant pays for postage: a province's or a city's support for BCCI use.
 * Contributed with {@code context.provide(PostalSubsidy.class, id, subsidy)} or read with
 * {@link PostalTariffs#loadSubsidies(java.io.InputStream)}.
 *
 * <p>Two kinds, applied in this order after the {@link BeneficiaryCategory category} discount:
 * <ol>
 *   <li>{@link Kind#TEMPORARY_DISCOUNT}: for a date range, the applicant pays at most {@link #limits()} for the zone
 *       (Quảng Ngãi 2020: 26,000/30,000 → 15,000/20,000), or {@link #percentOff()} less;</li>
 *   <li>{@link Kind#CAP}: the applicant pays at most {@link #limits()} per leg (Hà Tĩnh city: 10,000 per leg while
 *       the contract price is 26,000; the city pays the rest).</li>
 * </ol>
 * {@link #fundedBy()} says whether the reduction lowers the price ({@link Funding#PROVIDER}) or is paid by a budget
 * ({@link Funding#BUDGET}). A subsidy matches a quote when it is in force on the date and its province, commune,
 * leg, zone and weight conditions hold; empty lists mean "any".
 *
 * @param id unique identifier
 * @param name the subsidy's name in both languages, shown on quote lines
 * @param source the decision or publication it comes from
 * @param kind temporary discount or cap
 * @param fundedBy who bears the reduction
 * @param provinces 2-digit province codes where it applies (the quote's province); empty for anywhere
 * @param communes 5-digit commune codes where it applies (the quote's commune); empty for anywhere in the provinces
 * @param legs the legs it applies to; empty for both
 * @param zones with {@link #percentOff()}, the zones it applies to (empty for all); must be empty with limits,
 *              whose keys are the zones
 * @param validFrom first day in force
 * @param validTo last day in force, or {@code null}
 * @param maxWeightGrams the heaviest leg it applies to, or {@code null} for any weight
 * @param limits the most the applicant pays per leg, by zone code, or {@code null} when {@code percentOff} is given
 * @param percentOff a percentage off the applicant's share (temporary discounts only), instead of limits, or
 *                    {@code null}
 * @param note free remarks, or {@code null}
 */
public record PostalSubsidy(
        String id,
        LocalizedText name,
        String source,
        Kind kind,
        Funding fundedBy,
        List<String> provinces,
        List<String> communes,
        Set<PostalLeg> legs,
        List<String> zones,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Integer maxWeightGrams,
        @Nullable Map<String, Vnd> limits,
        @Nullable BigDecimal percentOff,
        @Nullable String note) {

    /**
     * Validates the subsidy.
     *
     * @throws TariffFormatException naming the problem
     */
    public PostalSubsidy {
        Checks.code("subsidy id", id);
        String what = "subsidy \"" + id + "\"";
        Checks.present(what + ": name", name);
        Checks.text(what + ": source", source);
        Checks.present(what + ": kind", kind);
        Checks.present(what + ": fundedBy", fundedBy);
        provinces = Checks.codes(what + ": provinces", provinces, Checks.PROVINCE);
        communes = Checks.codes(what + ": communes", communes, Checks.COMMUNE);
        legs = legs == null || legs.isEmpty() ? PostalLeg.BOTH : PostalLeg.normalize(legs);
        zones = Checks.codes(what + ": zones", zones, Checks.CODE);
        Checks.period(what, validFrom, validTo);
        if (maxWeightGrams != null && maxWeightGrams <= 0) {
            throw TariffFormatException.of("%s: maxWeightGrams phải dương", "%s: maxWeightGrams must be positive", what);
        }
        if (limits != null && limits.isEmpty()) {
            limits = null;
        }
        if ((limits == null) == (percentOff == null)) {
            throw TariffFormatException.of("%s: cần đúng một trong limits hoặc percentOff",
                    "%s: needs exactly one of limits or percentOff", what);
        }
        if (kind == Kind.CAP && limits == null) {
            throw TariffFormatException.of("%s: mức trần (cap) cần limits theo vùng", "%s: a cap needs limits by zone", what);
        }
        if (limits != null) {
            if (!zones.isEmpty()) {
                throw TariffFormatException.of("%s: khi có limits, vùng được lấy từ khóa của limits; để trống zones",
                        "%s: with limits the zones are the limits' keys; leave zones empty", what);
            }
            Map<String, Vnd> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Vnd> e : limits.entrySet()) {
                Checks.code(what + ": zone of a limit", e.getKey());
                Vnd v = Checks.present(what + ": limit for " + e.getKey(), e.getValue());
                Checks.amount(what + ": limit for " + e.getKey(), v);
                copy.put(e.getKey(), v);
            }
            limits = java.util.Collections.unmodifiableMap(copy);
        } else {
            Checks.percent(what + ": percentOff", percentOff);
        }
    }

    /**
     * Whether the subsidy is in force on a day.
     *
     * @param day the day
     * @return whether in force
     */
    public boolean inForceOn(LocalDate day) {
        return Checks.inForce(day, validFrom, validTo);
    }

    /** The kind of a subsidy, which also fixes its place in the order of application. */
    public enum Kind implements Labelled {
        /** A temporary discount: applied after the category discount, before caps. */
        TEMPORARY_DISCOUNT("giảm giá có thời hạn", "temporary discount"),
        /** A per-leg cap on what the applicant pays: applied last. */
        CAP("mức trần người nộp phải trả", "cap on what the applicant pays");

        private final LocalizedText label;

        Kind(String vi, String en) {
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
         * @param name {@code "temporary-discount"} or {@code "cap"}
         * @return the kind
         * @throws TariffFormatException for anything else
         */
        @JsonCreator
        public static Kind fromWire(String name) {
            Objects.requireNonNull(name, "name");
            return Labelled.findIgnoringCase(Kind.class, name).orElseThrow(() -> TariffFormatException.of(
                    "Loại hỗ trợ \"%s\" không hợp lệ (" + Labelled.acceptedNames(Kind.class) + ")",
                    "Unknown subsidy kind \"%s\" (" + Labelled.acceptedNames(Kind.class) + ")", name));
        }
    }
}
