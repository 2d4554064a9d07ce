package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.Organisation;
import dev.dvc4j.core.dossier.SignedHistoryVerification;
import dev.dvc4j.core.dossier.SigningPolicy;
import dev.dvc4j.core.dossier.TrustedKeys;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import java.time.Instant;
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
        m.put(DossierPoints.SIGNERS.id(), DossierChecks::signer);
        m.put(DossierPoints.SIGNING.id(), (rt, key, value, problems) -> {
            DossierWorkflow wf = key == null ? DossierWorkflow.of(rt) : DossierWorkflow.of(rt, key);
            if (wf.signingPolicy() != (SigningPolicy) value) {
                problems.add(WiringChecks.where(DossierPoints.SIGNING, key)
                        + ": the dossier workflow decides when to sign with another policy");
            }
        });
    }

    /**
     * A contributed signer is one the workflow signs with, its public key is one dvc4j can verify with, and what it
     * signs verifies with that key (a signer whose public key is not its own would leave histories that verify
     * nowhere).
     */
    private static void signer(Dvc4j rt, String key, Object value, List<String> problems) {
        HistorySigner signer = (HistorySigner) value;
        String where = WiringChecks.where(DossierPoints.SIGNERS, key);
        if (DossierWorkflow.of(rt).signers().get(key) != signer) {
            problems.add(where + ": the dossier workflow does not sign with this signer");
            return;
        }
        Dossier probe = Dossier.file(Filing.builder().code(DossierCode.parse("000.00.21.H42-000101-0001"))
                .procedure(ProcedureCode.parse("1.002859")).agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Organisation("Kiểm tra bộ ký", TaxCode.parse("0314409058"), null, null, null))
                .channel(Channel.ONLINE).period(ProcessingPeriod.workingDays(1)).at(PROBE_AT).actor("testkit").build());
        try {
            Dossier signed = probe.sign(signer, PROBE_AT);
            SignedHistoryVerification v = signed.verifyHistory(TrustedKeys.of(signer.publicKey()));
            if (!v.isFullyCovered()) {
                problems.add(where + ": its signature does not verify with its own public key");
            }
        } catch (Dvc4jException e) {
            problems.add(where + ": it cannot sign a dossier's head: " + e.code() + " " + e.text().en());
        }
    }

    private static final Instant PROBE_AT = Instant.parse("2000-01-01T01:00:00Z");

    /** The workflow of the main value or of the variant takes its due dates and overdue checks from the policy. */
    static void workflowUsesPolicy(Dvc4j rt, String key, DeadlinePolicy policy, String where, List<String> problems) {
        DossierWorkflow wf = key == null ? DossierWorkflow.of(rt) : DossierWorkflow.of(rt, key);
        if (!wf.deadlinePolicy().equals(policy)) {
            problems.add(where + ": the dossier workflow computes due dates with " + wf.deadlinePolicy()
                    + ", not with the policy in force for it (" + policy + ")");
        }
    }
}
