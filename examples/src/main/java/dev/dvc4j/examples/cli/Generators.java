package dev.dvc4j.examples.cli;

import dev.dvc4j.testkit.SyntheticDossiers;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.time.LocalDate;

/** The synthetic data the command line generates and reports on by default. */
final class Generators {

    private Generators() {
    }

    /**
     * The synthetic province generator.
     *
     * @param seed the seed
     * @param from the first filing day
     * @param to the last filing day
     * @return the generator
     */
    static SyntheticDossiers synthetic(long seed, LocalDate from, LocalDate to) {
        return SyntheticDossiers.builder().seed(seed).period(from, to).build();
    }

    /**
     * The nationwide synthetic statistics facts generator, with the same settings.
     *
     * @param seed the seed
     * @param from the first filing day
     * @param to the last filing day
     * @return the generator
     */
    static SyntheticFacts syntheticFacts(long seed, LocalDate from, LocalDate to) {
        return SyntheticFacts.builder().seed(seed).period(from, to).build();
    }
}
