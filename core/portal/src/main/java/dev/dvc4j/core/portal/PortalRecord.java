package dev.dvc4j.core.portal;

/**
 * One element of a sync request's {@code data[]}: a dossier ({@code DongBoHoSoMC}) or a progress entry
 * ({@code CapNhatTienDoHoSoMC}). Both are keyed by the dossier code.
 */
public sealed interface PortalRecord permits PortalDossier, PortalProgress {

    /** @return the dossier code ({@code MaHoSo}), or {@code null} if a lenient read could not find it */
    String code();
}
