package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A criterion a service offer does not meet, with the reason. When a group of alternatives ("any of") fails, the
 * group is one unmet criterion whose {@link #alternatives()} are the failed members.
 *
 * @param code the criterion's code; for a group, the members' codes joined by {@code " | "}; for a negation,
 *     {@code "not(code)"}
 * @param requirement what was required
 * @param reason why it is unmet
 * @param alternatives the failed alternatives of a group, empty for a single criterion
 */
public record UnmetCriterion(String code, LocalizedText requirement, LocalizedText reason,
                             List<UnmetCriterion> alternatives) {

    /** Validates and copies. */
    public UnmetCriterion {
        Objects.requireNonNull(alternatives, "alternatives");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(reason, "reason");
        alternatives = List.copyOf(alternatives);
    }

    /**
     * The unmet criterion for a single failed criterion.
     *
     * @param criterion the criterion
     * @return the unmet entry
     */
    public static UnmetCriterion of(ServiceCriterion criterion) {
        return new UnmetCriterion(criterion.code(), criterion.requirement(), criterion.unmetReason(), List.of());
    }

    /**
     * The codes of the single criteria behind this entry: its own code, or its alternatives' leaf codes.
     *
     * @return the leaf codes
     */
    public List<String> leafCodes() {
        return alternatives.isEmpty() ? List.of(code)
                : alternatives.stream().flatMap(a -> a.leafCodes().stream()).toList();
    }

    @Override
    public String toString() {
        return code + ": " + reason.en();
    }
}
