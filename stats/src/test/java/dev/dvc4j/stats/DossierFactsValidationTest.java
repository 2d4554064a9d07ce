package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Facts refuse times no instant can hold, with a clear error, and the builder can go on. */
class DossierFactsValidationTest {

    static DossierFacts.Builder valid() {
        return DossierFacts.builder().code("c").channel(Channel.ONLINE).status(DossierStatus.FILED)
                .filedAt(Instant.parse("2026-03-02T02:00:00Z"));
    }

    @Test
    void epochSecondsOutsideTheInstantRangeAreRefused() {
        DossierFacts.Builder b = valid().dueEpochSecond(Long.MAX_VALUE - 1);
        assertThatThrownBy(b::build).isInstanceOfSatisfying(StatsException.class, e -> {
            assertThat(e.code()).isEqualTo("stats.facts.invalid");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("The due time").contains("outside the representable range");
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("nằm ngoài phạm vi thời gian");
        });
        assertThatThrownBy(() -> valid().addSupplementEpochSeconds(Instant.parse("2026-03-03T02:00:00Z").getEpochSecond(),
                Long.MAX_VALUE - 5).build()).isInstanceOf(StatsException.class).hasMessageContaining("supplement");
        // the builder is unchanged by a failed build: fixing the field makes it valid
        assertThat(b.dueAt(Instant.parse("2026-03-09T02:00:00Z")).build().dueAt()).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
    }
}
