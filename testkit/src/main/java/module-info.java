/**
 * dvc4j testkit: jqwik generators, scenario builders and contract tests for dvc4j and vendors' extensions.
 */
module dev.dvc4j.testkit {
    requires transitive dev.dvc4j.core;
    requires transitive dev.dvc4j.postal;
    requires static dev.dvc4j.stats;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports dev.dvc4j.testkit;
    exports dev.dvc4j.testkit.calendar;
    exports dev.dvc4j.testkit.postal;
    exports dev.dvc4j.testkit.procedure;
    exports dev.dvc4j.testkit.wiring;

    // JUnit and jqwik run the inherited contract methods reflectively.
    opens dev.dvc4j.testkit.calendar;
    opens dev.dvc4j.testkit.postal;
    opens dev.dvc4j.testkit.procedure;
    opens dev.dvc4j.testkit.wiring;
}
