package dev.dvc4j.core.procedure;

import java.util.List;
import java.util.Objects;

/**
 * What stands between an offer and a higher level: every criterion still unmet on the way there (cumulative, so the
 * gap to level 4 of an offer at level 2 lists what levels 3 and 4 need).
 *
 * @param level the higher level
 * @param unmet the unmet criteria, at least one
 */
public record LevelGap(ServiceLevel level, List<UnmetCriterion> unmet) {

    /** Validates and copies. */
    public LevelGap {
        Objects.requireNonNull(unmet, "unmet");
        Objects.requireNonNull(level, "level");
        unmet = List.copyOf(unmet);
        if (unmet.isEmpty()) {
            throw ProcedureException.invalid("gap", "Khoảng cách tới mức %s phải có ít nhất một tiêu chí chưa đạt",
                    "The gap to level %s must name at least one unmet criterion", level.code());
        }
    }
}
