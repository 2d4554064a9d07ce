package dev.dvc4j.core.dossier;

/**
 * Told of every event a {@link DossierWorkflow} appends, after the fact (audit trails, notifications, outboxes).
 * Contribute one at {@link DossierPoints#LISTENERS}. A listener that throws is
 * logged and skipped: the transition has already happened and is not undone.
 */
@FunctionalInterface
public interface DossierListener {

    /**
     * Called once per appended event, in order.
     *
     * @param dossier the dossier after the event
     * @param event the event
     */
    void onEvent(Dossier dossier, DossierEvent event);
}
