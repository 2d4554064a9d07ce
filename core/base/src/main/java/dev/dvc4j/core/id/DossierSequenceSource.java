package dev.dvc4j.core.id;

import java.time.LocalDate;

/**
 * Hands out the daily sequence numbers of {@link DossierCode}s: for each agency and receipt day, 1, 2, 3, … up to
 * 9999, each at most once. {@link InMemoryDossierSequenceSource} is the default; a host that runs several
 * processes or must survive restarts plugs in its database sequence (for example a row per agency and day updated
 * with {@code UPDATE … SET next = next + 1 … RETURNING}), directly or as an extension
 * ({@link IdentifierPoints#DOSSIER_SEQUENCE}).
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DossierSequenceSource {

    /**
     * The next sequence number for an agency on a receipt day.
     *
     * @param agency the receiving agency
     * @param day the receipt day
     * @return the next number, 1 to 9999, never handed out before for that agency and day
     * @throws DossierSequenceExhaustedException if 9999 numbers were already handed out for that agency and day
     */
    int next(AgencyCode agency, LocalDate day);
}
