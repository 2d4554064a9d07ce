package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static dev.dvc4j.testkit.wiring.VendorModules.checkIgnored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.StatsPoints;
import org.junit.jupiter.api.Test;

/** The statistics side of the wiring checks: a 766 index the reports score with passes; another is reported. */
class StatsWiringChecksTest {

    /** The bundled index under another name. */
    static final Index766 RENAMED = renamed();

    private static Index766 renamed() {
        Index766 b = Index766.bundled();
        return new Index766("vendor weights", b.legalBasis(), b.validFrom(), b.validTo(), b.groups(), b.indicators());
    }

    @Test
    void anIndexTheReportsScoreWithIsHonouredAndOneTheyDoNotIsReported() {
        assertThat(check("index", c -> c.provide(StatsPoints.INDEX_766, RENAMED))).isEmpty();
        assertThat(checkIgnored(StatsChecks::register, Dvc4j.defaults(), StatsPoints.INDEX_766, null, RENAMED))
                .containsExactly("stats.index-766: reports score the 766 index with another configuration");
    }
}
