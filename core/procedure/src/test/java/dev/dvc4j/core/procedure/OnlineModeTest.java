package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One online classification: levels, assessments and statistics share {@link OnlineMode}. */
class OnlineModeTest {

    private static ServiceLevel level(boolean onlineService, boolean fullOnline) {
        return new ServiceLevel("k", "l", 1, LocalizedText.of("mức", "level"), onlineService, fullOnline);
    }

    @Test
    void aLevelsFlagsGiveItsMode() {
        assertThat(level(false, false).onlineMode()).isEqualTo(OnlineMode.NOT_ONLINE);
        assertThat(level(true, false).onlineMode()).isEqualTo(OnlineMode.PARTIAL);
        assertThat(level(true, true).onlineMode()).isEqualTo(OnlineMode.FULL);
    }

    @Test
    void aFullOnlineLevelMustBeAnOnlineService() {
        assertThatThrownBy(() -> level(false, true)).isInstanceOf(ProcedureException.class)
                .hasMessageContaining("Level l is full online, so it must be an online service");
    }

    @Test
    void assessmentsReportTheModeOfTheirLevelAndItsPredicatesAgree() {
        Catalogue catalogue = CatalogueLoader.withDefaultValidator().loadSample();
        ServiceLevels levels = ServiceLevels.from(Dvc4j.builder().findAndRegisterModules().build());
        Set<OnlineMode> seen = EnumSet.noneOf(OnlineMode.class);
        for (ServiceOffer offer : catalogue.offers()) {
            Procedure p = catalogue.procedure(offer.procedure()).orElseThrow();
            for (LocalDate day : new LocalDate[] {LocalDate.of(2021, 6, 1), LocalDate.of(2026, 6, 1)}) {
                LevelAssessment a = levels.assess(p, offer, day);
                OnlineMode mode = a.onlineMode();
                seen.add(mode);
                assertThat(mode).isEqualTo(a.level().onlineMode());
                assertThat(a.isFullOnline()).isEqualTo(mode == OnlineMode.FULL);
                assertThat(a.isOnlineService()).isEqualTo(mode != OnlineMode.NOT_ONLINE);
                if (a.legacyLevel() > 0) {
                    // The legacy equivalents follow common practice: level 4 full, level 3 partial, below not online.
                    assertThat(mode).as(a.toString()).isEqualTo(OnlineMode.ofLegacyLevel(a.legacyLevel()));
                }
            }
        }
        assertThat(seen).as("the sample catalogue reaches several modes").hasSizeGreaterThan(1);
    }

    @Test
    void legacyLevelsMapByCommonPractice() {
        assertThat(OnlineMode.ofLegacyLevel(4)).isEqualTo(OnlineMode.FULL);
        assertThat(OnlineMode.ofLegacyLevel(3)).isEqualTo(OnlineMode.PARTIAL);
        assertThat(OnlineMode.ofLegacyLevel(2)).isEqualTo(OnlineMode.NOT_ONLINE);
        assertThat(OnlineMode.ofLegacyLevel(0)).isEqualTo(OnlineMode.NOT_ONLINE);
    }
}
