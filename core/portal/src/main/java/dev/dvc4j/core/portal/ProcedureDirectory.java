package dev.dvc4j.core.portal;

import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.procedure.Catalogue;
import java.util.Map;
import java.util.Objects;

/**
 * Looks up a procedure's name and sector for the payload. A host backs it with its procedure catalogue; the default
 * {@link #UNKNOWN} knows nothing, so those fields are left out.
 */
@FunctionalInterface
public interface ProcedureDirectory {

    /** A directory that knows no procedure. */
    ProcedureDirectory UNKNOWN = code -> ProcedureInfo.UNKNOWN;

    /**
     * The information on a procedure.
     *
     * @param code the procedure code as the dossier holds it (possibly with an agency suffix)
     * @return the information, {@link ProcedureInfo#UNKNOWN} if none; never {@code null}
     */
    ProcedureInfo lookup(ProcedureCode code);

    /**
     * A directory backed by a map. A code with an agency suffix not in the map is looked up without it.
     *
     * @param entries the procedures
     * @return the directory
     */
    static ProcedureDirectory of(Map<ProcedureCode, ProcedureInfo> entries) {
        Map<ProcedureCode, ProcedureInfo> copy = Map.copyOf(Objects.requireNonNull(entries, "entries"));
        return code -> {
            ProcedureInfo i = copy.get(code);
            if (i == null) {
                i = copy.get(code.withoutSuffix());
            }
            return i == null ? ProcedureInfo.UNKNOWN : i;
        };
    }

    /**
     * A procedure catalogue as a directory of procedure names and sectors (Vietnamese names, as the portal shows
     * them). Codes with an agency suffix fall back to the national code.
     *
     * @param catalogue the catalogue
     * @return the directory
     */
    static ProcedureDirectory of(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        return code -> catalogue.procedure(code)
                .map(p -> new ProcedureInfo(p.name().vi(), p.sector().code(), p.sector().name().vi()))
                .orElse(ProcedureInfo.UNKNOWN);
    }
}
