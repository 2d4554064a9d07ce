package dev.dvc4j.core.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a lenient read: the envelope's fields as far as they could be read, every record (none is
 * dropped silently: an element of {@code data[]} that is not even an object is reported as skipped), and every
 * problem with its JSON path. Fields that had a problem are {@code null} in the records.
 *
 * @param service the service, or {@code null} if missing or unknown
 * @param updating {@code isUpdating} ({@code false} when absent or unreadable)
 * @param records the records of {@code data[]}, in order
 * @param problems the problems, in document order
 */
public record ReadResult(@Nullable PortalService service, boolean updating, List<PortalRecord> records,
                         List<PortalProblem> problems) {

    /** Makes the lists immutable. */
    public ReadResult {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(problems, "problems");
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** @return whether the payload had no problem */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** @return the records that are dossiers */
    public List<PortalDossier> dossiers() {
        List<PortalDossier> l = new ArrayList<>();
        for (PortalRecord r : records) {
            if (r instanceof PortalDossier d) {
                l.add(d);
            }
        }
        return List.copyOf(l);
    }

    /** @return the records that are progress entries */
    public List<PortalProgress> progress() {
        List<PortalProgress> l = new ArrayList<>();
        for (PortalRecord r : records) {
            if (r instanceof PortalProgress p) {
                l.add(p);
            }
        }
        return List.copyOf(l);
    }

    /**
     * The strict reading: the request, or every problem at once.
     *
     * @return the request
     * @throws PortalPayloadException if there was any problem
     */
    public SyncRequest orThrow() {
        if (!problems.isEmpty()) {
            throw new PortalPayloadException(problems);
        }
        return new SyncRequest(service, updating, records);
    }

    /** The service and counts; no personal data. */
    @Override
    public String toString() {
        return "ReadResult[service=" + (service == null ? null : service.wireName()) + ", records=" + records.size()
                + ", problems=" + problems + "]";
    }
}
