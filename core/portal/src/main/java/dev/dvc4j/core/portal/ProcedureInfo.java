package dev.dvc4j.core.portal;

import org.jspecify.annotations.Nullable;

/**
 * What the payload says about a procedure that a dossier does not hold: its name ({@code TenTTHC}) and sector
 * ({@code MaLinhVuc}, {@code TenLinhVuc}). Each part may be {@code null} when unknown; it is then left out of the
 * payload.
 *
 * @param name the procedure's name
 * @param sectorCode the sector's code
 * @param sectorName the sector's name
 */
public record ProcedureInfo(@Nullable String name, @Nullable String sectorCode, @Nullable String sectorName) {

    /** Nothing known. */
    public static final ProcedureInfo UNKNOWN = new ProcedureInfo(null, null, null);

    /** Normalises blank parts to {@code null}. */
    public ProcedureInfo {
        name = blankToNull(name);
        sectorCode = blankToNull(sectorCode);
        sectorName = blankToNull(sectorName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
