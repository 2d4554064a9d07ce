package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One atomic test of a service-level rule, such as "online payment is offered" or "the law does not require
 * presence". Criteria are what {@link LevelAssessment}s list as unmet, so each carries its reason in both languages.
 *
 * <p>Built-in criteria are in {@link ServiceCriteria}. A vendor adds its own through the extension surface,
 * {@link ProcedurePoints#SERVICE_CRITERIA}, and refers to them by code in its regime data
 * ({@link RuleBasedRegime#fromJson(java.io.InputStream, java.util.Map)}). Implementations must be immutable,
 * deterministic and free of side effects.
 */
public interface ServiceCriterion {

    /**
     * A stable code, such as {@code "fees-payable-online"}.
     *
     * @return the code
     */
    String code();

    /**
     * What the criterion requires: "online payment offered".
     *
     * @return the requirement in both languages
     */
    LocalizedText requirement();

    /**
     * Why it is unmet, when it is: "online payment not offered".
     *
     * @return the reason in both languages
     */
    LocalizedText unmetReason();

    /**
     * Whether the facts meet the criterion.
     *
     * @param facts the procedure, offer and date
     * @return whether met
     */
    boolean test(ServiceFacts facts);

    /**
     * A criterion from a predicate.
     *
     * @param code the code (non-blank)
     * @param requirement what it requires
     * @param unmetReason why it is unmet
     * @param test the test, which must be deterministic
     * @return the criterion
     */
    static ServiceCriterion of(String code, LocalizedText requirement, LocalizedText unmetReason,
                               Predicate<ServiceFacts> test) {
        Objects.requireNonNull(test, "test");
        return new Simple(code, requirement, unmetReason, test);
    }

    /**
     * A criterion built by {@link ServiceCriterion#of}.
     *
     * @param code the code
     * @param requirement what it requires
     * @param unmetReason why it is unmet
     * @param predicate the test
     */
    record Simple(String code, LocalizedText requirement, LocalizedText unmetReason, Predicate<ServiceFacts> predicate)
            implements ServiceCriterion {

        /** Validates the parts. */
        public Simple {
            if (code == null || code.isBlank()) {
                throw ProcedureException.invalid("criterion", "Tiêu chí thiếu mã", "A criterion needs a code");
            }
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(unmetReason, "unmetReason");
            Objects.requireNonNull(predicate, "predicate");
        }

        @Override
        public boolean test(ServiceFacts facts) {
            return predicate.test(facts);
        }

        @Override
        public String toString() {
            return "ServiceCriterion[" + code + "]";
        }
    }
}
