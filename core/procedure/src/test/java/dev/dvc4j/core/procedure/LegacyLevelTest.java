package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every assessment names its Decree 43/2011 level, under the old regime and through the new one's mapping. */
class LegacyLevelTest {

    @Test
    void legacyLevelUnderBothRegimes() {
        Catalogue catalogue = CatalogueLoader.withDefaultValidator().loadSample();
        ServiceLevels levels = ServiceLevels.from(Dvc4j.builder().findAndRegisterModules().build());
        int checked = 0;
        for (ServiceOffer offer : catalogue.offers()) {
            Procedure p = catalogue.procedure(offer.procedure()).orElseThrow();
            LevelAssessment before = levels.assess(p, offer, LocalDate.of(2021, 6, 1));
            assertThat(before.level().code()).startsWith("level-");
            assertThat(before.legacyLevel()).isEqualTo(before.level().code().charAt(6) - '0');
            LevelAssessment after = levels.assess(p, offer, LocalDate.of(2026, 6, 1));
            assertThat(after.legacyLevel()).isEqualTo(after.isFullOnline() ? 4 : after.isOnlineService() ? 3 : after.legacyLevel());
            assertThat(after.legacyLevel()).isBetween(0, 4);
            checked++;
        }
        assertThat(checked).isPositive();
    }
}
