package dev.dvc4j.testkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.stats.DossierFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SyntheticFactsTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    static SyntheticFacts gen(long seed) {
        return SyntheticFacts.builder().seed(seed).period(FROM, TO).build();
    }

    @Test
    void theSameSeedGivesTheSameFactsAndAnotherSeedOthers() {
        List<DossierFacts> a = gen(7).stream(500).toList();
        assertThat(gen(7).stream(500).toList()).isEqualTo(a);
        assertThat(gen(8).stream(500).toList()).isNotEqualTo(a);
    }

    @Property(tries = 50)
    void eachFactAloneIsTheOneTheStreamYields(@ForAll @LongRange(min = 1, max = 400) long count,
                                               @ForAll @LongRange(min = 0, max = 399) long at) {
        long index = at % count;
        SyntheticFacts g = gen(count * 31 + at);
        assertThat(g.facts(index, count)).isEqualTo(g.stream(count).skip(index).findFirst().orElseThrow());
    }

    @Test
    void proportionsLookLikeTheSyntheticDossiers() {
        int n = 20_000;
        int online = 0;
        int onlineLevel4 = 0;
        int level4 = 0;
        int postal = 0;
        int withSupplements = 0;
        int openRequests = 0;
        int measured = 0;
        int late = 0;
        Set<DossierStatus> statuses = EnumSet.noneOf(DossierStatus.class);
        Set<ResultDelivery> deliveries = EnumSet.noneOf(ResultDelivery.class);
        Set<String> codes = new HashSet<>();
        SyntheticFacts g = gen(2026);
        for (DossierFacts f : g.stream(n).toList()) {
            assertThat(codes.add(f.code())).as("unique code %s", f.code()).isTrue();
            ZonedDateTime filed = f.filedAt().atZone(ZoneOffset.ofHours(7));
            assertThat(filed.toLocalDate()).isBetween(FROM, TO.plusDays(10));
            if (f.channel() != Channel.ONLINE) {
                // Counters and post offices: working days, office hours only.
                assertThat(WorkingCalendar.vietnam().isWorkingDay(filed.toLocalDate())).as("%s", filed).isTrue();
                assertThat(officeHours(filed.toLocalTime())).as("%s", filed).isTrue();
            }
            if (f.channel() == Channel.IN_PERSON && f.receivedAt() != null) {
                assertThat(f.receivedAt()).isBetween(f.filedAt().plusSeconds(180), f.filedAt().plusSeconds(17 * 60));
            }
            online += f.channel() == Channel.ONLINE ? 1 : 0;
            if (f.legacyLevel() == 4) {
                level4++;
                onlineLevel4 += f.channel() == Channel.ONLINE ? 1 : 0;
            }
            if (f.legacyLevel() < 3) {
                assertThat(f.channel()).isNotEqualTo(Channel.ONLINE);
            }
            postal += f.channel() == Channel.POSTAL ? 1 : 0;
            withSupplements += f.supplementCount() > 0 ? 1 : 0;
            for (int i = 0; i < f.supplementCount(); i++) {
                openRequests += f.supplementCompletedEpochSecond(i) == DossierFacts.NO_TIME ? 1 : 0;
            }
            if (f.finishedAt() != null && f.dueAt() != null && f.supplementCount() == 0) {
                measured++;
                late += f.finishedAt().isAfter(f.dueAt()) ? 1 : 0;
            }
            if (f.returnedAt() != null) {
                assertThat(f.returnedAt()).isAfterOrEqualTo(f.finishedAt());
            }
            statuses.add(f.status());
            if (f.resultDelivery() != null) {
                deliveries.add(f.resultDelivery());
            }
            assertThat(g.provinces()).contains(f.province());
            assertThat(f.agency()).endsWith(".H" + f.province());
        }
        assertThat(100.0 * onlineLevel4 / level4).isBetween(50.0, 60.0);
        assertThat(100.0 * online / n).isBetween(25.0, 40.0);
        assertThat(100.0 * postal / n).isBetween(5.0, 9.0);
        assertThat(100.0 * withSupplements / n).isBetween(6.0, 10.0);
        assertThat(openRequests).isPositive();
        assertThat(100.0 * late / measured).isBetween(3.0, 12.0);
        assertThat(statuses).containsExactlyInAnyOrder(DossierStatus.FILED, DossierStatus.REFUSED_AT_RECEPTION,
                DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.FINANCIAL_OBLIGATION_REQUESTED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED,
                DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);
        assertThat(deliveries).containsExactlyInAnyOrder(ResultDelivery.values());
        assertThat(codes).hasSize(n);
    }

    private static boolean officeHours(LocalTime t) {
        return !t.isBefore(LocalTime.of(7, 30)) && t.isBefore(LocalTime.of(11, 30))
                || !t.isBefore(LocalTime.of(13, 0)) && t.isBefore(LocalTime.of(17, 0));
    }

    @Test
    void factsAreSpreadOverThePeriodInFilingDayOrder() {
        List<DossierFacts> facts = gen(3).stream(3_000).toList();
        LocalDate first = day(facts.get(0).filedAt());
        LocalDate last = day(facts.get(facts.size() - 1).filedAt());
        assertThat(first).isBefore(FROM.plusDays(5));
        assertThat(last).isAfter(TO.minusDays(5));
        // A filing moves forward past days off, never back before its index day: the index days never go back.
        for (int i = 0; i < facts.size(); i++) {
            LocalDate indexDay = FROM.plusDays((long) i * 90 / facts.size());
            assertThat(day(facts.get(i).filedAt())).isAfterOrEqualTo(indexDay);
        }
    }

    private static LocalDate day(Instant t) {
        return t.atZone(ZoneOffset.ofHours(7)).toLocalDate();
    }

    @Test
    void agenciesAreInTheProvincesOfTheGazetteerWhenThePeriodStarts() {
        List<String> before = SyntheticFacts.builder().period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).build()
                .provinces();
        List<String> after = SyntheticFacts.builder().period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)).build()
                .provinces();
        assertThat(before).hasSize(63).contains("74");
        assertThat(after).hasSize(34).doesNotContain("74").contains("79");
        assertThat(after).isEqualTo(Provinces.bundled().at(LocalDate.of(2025, 7, 1)).stream().map(Province::code).toList());
        Provinces one = Provinces.of(List.of(Provinces.bundled().byCode("42", LocalDate.of(2026, 1, 1))));
        SyntheticFacts single = SyntheticFacts.builder().period(FROM, TO).provinces(one).build();
        assertThat(single.stream(200).map(DossierFacts::province).distinct().toList()).containsExactly("42");
    }

    @Test
    void countersAndPostOfficesOpenOnTheWorkingDaysGiven() {
        SyntheticFacts mondays = SyntheticFacts.builder().seed(4).period(FROM, TO)
                .workingDays(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY).build();
        List<DossierFacts> counter = mondays.stream(500).filter(f -> f.channel() != Channel.ONLINE).toList();
        assertThat(counter).isNotEmpty().allSatisfy(f -> assertThat(day(f.filedAt()).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> gen(1).stream(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThat(gen(1).stream(0)).isEmpty();
        assertThatThrownBy(() -> gen(1).facts(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
        assertThat(gen(1).facts(0, 1)).isNotNull();
        assertThatThrownBy(() -> SyntheticFacts.builder().period(TO, FROM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
        assertThat(SyntheticFacts.builder().period(FROM, FROM).build().stream(10)).hasSize(10);
        assertThatThrownBy(() -> SyntheticFacts.builder().period(null, TO)).isInstanceOf(NullPointerException.class)
                .hasMessage("from");
        assertThatThrownBy(() -> SyntheticFacts.builder().workingDays(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("workingDay");
        Provinces future = Provinces.of(List.of(new Province("99", "Tương Lai", LocalDate.of(2030, 1, 1), null, "none",
                "none", false, null)));
        assertThatThrownBy(() -> SyntheticFacts.builder().period(FROM, TO).provinces(future).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no province on 2026-01-01");
        assertThat(gen(5).toString()).isEqualTo("SyntheticFacts[seed=5, 2026-01-01..2026-03-31, provinces=34]");
    }
}
