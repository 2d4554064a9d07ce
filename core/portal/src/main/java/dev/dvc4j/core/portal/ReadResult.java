package dev.dvc4j.core.portal;

import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * @param elements how many elements {@code data[]} had: the records read, those skipped included
 */
public record ReadResult(@Nullable PortalService service, boolean updating, List<PortalRecord> records, List<PortalProblem> problems,
                         int elements) {

    private static final Pattern ELEMENT = Pattern.compile("^(?:data)?\\[(\\d+)]");

    /** Makes the lists immutable and checks the count. */
    public ReadResult {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(problems, "problems");
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        if (elements < records.size()) {
            throw new IllegalArgumentException("fewer elements than records: " + elements + " < " + records.size());
        }
    }

    /**
     * A result whose elements were all kept as records.
     *
     * @param service the service, or {@code null}
     * @param updating {@code isUpdating}
     * @param records the records
     * @param problems the problems
     */
    public ReadResult(@Nullable PortalService service, boolean updating, List<PortalRecord> records, List<PortalProblem> problems) {
        this(service, updating, records, problems, Objects.requireNonNull(records, "records").size());
    }

    /**
     * The exact accounting of the records, as every reader of the reading policy gives it: each element of
     * {@code data[]} is read and either accepted (no problem) or malformed (at least one problem, or skipped for not
     * being an object), and the first problem of each malformed record is listed with its JSON path, up to a limit.
     * Problems of the envelope ({@code service}, {@code isUpdating}, a missing {@code data}) concern no record; they
     * stay in {@link #problems()}.
     *
     * @param source the payload's name (a file name), or empty
     * @param maxProblems how many problems to list (all malformed records are counted)
     * @return the summary, {@code records() == elements()}
     */
    public ReadSummary summary(String source, int maxProblems) {
        Objects.requireNonNull(source, "source");
        Map<Integer, PortalProblem> first = new LinkedHashMap<>();
        for (PortalProblem p : problems) {
            Matcher m = ELEMENT.matcher(p.path());
            if (m.find()) {
                int i = Integer.parseInt(m.group(1));
                if (i < elements) {
                    first.putIfAbsent(i, p);
                }
            }
        }
        List<ReadProblem> listed = new ArrayList<>();
        for (PortalProblem p : first.values()) {
            if (listed.size() >= maxProblems) {
                break;
            }
            listed.add(new ReadProblem(source, 0, 0, (p.path().startsWith("[") ? "$" : "$.") + p.path(),
                    PortalPayloadException.CODE, p.message()));
        }
        return new ReadSummary(source, 0, elements - first.size(), first.size(), 0, listed);
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
