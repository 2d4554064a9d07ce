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
import dev.dvc4j.stats.Feedback;
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

    private static double share(long part, long whole) {
        assertThat(whole).as("a share of nothing").isPositive();
        return 100.0 * part / whole;
    }

    /**
     * One pass checks the catalogue (60 agencies over the provinces in turn, 300 procedures of levels 2 to 4 in 24
     * sectors, some fee-bearing) and every draw of a fact against the proportions the generator is built on.
     */
    @Test
    void eachFactLooksLikeTheSeeds() {
        SyntheticFacts g = gen(11);
        List<String> provinces = g.provinces();
        java.util.Map<String, String> procedureSector = new java.util.HashMap<>();
        java.util.Map<String, Integer> procedureLevel = new java.util.HashMap<>();
        java.util.Map<String, Boolean> procedureFees = new java.util.HashMap<>();
        Set<String> agencies = new HashSet<>();
        long level3 = 0;
        long level3Online = 0;
        long notReceived = 0;
        long filedOnly = 0;
        long legalMax = 0;
        long received = 0;
        long withSupplements = 0;
        long twoSupplements = 0;
        long open = 0;
        long withdrawn = 0;
        long stopped = 0;
        long processed = 0;
        long returned = 0;
        long feeOnline = 0;
        long feeOnlinePaid = 0;
        long feeOther = 0;
        long feeOtherPaid = 0;
        java.util.Map<Integer, Integer> flags = new java.util.HashMap<>();
        long digitised = 0;
        long reused = 0;
        long onlineNotOnlineDelivery = 0;
        long onlineElectronic = 0;
        long otherNotOnlineDelivery = 0;
        long otherElectronic = 0;
        long openRequests = 0;
        long online = 0;
        long vneid = 0;
        long population = 0;
        java.util.Map<Feedback, Integer> feedback = new java.util.EnumMap<>(Feedback.class);
        long noDistance = 0;
        int n = 10_000;
        long index = 0;
        for (DossierFacts f : g.stream(n).toList()) {
            index++;
            assertThat(f.code()).as("the agency and the fact's number").isEqualTo(f.agency() + "-" + index);
            agencies.add(f.agency());
            assertThat(f.agency()).matches("000\\.0[0-6]\\.\\d\\d\\.H\\d\\d");
            int a = Integer.parseInt(f.agency().substring(7, 9));
            assertThat(f.agency()).isEqualTo(String.format("000.%02d.%02d.H%s", a % 7, a, provinces.get(a % provinces.size())));
            assertThat(f.code()).startsWith(f.agency() + "-");
            assertThat(f.procedure()).matches("[12]\\.\\d{6}");
            int number = Integer.parseInt(f.procedure().substring(2));
            assertThat((number - 1000) % 7).isZero();
            assertThat(f.procedure()).startsWith((1 + (number - 1000) / 7 % 2) + ".");
            assertThat(procedureSector.merge(f.procedure(), f.sector(), (x, y) -> x)).isEqualTo(f.sector());
            assertThat(procedureLevel.merge(f.procedure(), f.legacyLevel(), (x, y) -> x)).isEqualTo(f.legacyLevel());
            assertThat(f.sector()).matches("LV(0[1-9]|1\\d|2[0-4])");
            boolean isOnline = f.channel() == Channel.ONLINE;
            online += isOnline ? 1 : 0;
            if (f.legacyLevel() == 3) {
                level3++;
                level3Online += isOnline ? 1 : 0;
            }
            if (f.receivedAt() == null) {
                notReceived++;
                filedOnly += f.status() == DossierStatus.FILED ? 1 : 0;
                assertThat(f.status()).isIn(DossierStatus.FILED, DossierStatus.REFUSED_AT_RECEPTION);
                continue;
            }
            received++;
            // Fees are a procedure's, told of facts received.
            assertThat(procedureFees.merge(f.procedure(), f.feeBearing(), (x, y) -> x)).isEqualTo(f.feeBearing());
            if (f.legalMaxMinutes() > 0) {
                legalMax++;
                assertThat(f.dueAt()).isNull();
                assertThat(f.legalMaxMinutes() % 1440).isZero();
                assertThat(f.legalMaxMinutes() / 1440).isBetween(1, 20);
            } else {
                assertThat(f.dueAt()).isAfter(f.receivedAt().plusSeconds(86_400 - 1));
                assertThat(f.dueAt()).isBefore(f.receivedAt().plusSeconds(32 * 86_400L));
            }
            withSupplements += f.supplementCount() > 0 ? 1 : 0;
            twoSupplements += f.supplementCount() == 2 ? 1 : 0;
            assertThat(f.supplementCount()).isBetween(0, 2);
            for (int i = 0; i < f.supplementCount(); i++) {
                long requested = f.supplementRequestedEpochSecond(i);
                long done = f.supplementCompletedEpochSecond(i);
                assertThat(requested).isGreaterThanOrEqualTo(f.receivedEpochSecond() + 3600);
                if (done == DossierFacts.NO_TIME) {
                    openRequests++;
                    assertThat(i).as("only the last request stays open").isEqualTo(f.supplementCount() - 1);
                    assertThat(f.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
                } else {
                    assertThat(done - requested).isBetween(3600L, 3600L + 5 * 86_400);
                }
            }
            if (f.finishedAt() != null) {
                assertThat(f.finishedEpochSecond()).isGreaterThanOrEqualTo(f.receivedEpochSecond() + 3600);
                for (int i = 0; i < f.supplementCount(); i++) {
                    assertThat(f.finishedEpochSecond()).isGreaterThan(f.supplementCompletedEpochSecond(i));
                }
            }
            switch (f.status()) {
                case WITHDRAWN -> withdrawn++;
                case STOPPED -> stopped++;
                case PROCESSED -> processed++;
                case RESULT_RETURNED -> returned++;
                default -> {
                    assertThat(f.status()).isIn(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION_REQUESTED);
                    assertThat(f.finishedAt()).isNull();
                    open++;
                }
            }
            assertThat(f.returnedAt() != null).isEqualTo(f.status() == DossierStatus.RESULT_RETURNED);
            if (f.feeBearing()) {
                if (isOnline) {
                    feeOnline++;
                    feeOnlinePaid += f.paymentFlag() > 0 ? 1 : 0;
                } else {
                    feeOther++;
                    feeOtherPaid += f.paymentFlag() > 0 ? 1 : 0;
                }
                flags.merge(f.paymentFlag(), 1, Integer::sum);
            } else {
                assertThat(f.paymentFlag()).isZero();
            }
            digitised += f.digitised() ? 1 : 0;
            reused += f.reused() ? 1 : 0;
            if (f.resultDelivery() == ResultDelivery.ONLINE) {
                assertThat(f.electronicResult()).isTrue();
            } else if (isOnline) {
                onlineNotOnlineDelivery++;
                onlineElectronic += f.electronicResult() ? 1 : 0;
            } else {
                otherNotOnlineDelivery++;
                otherElectronic += f.electronicResult() ? 1 : 0;
            }
            assertThat(!f.vneid() || isOnline).isTrue();
            vneid += f.vneid() ? 1 : 0;
            population += f.populationData() ? 1 : 0;
            feedback.merge(f.feedback(), 1, Integer::sum);
            assertThat(f.distanceKm()).isBetween(-1, 319);
            noDistance += f.distanceKm() == -1 ? 1 : 0;
        }
        assertThat(agencies).hasSize(SyntheticFacts.AGENCIES);
        assertThat(procedureLevel).hasSize(SyntheticFacts.PROCEDURES);
        assertThat(java.util.Set.copyOf(procedureSector.values())).hasSize(SyntheticFacts.SECTORS);
        assertThat(share(procedureLevel.values().stream().filter(l -> l == 2).count(), SyntheticFacts.PROCEDURES)).isBetween(5.0, 15.0);
        assertThat(share(procedureLevel.values().stream().filter(l -> l == 3).count(), SyntheticFacts.PROCEDURES)).isBetween(38.0, 52.0);
        assertThat(share(procedureFees.values().stream().filter(x -> x).count(), SyntheticFacts.PROCEDURES)).isBetween(38.0, 52.0);
        assertThat(share(level3Online, level3)).isBetween(21.0, 29.0);
        assertThat(share(notReceived, n)).isBetween(1.0, 2.2);
        assertThat(share(filedOnly, notReceived)).isBetween(30.0, 75.0);
        assertThat(share(legalMax, received)).isBetween(2.0, 4.0);
        assertThat(share(withSupplements, received)).isBetween(7.0, 9.0);
        assertThat(share(twoSupplements, withSupplements)).isBetween(40.0, 60.0);
        assertThat(share(open, received)).isBetween(9.0, 13.5);
        assertThat(share(withdrawn, received)).isBetween(1.2, 2.6);
        assertThat(share(stopped, received)).isBetween(1.2, 2.6);
        assertThat(share(processed, received)).isBetween(28.0, 33.0);
        assertThat(share(returned, received)).isBetween(51.5, 57.0);
        assertThat(share(feeOnlinePaid, feeOnline)).isBetween(55.0, 65.0);
        assertThat(share(feeOtherPaid, feeOther)).isBetween(3.0, 7.0);
        assertThat(flags.keySet()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(share(digitised, received)).isBetween(68.0, 72.0);
        assertThat(share(reused, received)).isBetween(23.0, 27.0);
        // Results sent otherwise than online are electronic for 80% of online filings, 30% of the others.
        assertThat(share(onlineElectronic, onlineNotOnlineDelivery)).isBetween(72.0, 88.0);
        assertThat(share(otherElectronic, otherNotOnlineDelivery)).isBetween(26.0, 34.0);
        // The last request of a fact stays open for 15% of the facts with requests.
        assertThat(share(openRequests, withSupplements)).isBetween(9.0, 22.0);
        assertThat(share(vneid, online)).isBetween(47.0, 53.0);
        assertThat(share(population, received)).isBetween(18.5, 21.5);
        assertThat(share(feedback.get(Feedback.NONE), received)).isBetween(58.0, 62.0);
        assertThat(share(feedback.get(Feedback.SATISFIED), received)).isBetween(33.0, 37.0);
        assertThat(share(feedback.get(Feedback.DISSATISFIED), received)).isBetween(2.4, 3.6);
        assertThat(share(feedback.get(Feedback.COMPLAINT), received)).isBetween(1.5, 2.5);
        assertThat(share(noDistance, received)).isBetween(9.0, 11.0);
    }

    @Test
    void theCatalogueOfProceduresIsDrawnFromTheSeed() {
        java.util.Map<String, String> a = catalogue(gen(0));
        java.util.Map<String, String> b = catalogue(gen(1L << 40));
        assertThat(catalogue(gen(0))).isEqualTo(a);
        java.util.Set<String> both = new HashSet<>(a.keySet());
        both.retainAll(b.keySet());
        assertThat(both).hasSizeGreaterThan(100);
        assertThat(both.stream().filter(p -> !a.get(p).equals(b.get(p))).count()).as("procedures profiled differently")
                .isGreaterThan(both.size() / 2L);
    }

    /** Each procedure's sector and level, as the facts of a generator tell them. */
    private static java.util.Map<String, String> catalogue(SyntheticFacts g) {
        java.util.Map<String, String> profile = new java.util.TreeMap<>();
        g.stream(3_000).forEach(f -> profile.put(f.procedure(), f.sector() + " level " + f.legacyLevel()));
        return profile;
    }
}
