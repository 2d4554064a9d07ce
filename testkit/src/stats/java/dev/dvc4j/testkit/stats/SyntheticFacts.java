package dev.dvc4j.testkit.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import dev.dvc4j.testkit.SyntheticDossiers;
import dev.dvc4j.testkit.internal.OfficeHours;
import dev.dvc4j.testkit.internal.SyntheticDraws;
import dev.dvc4j.testkit.internal.SyntheticSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A seeded generator of synthetic {@link DossierFacts} at national scale, for statistics tests, benchmarks and
 * demonstrations: dossiers of 300 procedures (legacy levels 2 to 4, some fee-bearing, in 24 sectors) at 60 agencies
 * spread over the provinces that existed when the period starts (from the bundled gazetteer,
 * {@link Provinces#bundled()}), on every channel and in every status, with due times, supplement requests (some
 * still open), payments, digitisation flags and feedback. All data is synthetic: codes and proportions are
 * invented, only plausible.
 *
 * <p>It is the facts-level member of the family of {@link SyntheticDossiers}, and shares its settings and draws:
 * each fact depends only on the seed and its index; a dataset of {@code count} facts is spread evenly over the
 * filing period in index order; filings fall in office hours on working days (online ones also in the evening and
 * on days off); reception, the processing time as a share of the time allowed and the return of the result follow
 * the same distributions. Facts are drawn directly rather than derived from dossier histories, so tens of millions
 * of them fit a benchmark, and their codes are shared string instances, so millions of facts stay compact.
 *
 * <p>Like {@link SyntheticDossiers} it needs no jqwik at run time. The same seed and settings always give the same
 * facts; {@link #stream(long)} is lazy and holds only a few counters, so any number of facts is generated in
 * constant memory, in filing-day order.
 *
 * <pre>{@code
 * SyntheticFacts gen = SyntheticFacts.builder().seed(2026)
 *         .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).build();
 * gen.stream(1_000_000).forEach(accumulator::add);
 * }</pre>
 */
public final class SyntheticFacts {

    /** The dataset's label, to show wherever its figures are shown. */
    public static final LocalizedText LABEL = LocalizedText.of(
            "Dữ liệu thống kê tổng hợp (giả lập) trên cả nước, không phải số liệu thật",
            "Synthetic nationwide statistics data, not real figures");

    /** How many agencies receive dossiers, spread over the provinces in turn. */
    public static final int AGENCIES = 60;
    /** How many procedures dossiers are filed for. */
    public static final int PROCEDURES = 300;
    /** How many sectors the procedures belong to. */
    public static final int SECTORS = 24;

    private static final DossierStatus[] NOT_RECEIVED = {DossierStatus.FILED, DossierStatus.REFUSED_AT_RECEPTION};
    private static final DossierStatus[] OPEN = {DossierStatus.RECEIVED, DossierStatus.PROCESSING,
        DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION_REQUESTED};
    private static final DossierStatus[] FINISHED = {DossierStatus.WITHDRAWN, DossierStatus.STOPPED,
        DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED};
    private static final Feedback[] FEEDBACK = {Feedback.NONE, Feedback.SATISFIED, Feedback.DISSATISFIED,
        Feedback.COMPLAINT};

    private final SyntheticSettings settings;
    private final OfficeHours hours;
    private final List<String> provinces;
    private final String[] agencies = new String[AGENCIES];
    private final String[] agencyProvince = new String[AGENCIES];
    private final String[] procedures = new String[PROCEDURES];
    private final int[] procedureLevel = new int[PROCEDURES];
    private final boolean[] procedureFees = new boolean[PROCEDURES];
    private final String[] procedureSector = new String[PROCEDURES];

    private SyntheticFacts(Builder b) {
        this.settings = b.settings.copy();
        this.hours = settings.officeHours();
        this.provinces = (b.provinces != null ? b.provinces : Provinces.bundled()).at(settings.from()).stream()
                .map(Province::code).toList();
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("the gazetteer has no province on " + settings.from());
        }
        for (int i = 0; i < AGENCIES; i++) {
            agencyProvince[i] = provinces.get(i % provinces.size());
            agencies[i] = String.format("000.%02d.%02d.H%s", i % 7, i, agencyProvince[i]);
        }
        String[] sectors = new String[SECTORS];
        for (int i = 0; i < SECTORS; i++) {
            sectors[i] = String.format("LV%02d", i + 1);
        }
        // The catalogue is drawn from the seed too, apart from the facts' draws.
        SplittableRandom catalogue = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        for (int i = 0; i < PROCEDURES; i++) {
            procedures[i] = String.format("%d.%06d", 1 + i % 2, 1000 + i * 7);
            // 10% at level 2, 45% at level 3, 45% at level 4; 45% fee-bearing
            procedureLevel[i] = 2 + SyntheticDraws.band(catalogue, 100, 10, 55);
            procedureFees[i] = SyntheticDraws.chance(catalogue, 45);
            procedureSector[i] = sectors[catalogue.nextInt(SECTORS)];
        }
    }

    /**
     * A builder with the defaults: seed 0, the year 2025, the national working calendar's working days and the
     * bundled gazetteer's provinces, as {@link SyntheticDossiers#builder()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the codes of the provinces the agencies are in: those of the gazetteer on the period's first day */
    public List<String> provinces() {
        return provinces;
    }

    /**
     * A lazy stream of facts in filing-day order. Each fact depends only on the seed, its index and the count, so
     * the stream is reproducible.
     *
     * @param count how many facts
     * @return the facts
     * @throws IllegalArgumentException if the count is negative
     */
    public Stream<DossierFacts> stream(long count) {
        return settings.stream(count, this::build);
    }

    /**
     * One fact, independent of any stream: the one {@link #stream(long) stream(count)} yields at this index.
     *
     * @param index its index (which day of the period it is filed on, with {@code count})
     * @param count the number of facts spread over the period, positive
     * @return the fact
     * @throws IllegalArgumentException if the count is not positive
     */
    public DossierFacts facts(long index, long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        return build(index, settings.filingDay(index, count));
    }

    private DossierFacts build(long index, LocalDate day) {
        SplittableRandom r = new SplittableRandom(SyntheticDraws.itemSeed(settings.seed(), index));
        int p = r.nextInt(PROCEDURES);
        int level = procedureLevel[p];
        // Level 4 procedures are filed online more than level 3 ones; levels 2 and below not at all.
        Channel channel = SyntheticDraws.channel(r, level == 4 ? 55 : level == 3 ? 25 : 0, 7);
        int agency = r.nextInt(AGENCIES);
        long filed = hours.filingTime(r, day, channel);
        DossierFacts.Builder b = DossierFacts.builder()
                .code(agencies[agency] + "-" + (index + 1))
                .agency(agencies[agency])
                .procedure(procedures[p])
                .sector(procedureSector[p])
                .province(agencyProvince[agency])
                .channel(channel)
                .legacyLevel(level)
                .filedEpochSecond(filed);
        // 0.8% not yet received, 0.7% refused at reception
        int fate = SyntheticDraws.band(r, 1000, 8, 15);
        if (fate < NOT_RECEIVED.length) {
            return b.status(NOT_RECEIVED[fate]).build();
        }
        long received = hours.receptionTime(r, channel, filed);
        b.receivedEpochSecond(received);
        // Appointments (due times) fall in office hours; some facts carry the legal maximum instead.
        int periodDays = 1 + r.nextInt(20);
        long due = hours.next(received + periodDays * 86_400L);
        if (SyntheticDraws.chance(r, 3)) {
            b.legalMaxMinutes(periodDays * 1440);
        } else {
            b.dueEpochSecond(due);
        }
        long duration = (long) ((due - received) * SyntheticDraws.processingShare(r));
        // Supplement requests come in office hours; applicants answer at any time, and the wait adds to the time.
        int supplements = SyntheticDraws.chance(r, 8) ? 1 + r.nextInt(2) : 0;
        long t = received;
        boolean openRequest = false;
        for (int i = 0; i < supplements; i++) {
            long requested = hours.next(t + 3600 + r.nextInt(2 * 86_400));
            if (i == supplements - 1 && SyntheticDraws.chance(r, 15)) {
                b.addSupplementEpochSeconds(requested, DossierFacts.NO_TIME);
                openRequest = true;
                break;
            }
            long done = requested + 3600 + r.nextInt(5 * 86_400);
            b.addSupplementEpochSeconds(requested, done);
            duration += done - requested;
            t = done;
        }
        ResultDelivery delivery = SyntheticDraws.resultDelivery(r, channel);
        b.resultDelivery(delivery);
        // 10% still open, 2% withdrawn, 2% stopped, 31% processed, 55% with the result returned
        int end = SyntheticDraws.band(r, 100, 10, 12, 14, 45);
        DossierStatus status;
        if (openRequest) {
            status = DossierStatus.SUPPLEMENT_REQUESTED;
        } else if (end == 0) {
            status = OPEN[r.nextInt(OPEN.length)];
        } else {
            long finished = hours.next(Math.max(received + duration, t + 3600));
            status = FINISHED[end - 1];
            b.finishedEpochSecond(finished);
            if (status == DossierStatus.RESULT_RETURNED) {
                b.returnedEpochSecond(hours.returnTime(r, delivery, finished));
            }
        }
        b.status(status);
        boolean fees = procedureFees[p];
        b.feeBearing(fees);
        if (fees && SyntheticDraws.chance(r, channel == Channel.ONLINE ? 60 : 5)) {
            b.paymentFlag(1 + r.nextInt(2));
        }
        b.digitised(SyntheticDraws.chance(r, 70));
        b.reused(SyntheticDraws.chance(r, 25));
        b.electronicResult(delivery == ResultDelivery.ONLINE || SyntheticDraws.chance(r, channel == Channel.ONLINE ? 80 : 30));
        b.vneid(channel == Channel.ONLINE && SyntheticDraws.chance(r, 50));
        b.populationData(SyntheticDraws.chance(r, 20));
        // no feedback from 60%, satisfied 35%, dissatisfied 3%, a complaint from 2%
        b.feedback(FEEDBACK[SyntheticDraws.band(r, 100, 60, 95, 98)]);
        b.distanceKm(SyntheticDraws.chance(r, 90) ? r.nextInt(320) : -1);
        return b.build();
    }

    /** Builds a {@link SyntheticFacts}. */
    public static final class Builder {
        private final SyntheticSettings settings = new SyntheticSettings();
        private Provinces provinces;

        private Builder() {
        }

        /**
         * @param seed the seed; the same seed gives the same facts
         * @return this builder
         */
        public Builder seed(long seed) {
            settings.seed(seed);
            return this;
        }

        /**
         * The filing period.
         *
         * @param from the first filing day
         * @param to the last filing day (inclusive)
         * @return this builder
         * @throws IllegalArgumentException if the period ends before it starts
         */
        public Builder period(LocalDate from, LocalDate to) {
            settings.period(from, to);
            return this;
        }

        /**
         * Which days are working days (for office hours); defaults to the national calendar's
         * ({@link WorkingCalendar#vietnam()}).
         *
         * @param workingDay the test
         * @return this builder
         */
        public Builder workingDays(Predicate<LocalDate> workingDay) {
            settings.workingDays(workingDay);
            return this;
        }

        /**
         * The gazetteer whose provinces on the period's first day the agencies are spread over; defaults to
         * {@link Provinces#bundled()} (34 provinces from 2025-07-01, 63 before).
         *
         * @param provinces the gazetteer
         * @return this builder
         */
        public Builder provinces(Provinces provinces) {
            this.provinces = Objects.requireNonNull(provinces, "provinces");
            return this;
        }

        /**
         * @return the generator
         * @throws IllegalArgumentException if the gazetteer has no province on the period's first day
         */
        public SyntheticFacts build() {
            return new SyntheticFacts(this);
        }
    }

    @Override
    public String toString() {
        return "SyntheticFacts[" + settings + ", provinces=" + provinces.size() + "]";
    }
}
