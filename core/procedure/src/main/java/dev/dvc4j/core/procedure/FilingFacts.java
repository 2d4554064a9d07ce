package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a filing states, as {@link DossierRules#checkFiling(FilingFacts)} judges it. Holds no personal data.
 *
 * @param procedure the procedure filed for
 * @param agency the agency filed with
 * @param channel the filing channel
 * @param delivery how the applicant wants the result returned
 * @param submittedComponents the codes of the dossier components submitted
 * @param fromDigitalStore the codes of components taken from the applicant's digitised-document store instead
 * @param signedComponents the codes of components submitted with a digital signature
 * @param intendedPayment how the applicant will pay, if stated
 * @param filingDate the filing date (fees and regimes are dated)
 * @param beneficiaryCategory the applicant's beneficiary category for exemptions, if any
 * @param applicantProvince the two-digit province code of the applicant's address, if the filing gives one
 */
public record FilingFacts(ProcedureCode procedure, AgencyCode agency, Channel channel, ResultDelivery delivery,
                          Set<String> submittedComponents, Set<String> fromDigitalStore, Set<String> signedComponents,
                          Optional<PaymentMethod> intendedPayment, LocalDate filingDate,
                          Optional<String> beneficiaryCategory, Optional<String> applicantProvince) {

    /** Validates and copies. */
    public FilingFacts {
        Objects.requireNonNull(submittedComponents, "submittedComponents");
        Objects.requireNonNull(fromDigitalStore, "fromDigitalStore");
        Objects.requireNonNull(signedComponents, "signedComponents");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(delivery, "delivery");
        submittedComponents = Set.copyOf(submittedComponents);
        fromDigitalStore = Set.copyOf(fromDigitalStore);
        signedComponents = Set.copyOf(signedComponents);
        Objects.requireNonNull(intendedPayment, "intendedPayment");
        Objects.requireNonNull(filingDate, "filingDate");
        Objects.requireNonNull(beneficiaryCategory, "beneficiaryCategory");
        Objects.requireNonNull(applicantProvince, "applicantProvince");
    }

    /**
     * Starts building facts.
     *
     * @param procedure the procedure
     * @param agency the agency
     * @param filingDate the filing date
     * @return a builder (in person, result at the counter, nothing submitted)
     */
    public static Builder builder(ProcedureCode procedure, AgencyCode agency, LocalDate filingDate) {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(filingDate, "filingDate");
        return new Builder(procedure, agency, filingDate);
    }

    /**
     * A builder starting from these facts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(procedure, agency, filingDate).channel(channel).delivery(delivery);
        b.submitted.addAll(submittedComponents);
        b.store.addAll(fromDigitalStore);
        b.signed.addAll(signedComponents);
        b.payment = intendedPayment.orElse(null);
        b.category = beneficiaryCategory.orElse(null);
        b.province = applicantProvince.orElse(null);
        return b;
    }

    /** @return every component provided, submitted or taken from the digitised store */
    public Set<String> providedComponents() {
        Set<String> all = new LinkedHashSet<>(submittedComponents);
        all.addAll(fromDigitalStore);
        return all;
    }

    /** Builds {@link FilingFacts}. Not thread-safe. */
    public static final class Builder {
        private final ProcedureCode procedure;
        private final AgencyCode agency;
        private final LocalDate filingDate;
        private Channel channel = Channel.IN_PERSON;
        private ResultDelivery delivery = ResultDelivery.COUNTER;
        private final Set<String> submitted = new LinkedHashSet<>();
        private final Set<String> store = new LinkedHashSet<>();
        private final Set<String> signed = new LinkedHashSet<>();
        private PaymentMethod payment;
        private String category;
        private String province;

        private Builder(ProcedureCode procedure, AgencyCode agency, LocalDate filingDate) {
            this.procedure = procedure;
            this.agency = agency;
            this.filingDate = filingDate;
        }

        /**
         * The filing channel.
         *
         * @param channel the channel
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * The result delivery.
         *
         * @param delivery the delivery
         * @return this builder
         */
        public Builder delivery(ResultDelivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * Components submitted (unsigned).
         *
         * @param codes component codes
         * @return this builder
         */
        public Builder submitted(String... codes) {
            submitted.addAll(Set.of(codes));
            return this;
        }

        /**
         * Components submitted with a digital signature.
         *
         * @param codes component codes
         * @return this builder
         */
        public Builder signed(String... codes) {
            submitted.addAll(Set.of(codes));
            signed.addAll(Set.of(codes));
            return this;
        }

        /**
         * Components taken from the digitised-document store.
         *
         * @param codes component codes
         * @return this builder
         */
        public Builder fromDigitalStore(String... codes) {
            store.addAll(Set.of(codes));
            return this;
        }

        /**
         * The intended payment method.
         *
         * @param method the method, or {@code null} for none stated
         * @return this builder
         */
        public Builder payment(PaymentMethod method) {
            this.payment = method;
            return this;
        }

        /**
         * The beneficiary category.
         *
         * @param category the category, or {@code null} for none
         * @return this builder
         */
        public Builder beneficiaryCategory(String category) {
            this.category = category;
            return this;
        }

        /**
         * The province of the applicant's address.
         *
         * @param provinceCode the two-digit code, or {@code null} when the filing gives no address
         * @return this builder
         */
        public Builder applicantProvince(String provinceCode) {
            this.province = provinceCode;
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         */
        public FilingFacts build() {
            return new FilingFacts(procedure, agency, channel, delivery, submitted, store, signed,
                    Optional.ofNullable(payment), filingDate, Optional.ofNullable(category), Optional.ofNullable(province));
        }
    }
}
