/**
 * dvc4j portal: the National Public Service Portal's dossier synchronisation payload, written from dossiers and read
 * back strictly or leniently.
 */
module dev.dvc4j.portal {
    requires transitive dev.dvc4j.procedure;
    requires org.slf4j;

    exports dev.dvc4j.core.portal;

    // The national-portal payload records and their codecs.
    opens dev.dvc4j.core.portal to com.fasterxml.jackson.databind, tools.jackson.databind;
    opens dev.dvc4j.core.internal.portal to com.fasterxml.jackson.databind;
}
