/**
 * dvc4j postal-dossier: the bridge from a dossier to a public postal service (BCCI) quote.
 */
module dev.dvc4j.postal.dossier {
    requires transitive dev.dvc4j.dossier;
    requires transitive dev.dvc4j.postal;

    exports dev.dvc4j.postal.dossier;
}
