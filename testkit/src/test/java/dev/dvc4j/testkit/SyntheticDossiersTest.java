package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class SyntheticDossiersTest {

    @Test
    void theSameSeedGivesTheSameDossiersAndAnotherSeedOthers() {
        List<Dossier> a = SyntheticDossiers.builder().seed(7).build().stream(200).toList();
        List<Dossier> b = SyntheticDossiers.builder().seed(7).build().stream(200).toList();
        List<Dossier> c = SyntheticDossiers.builder().seed(8).build().stream(200).toList();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void proportionsLookLikeTheSeeds() {
        SyntheticDossiers gen = SyntheticDossiers.builder().seed(1).build();
        int n = 6_000;
        int badge = 0;
        int badgeOnline = 0;
        int postal = 0;
        int supplements = 0;
        int finished = 0;
        int late = 0;
        int open = 0;
        Set<DossierCode> codes = new HashSet<>();
        LocalDate previous = LocalDate.MIN;
        for (Dossier d : gen.stream(n).toList()) {
            assertThat(d.verifyHistory().intact()).isTrue();
            assertThat(codes.add(d.code())).as("unique code %s", d.code()).isTrue();
            LocalDate day = d.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate();
            assertThat(day.getYear()).isBetween(2025, 2026);
            if (d.procedure().national().equals("9.900001")) {
                badge++;
                badgeOnline += d.channel() == Channel.ONLINE ? 1 : 0;
            }
            postal += d.channel() == Channel.POSTAL ? 1 : 0;
            supplements += d.supplements().isEmpty() ? 0 : 1;
            if (d.processingEndedAt() != null && d.dueAt() != null) {
                finished++;
                late += d.processingEndedAt().isAfter(d.dueAt()) ? 1 : 0;
            }
            open += d.status().isTerminal() || d.status() == DossierStatus.PROCESSED ? 0 : 1;
            if (d.channel() == Channel.IN_PERSON) {
                // Counters open on working days only: never on a holiday, on a Saturday only when it is a make-up day.
                assertThat(WorkingCalendar.vietnam().isWorkingDay(day)).as("%s", day).isTrue();
            }
            previous = day;
        }
        assertThat(previous).isAfter(LocalDate.of(2025, 12, 1));
        assertThat(100.0 * badgeOnline / badge).isBetween(96.0, 99.5);
        assertThat(100.0 * postal / n).isBetween(1.0, 6.0);
        assertThat(100.0 * supplements / n).isBetween(4.0, 10.0);
        assertThat(100.0 * late / finished).isBetween(3.0, 15.0);
        assertThat(open).isPositive();
    }

    @Test
    void aHolidayPredicateKeepsCounterFilingsOffHolidays() {
        LocalDate tet = LocalDate.of(2025, 1, 29);
        SyntheticDossiers gen = SyntheticDossiers.builder().seed(3).period(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 7))
                .workingDays(d -> d.getDayOfWeek().getValue() < 6 && (d.isBefore(tet.minusDays(2)) || d.isAfter(tet.plusDays(3))))
                .build();
        gen.stream(500).filter(d -> d.channel() == Channel.IN_PERSON).forEach(d -> {
            LocalDate day = d.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate();
            assertThat(day.isBefore(tet.minusDays(2)) || day.isAfter(tet.plusDays(3))).as("%s", day).isTrue();
        });
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> SyntheticDossiers.builder().build().stream(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticDossiers.builder().period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> SyntheticDossiers.builder().procedures(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Dossier> realistic() {
        SyntheticDossiers gen = SyntheticDossiers.builder().seed(11).build();
        return net.jqwik.api.Arbitraries.randomValue(r -> gen.dossier(r.nextLong(), 1 + r.nextInt(9_999), 1_000_000));
    }

    @Property(tries = 100)
    void realisticDossiersSurviveTheJsonRoundTrip(@ForAll("realistic") Dossier d) throws Exception {
        String json = Dvc4jJson.mapper().writeValueAsString(d);
        assertThat(Dvc4jJson.mapper().readValue(json, Dossier.class)).isEqualTo(d);
    }

    @Property(tries = 30)
    void anySeedGivesLegalReplayableHistoriesInFilingOrder(@ForAll long seed) {
        LocalDate previous = LocalDate.MIN;
        for (Dossier d : SyntheticDossiers.builder().seed(seed).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .build().stream(60).toList()) {
            assertThat(Dossier.replay(d.events())).isEqualTo(d);
            assertThat(d.verifyHistory().intact()).isTrue();
            // The index day never goes back; a filing may move forward past a day off, never before its index day.
            LocalDate filed = d.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate();
            assertThat(filed).isAfterOrEqualTo(LocalDate.of(2026, 1, 1));
            previous = filed.isAfter(previous) ? filed : previous;
        }
        assertThat(previous).isBefore(LocalDate.of(2026, 4, 30));
    }
}
