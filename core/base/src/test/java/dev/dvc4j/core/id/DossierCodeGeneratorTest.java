package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DossierCodeGeneratorTest {

    private static final AgencyCode H56 = AgencyCode.parse("000.00.21.H56");
    private static final AgencyCode H49 = AgencyCode.parse("000.00.01.H49");

    @Test
    void datesCodesWithTheDayInVietnamWhateverTheClocksZone() {
        // 2025-01-04T18:30Z is 01:30 on 5 January in Hà Nội
        Clock utc = Clock.fixed(Instant.parse("2025-01-04T18:30:00Z"), ZoneOffset.UTC);
        DossierCodeGenerator g = DossierCodeGenerator.inMemory(utc);
        assertThat(g.next(H56)).hasToString("000.00.21.H56-250105-0001");
        assertThat(g.next(H56)).hasToString("000.00.21.H56-250105-0002");
        // 16:59:59Z is still 4 January in Vietnam (23:59:59)
        DossierCodeGenerator before = DossierCodeGenerator.inMemory(Clock.fixed(Instant.parse("2025-01-04T16:59:59Z"), ZoneOffset.UTC));
        assertThat(before.next(H56)).hasToString("000.00.21.H56-250104-0001");
    }

    @Test
    void numbersPerAgencyAndPerDay() {
        DossierCodeGenerator g = new DossierCodeGenerator(Clock.systemUTC(), new InMemoryDossierSequenceSource());
        LocalDate d1 = LocalDate.of(2025, 7, 1);
        LocalDate d2 = LocalDate.of(2025, 7, 2);
        assertThat(g.next(H56, d1).sequence()).isEqualTo(1);
        assertThat(g.next(H56, d1).sequence()).isEqualTo(2);
        assertThat(g.next(H49, d1).sequence()).isEqualTo(1);
        assertThat(g.next(H56, d2).sequence()).isEqualTo(1);
        assertThat(g.next(H56, d1)).hasToString("000.00.21.H56-250701-0003");
    }

    @Test
    void concurrentCallersGetDistinctConsecutiveNumbers() throws Exception {
        InMemoryDossierSequenceSource source = new InMemoryDossierSequenceSource();
        DossierCodeGenerator g = new DossierCodeGenerator(Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC), source);
        int threads = 8;
        int each = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<DossierCode>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    List<DossierCode> out = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        out.add(g.next(i % 2 == 0 ? H56 : H49));
                    }
                    return out;
                });
            }
            Set<DossierCode> all = new HashSet<>();
            for (Future<List<DossierCode>> f : pool.invokeAll(tasks)) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(threads * each);
            for (AgencyCode a : List.of(H56, H49)) {
                assertThat(all.stream().filter(c -> c.agency().equals(a)).mapToInt(DossierCode::sequence).sorted().toArray())
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, threads * each / 2).toArray());
                assertThat(source.last(a, LocalDate.of(2025, 7, 1))).hasValue(threads * each / 2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the10000thDossierOfADayIsRefusedAndNothingChanges() {
        InMemoryDossierSequenceSource source = new InMemoryDossierSequenceSource();
        DossierCodeGenerator g = new DossierCodeGenerator(Clock.systemUTC(), source);
        LocalDate day = LocalDate.of(2025, 7, 1);
        source.resume(H56, day, 9998);
        assertThat(g.next(H56, day)).hasToString("000.00.21.H56-250701-9999");
        for (int i = 0; i < 3; i++) {
            DossierSequenceExhaustedException e = assertThrows(DossierSequenceExhaustedException.class, () -> g.next(H56, day));
            assertThat(e.code()).isEqualTo("id.dossier-sequence.exhausted");
            assertThat(e.agency()).isEqualTo(H56);
            assertThat(e.day()).isEqualTo(day);
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("All 9999 dossier sequence numbers of agency 000.00.21.H56 on 2025-07-01 are used");
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("Đã dùng hết 9999 số thứ tự hồ sơ của cơ quan 000.00.21.H56 trong ngày 2025-07-01");
            assertThat(source.last(H56, day)).hasValue(9999);
        }
        // other agencies and days are unaffected
        assertThat(g.next(H49, day).sequence()).isEqualTo(1);
        assertThat(g.next(H56, day.plusDays(1)).sequence()).isEqualTo(1);
    }

    @Test
    void inMemorySourceCountsUpTo9999Exactly() {
        InMemoryDossierSequenceSource source = new InMemoryDossierSequenceSource();
        LocalDate day = LocalDate.of(2030, 1, 1);
        for (int i = 1; i <= 9999; i++) {
            assertThat(source.next(H56, day)).isEqualTo(i);
        }
        assertThrows(DossierSequenceExhaustedException.class, () -> source.next(H56, day));
    }

    @Test
    void resumeNeverMovesBackAndRefusesOutOfRange() {
        InMemoryDossierSequenceSource source = new InMemoryDossierSequenceSource();
        LocalDate day = LocalDate.of(2025, 7, 1);
        assertThat(source.last(H56, day)).isEmpty();
        source.resume(H56, day, 0);
        assertThat(source.last(H56, day)).isEmpty();
        source.resume(H56, day, 41);
        source.resume(H56, day, 7);
        assertThat(source.next(H56, day)).isEqualTo(42);
        assertThrows(IllegalArgumentException.class, () -> source.resume(H56, day, -1));
        assertThrows(IllegalArgumentException.class, () -> source.resume(H56, day, 10000));
        assertThat(source.last(H56, day)).hasValue(42);
    }

    @Test
    void forgetBeforeDropsPastDaysOnly() {
        InMemoryDossierSequenceSource source = new InMemoryDossierSequenceSource();
        LocalDate d1 = LocalDate.of(2025, 7, 1);
        LocalDate d2 = LocalDate.of(2025, 7, 2);
        source.next(H56, d1);
        source.next(H56, d2);
        source.forgetBefore(d2);
        assertThat(source.last(H56, d1)).isEmpty();
        assertThat(source.last(H56, d2)).hasValue(1);
        assertThat(source).hasToString("InMemoryDossierSequenceSource[1 counters]");
    }

    @Test
    void aSourceReturningNumbersOutsideTheRangeIsATypedError() {
        for (int bad : new int[] {0, -5, 10000}) {
            DossierCodeGenerator g = new DossierCodeGenerator(Clock.systemUTC(), (agency, day) -> bad);
            DossierSequenceExhaustedException e = assertThrows(DossierSequenceExhaustedException.class,
                    () -> g.next(H56, LocalDate.of(2025, 7, 1)));
            assertThat(e.code()).isEqualTo("id.dossier-sequence.out-of-range");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("The sequence source returned " + bad
                    + " for agency 000.00.21.H56 on 2025-07-01 (must be 1 to 9999)");
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("Nguồn số thứ tự trả về " + bad
                    + " cho cơ quan 000.00.21.H56 ngày 2025-07-01 (phải từ 1 đến 9999)");
        }
    }

    @Test
    void aDayOutsideTheCodesCenturyIsRefusedBeforeDrawingANumber() {
        AtomicInteger calls = new AtomicInteger();
        DossierCodeGenerator g = new DossierCodeGenerator(Clock.systemUTC(), (agency, day) -> calls.incrementAndGet());
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> g.next(H56, LocalDate.of(1999, 12, 31)));
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Receipt date 1999-12-31 is outside 2000–2099 (the code keeps two year digits)");
        assertThrows(InvalidIdentifierException.class, () -> g.next(H56, LocalDate.of(2100, 1, 1)));
        assertThat(calls).hasValue(0);
        assertThrows(NullPointerException.class, () -> g.next(null, LocalDate.of(2025, 1, 1)));
        assertThrows(NullPointerException.class, () -> g.next(H56, null));
        assertThrows(NullPointerException.class, () -> new DossierCodeGenerator(null, (a, d) -> 1));
        assertThrows(NullPointerException.class, () -> new DossierCodeGenerator(Clock.systemUTC(), null));
    }
}
