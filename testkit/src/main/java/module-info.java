/**
 * dvc4j testkit: jqwik generators, scenario builders and contract tests for dvc4j and vendors' extensions.
 *
 * <p>Only the base is required. Every other dvc4j module is read when present ({@code requires static
 * transitive}): a vendor brings the artifacts of the contracts and generators it uses, as the package
 * documentation of {@link dev.dvc4j.testkit} lists them.
 */
module dev.dvc4j.testkit {
    requires transitive dev.dvc4j.base;
    requires static transitive dev.dvc4j.calendar;
    requires static transitive dev.dvc4j.dossier;
    requires static transitive dev.dvc4j.procedure;
    requires static transitive dev.dvc4j.portal;
    requires static transitive dev.dvc4j.postal;
    requires static transitive dev.dvc4j.stats;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports dev.dvc4j.testkit;
    exports dev.dvc4j.testkit.calendar;
    exports dev.dvc4j.testkit.postal;
    exports dev.dvc4j.testkit.procedure;
    exports dev.dvc4j.testkit.stats;
    exports dev.dvc4j.testkit.wiring;

    // JUnit and jqwik run the inherited contract methods reflectively.
    opens dev.dvc4j.testkit.calendar;
    opens dev.dvc4j.testkit.postal;
    opens dev.dvc4j.testkit.procedure;
    opens dev.dvc4j.testkit.wiring;
}
