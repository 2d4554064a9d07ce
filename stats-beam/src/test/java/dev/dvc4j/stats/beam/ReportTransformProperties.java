package dev.dvc4j.stats.beam;

import static dev.dvc4j.stats.beam.BeamFixtures.FACTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * On the DirectRunner, the facts shuffled and cut at random into several sources (each read as its own bundles),
 * flattened, with 1 to 4 workers: the report is always the single-JVM report. Few tries: each one runs a pipeline.
 */
class ReportTransformProperties {

    private static final ReportSpec SPEC = BeamFixtures.spec();
    private static final List<DossierFacts> SOME = FACTS.subList(0, 2000);
    private static final StatsReport EXPECTED = ReportAccumulator.compute(SPEC, SOME);

    @Property(tries = 6)
    void randomSplitsIntoBundlesGiveTheSameReport(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int sources,
                                                  @ForAll @IntRange(min = 1, max = 4) int workers) {
        Random r = new Random(seed);
        List<DossierFacts> shuffled = new ArrayList<>(SOME);
        Collections.shuffle(shuffled, r);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < sources; i++) {
            cuts.add(r.nextInt(shuffled.size() + 1));
        }
        cuts.add(0);
        cuts.add(shuffled.size());
        Collections.sort(cuts);

        Pipeline p = BeamFixtures.pipeline(workers);
        PCollectionList<DossierFacts> parts = PCollectionList.empty(p);
        for (int i = 0; i + 1 < cuts.size(); i++) {
            List<DossierFacts> part = shuffled.subList(cuts.get(i), cuts.get(i + 1));
            parts = parts.and(p.apply("source-" + i, Create.of(part).withCoder(DossierFactsCoder.of())));
        }
        PCollection<DossierFacts> all = parts.apply(Flatten.pCollections());
        var report = new BeamFixtures.Collector<>(all.apply(ReportTransform.of(SPEC)));
        p.run().waitUntilFinish();
        assertThat(BeamFixtures.single(report.values())).isEqualTo(EXPECTED);
    }
}
