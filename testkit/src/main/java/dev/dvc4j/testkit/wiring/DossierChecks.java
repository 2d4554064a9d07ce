package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.DossierListener;
import dev.dvc4j.core.dossier.DossierPoints;
import dev.dvc4j.core.dossier.DossierWorkflow;
import dev.dvc4j.core.id.DossierSequenceSource;
import dev.dvc4j.core.id.IdentifierPoints;
import java.util.List;
import java.util.Map;

/** What the dossier workflow makes of contributions. Loaded only when dvc4j-dossier is present. */
final class DossierChecks {

    private DossierChecks() {
    }

    static void register(Map<String, WiringChecks.Check> m) {
        m.put(IdentifierPoints.DOSSIER_SEQUENCE.id(), (rt, key, value, problems) -> {
            DossierWorkflow wf = key == null ? DossierWorkflow.of(rt) : DossierWorkflow.of(rt, key);
            if (wf.sequenceSource() != (DossierSequenceSource) value) {
                problems.add(WiringChecks.where(IdentifierPoints.DOSSIER_SEQUENCE, key)
                        + ": the dossier workflow numbers dossiers with another sequence source");
            }
        });
        m.put(DossierPoints.LISTENERS.id(), (rt, key, value, problems) -> {
            if (DossierWorkflow.of(rt).listeners().get(key) != (DossierListener) value) {
                problems.add(WiringChecks.where(DossierPoints.LISTENERS, key) + ": the dossier workflow does not tell this listener");
            }
        });
    }

    /** The workflow of the main value or of the variant takes its due dates and overdue checks from the policy. */
    static void workflowUsesPolicy(Dvc4j rt, String key, DeadlinePolicy policy, String where, List<String> problems) {
        DossierWorkflow wf = key == null ? DossierWorkflow.of(rt) : DossierWorkflow.of(rt, key);
        if (!wf.deadlinePolicy().equals(policy)) {
            problems.add(where + ": the dossier workflow computes due dates with " + wf.deadlinePolicy()
                    + ", not with the policy in force for it (" + policy + ")");
        }
    }
}
