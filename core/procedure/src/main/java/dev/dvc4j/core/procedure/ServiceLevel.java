package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * A level of a {@link ServiceLevelRegime}: Decree 43/2011's level 1 to 4, Decree 42/2022's partial or full online,
 * or a regime's base level "not an online service".
 *
 * @param regime the key of the regime it belongs to
 * @param code a code unique within the regime, such as {@code "level-4"} or {@code "full-online"}
 * @param rank the order within the regime, 0 for the base level
 * @param name the name
 * @param onlineService whether a procedure at this level counts as offering an online service (Decision 766
 *     indicator 3.1: partial or full online, legacy levels 3 and 4)
 * @param fullOnline whether this level is full online (toàn trình) or its legacy equivalent, level 4: the level at
 *     which online filings must also be paid online; a full online level is an online service
 */
public record ServiceLevel(String regime, String code, int rank, LocalizedText name, boolean onlineService,
                           boolean fullOnline) {

    /** Validates the parts. */
    public ServiceLevel {
        if (regime == null || regime.isBlank() || code == null || code.isBlank()) {
            throw ProcedureException.invalid("level", "Mức độ thiếu mã hoặc chế độ", "A level needs a regime and a code");
        }
        Objects.requireNonNull(name, "name");
        if (rank < 0) {
            throw ProcedureException.invalid("level", "Thứ bậc của mức độ %s không được âm", "Level %s has a negative rank", code);
        }
        if (fullOnline && !onlineService) {
            throw ProcedureException.invalid("level", "Mức độ %s là toàn trình nên phải là dịch vụ công trực tuyến",
                    "Level %s is full online, so it must be an online service", code);
        }
    }

    /**
     * How far this level is online: full, partial (an online service that is not full online) or not online.
     *
     * @return the online mode
     */
    public OnlineMode onlineMode() {
        return fullOnline ? OnlineMode.FULL : onlineService ? OnlineMode.PARTIAL : OnlineMode.NOT_ONLINE;
    }

    @Override
    public String toString() {
        return regime + ":" + code;
    }
}
