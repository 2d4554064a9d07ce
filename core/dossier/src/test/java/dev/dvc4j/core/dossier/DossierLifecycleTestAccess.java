package dev.dvc4j.core.dossier;

/** Gives tests in other packages the lifecycle test's sample dossier. */
public final class DossierLifecycleTestAccess {

    private DossierLifecycleTestAccess() {
    }

    /** @return the sample filed dossier */
    public static Dossier filed() {
        return DossierLifecycleTest.filed();
    }
}
