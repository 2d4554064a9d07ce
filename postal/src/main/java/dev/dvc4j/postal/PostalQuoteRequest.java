package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.postal.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to quote: which legs, in which zone (given, or resolved from the applicant's and the agency's addresses), how
 * heavy, on which date, where (province and commune, selecting province tariffs and local subsidies), for which
 * beneficiary category, with which add-ons.
 *
 * <pre>{@code
 * // dvc4j postal quote --leg both --zone intra-district --weight 250 --date 2026-03-02 --category war-invalid
 * PostalQuoteRequest r = PostalQuoteRequest.builder()
 *         .legs(PostalLeg.parseChoice("both")).zone("intra-district").weightGrams(250)
 *         .date(LocalDate.parse("2026-03-02")).category("war-invalid").build();
 * }</pre>
 *
 * @param legs the legs (one of {@link PostalLeg#SEND_ONLY}, {@link PostalLeg#RETURN_ONLY}, {@link PostalLeg#BOTH})
 * @param zone the zone code, or {@code null} to resolve it from the addresses
 * @param applicant the applicant's address, or {@code null} (required when {@code zone} is absent)
 * @param agency the agency's address, or {@code null} (required when {@code zone} is absent)
 * @param province the 2-digit province where the service is provided, or {@code null}; defaults to the agency's
 * @param commune the 5-digit commune where the service is provided, or {@code null}; defaults to the agency's
 * @param weightGrams the weight of each leg's item, 1 to {@link #MAX_WEIGHT_GRAMS}
 * @param date the day of the service (selects the tariff, category and subsidies in force)
 * @param category a beneficiary category code, or {@code null}
 * @param addOns the add-ons to price, or {@code null} for none
 */
public record PostalQuoteRequest(
        Set<PostalLeg> legs,
        @Nullable String zone,
        @Nullable PostalAddress applicant,
        @Nullable PostalAddress agency,
        @Nullable String province,
        @Nullable String commune,
        int weightGrams,
        LocalDate date,
        @Nullable String category,
        @Nullable List<AddOnUse> addOns) {

    /**
     * The library's sanity ceiling on a weight: 100 kg. It is not a legal limit (a tariff may set a lower
     * {@link PostalTariff#maxWeightGrams()}); it catches typing errors and keeps step arithmetic far from overflow.
     */
    public static final int MAX_WEIGHT_GRAMS = 100_000;

    /**
     * Validates the request.
     *
     * @throws InvalidWeightException if the weight is not between 1 g and {@link #MAX_WEIGHT_GRAMS}
     * @throws PostalException if legs are missing, neither a zone nor both addresses are given, or a code is malformed
     */
    public PostalQuoteRequest {
        legs = PostalLeg.normalize(legs);
        if (zone != null && !Checks.CODE.matcher(zone).matches()) {
            throw new PostalException("postal.request", LocalizedText.of(
                    "Mã vùng \"%s\" không hợp lệ", "Invalid zone code \"%s\"").formatted(zone));
        }
        if (zone == null && (applicant == null || agency == null)) {
            throw new PostalException("postal.request", LocalizedText.of(
                    "Cần vùng tính cước hoặc cả địa chỉ người nộp và địa chỉ cơ quan",
                    "Either a zone or both the applicant's and the agency's addresses are required"));
        }
        if (province == null && agency != null) {
            province = agency.provinceCode();
        }
        if (commune == null && agency != null && agency.provinceCode().equals(province)) {
            commune = agency.communeCode();
        }
        if (province != null && !Checks.PROVINCE.matcher(province).matches()) {
            throw new PostalException("postal.request", LocalizedText.of(
                    "Mã tỉnh \"%s\" không hợp lệ (2 chữ số)", "Invalid province code \"%s\" (2 digits)").formatted(province));
        }
        if (commune != null && !Checks.COMMUNE.matcher(commune).matches()) {
            throw new PostalException("postal.request", LocalizedText.of(
                    "Mã xã \"%s\" không hợp lệ (5 chữ số)", "Invalid commune code \"%s\" (5 digits)").formatted(commune));
        }
        if (weightGrams <= 0 || weightGrams > MAX_WEIGHT_GRAMS) {
            throw new InvalidWeightException(weightGrams, MAX_WEIGHT_GRAMS);
        }
        if (date == null) {
            throw new PostalException("postal.request", LocalizedText.of("Thiếu ngày tính cước", "Missing date"));
        }
        if (category != null && !Checks.CODE.matcher(category).matches()) {
            throw new PostalException("postal.request", LocalizedText.of(
                    "Mã đối tượng \"%s\" không hợp lệ", "Invalid category code \"%s\"").formatted(category));
        }
        if (addOns == null || addOns.isEmpty()) {
            addOns = List.of();
        } else {
            for (AddOnUse a : addOns) {
                Objects.requireNonNull(a, "add-on");
            }
            addOns = List.copyOf(addOns);
        }
    }

    /**
     * A request by explicit zone, as the command line makes it.
     *
     * @param legs the legs
     * @param zone the zone code
     * @param weightGrams the weight
     * @param date the day
     * @return the request
     */
    public static PostalQuoteRequest of(Set<PostalLeg> legs, String zone, int weightGrams, LocalDate date) {
        return new PostalQuoteRequest(legs, Objects.requireNonNull(zone, "zone"), null, null, null, null, weightGrams, date, null, null);
    }

    /**
     * A request for chosen legs, the zone resolved from the two addresses, province and commune from the agency's
     * address. For a dossier, {@code dev.dvc4j.postal.dossier.DossierPostage} (artifact {@code dvc4j-postal-dossier})
     * derives the legs and the applicant's address from the dossier itself.
     *
     * @param legs the legs (one of {@link PostalLeg#SEND_ONLY}, {@link PostalLeg#RETURN_ONLY}, {@link PostalLeg#BOTH})
     * @param applicant the applicant's address
     * @param agency the agency's address
     * @param weightGrams the weight
     * @param date the day
     * @param category a beneficiary category code, or {@code null}
     * @return the request
     */
    public static PostalQuoteRequest between(Set<PostalLeg> legs, PostalAddress applicant, PostalAddress agency,
                                             int weightGrams, LocalDate date, @Nullable String category) {
        return new PostalQuoteRequest(legs, null,
                Objects.requireNonNull(applicant, "applicant"), Objects.requireNonNull(agency, "agency"),
                null, null, weightGrams, date, category, null);
    }

    /**
     * Starts a request.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The use of an add-on in a quote.
     *
     * @param code the add-on code in the tariff
     * @param count how many times (at least 1)
     * @param payer who pays it
     */
    public record AddOnUse(String code, int count, Payer payer) {
        /** Validates the use. */
        public AddOnUse {
            if (code == null || !Checks.CODE.matcher(code).matches()) {
                throw new PostalException("postal.request", LocalizedText.of(
                        "Mã dịch vụ cộng thêm \"%s\" không hợp lệ", "Invalid add-on code \"%s\"").formatted(code));
            }
            if (count < 1 || count > 100) {
                throw new PostalException("postal.request", LocalizedText.of(
                        "Số lần dùng dịch vụ %s phải từ 1 đến 100, nhận %d",
                        "Add-on %s count must be between 1 and 100, got %d").formatted(code, count));
            }
            Objects.requireNonNull(payer, "payer");
        }
    }

    /** Builds a {@link PostalQuoteRequest}. Not thread-safe. */
    public static final class Builder {
        private Set<PostalLeg> legs;
        private String zone;
        private PostalAddress applicant;
        private PostalAddress agency;
        private String province;
        private String commune;
        private int weightGrams;
        private LocalDate date;
        private String category;
        private final List<AddOnUse> addOns = new ArrayList<>();

        private Builder() {
        }

        /**
         * The legs.
         *
         * @param legs the legs
         * @return this builder
         */
        public Builder legs(Set<PostalLeg> legs) {
            this.legs = legs;
            return this;
        }

        /**
         * The legs.
         *
         * @param legs the legs
         * @return this builder
         */
        public Builder legs(PostalLeg... legs) {
            this.legs = Set.of(legs);
            return this;
        }

        /**
         * The zone, when it is known (the command line's {@code --zone}).
         *
         * @param zone the zone code
         * @return this builder
         */
        public Builder zone(String zone) {
            this.zone = zone;
            return this;
        }

        /**
         * The two addresses, to resolve the zone and default the province and commune to the agency's.
         *
         * @param applicant the applicant's address
         * @param agency the agency's address
         * @return this builder
         */
        public Builder addresses(PostalAddress applicant, PostalAddress agency) {
            this.applicant = applicant;
            this.agency = agency;
            return this;
        }

        /**
         * The province where the service is provided.
         *
         * @param province 2-digit code
         * @return this builder
         */
        public Builder province(String province) {
            this.province = province;
            return this;
        }

        /**
         * The commune where the service is provided.
         *
         * @param commune 5-digit code
         * @return this builder
         */
        public Builder commune(String commune) {
            this.commune = commune;
            return this;
        }

        /**
         * The weight.
         *
         * @param grams grams
         * @return this builder
         */
        public Builder weightGrams(int grams) {
            this.weightGrams = grams;
            return this;
        }

        /**
         * The day of the service.
         *
         * @param date the day
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * The beneficiary category.
         *
         * @param code the category code, or {@code null}
         * @return this builder
         */
        public Builder category(String code) {
            this.category = code;
            return this;
        }

        /**
         * Adds fee remittance ({@value PostalTariff#FEE_REMITTANCE}), once, paid by the applicant.
         *
         * @return this builder
         */
        public Builder feeRemittance() {
            return addOn(PostalTariff.FEE_REMITTANCE, 1, Payer.APPLICANT);
        }

        /**
         * Adds redeliveries ({@value PostalTariff#REDELIVERY}); by Decision 45/2016 they are paid by whoever caused
         * them.
         *
         * @param count how many
         * @param payer who caused them
         * @return this builder
         */
        public Builder redelivery(int count, Payer payer) {
            return addOn(PostalTariff.REDELIVERY, count, payer);
        }

        /**
         * Adds any add-on the tariff offers.
         *
         * @param code the add-on code
         * @param count how many times
         * @param payer who pays it
         * @return this builder
         */
        public Builder addOn(String code, int count, Payer payer) {
            addOns.add(new AddOnUse(code, count, payer));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws PostalException as the record's constructor
         */
        public PostalQuoteRequest build() {
            return new PostalQuoteRequest(legs, zone, applicant, agency, province, commune, weightGrams, date, category, addOns);
        }
    }
}
