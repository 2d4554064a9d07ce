package dev.dvc4j.stats.synthetic;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Deterministic synthetic {@link DossierFacts} for tests, benchmarks and demonstrations: the same seed gives the
 * same facts. Data is plausible, not real: 34 provinces, agencies, procedures and sectors drawn from fixed pools,
 * every channel and status, due times, supplement requests (some still open), payments, digitisation flags and
 * feedback. Codes are shared string instances, so millions of facts stay compact.
 */
public final class FactsGenerator implements Iterator<DossierFacts> {

    private static final String[] PROVINCES = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24",
        "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80",
        "82", "86", "91", "92", "96"};
    private static final DossierStatus[] OPEN = {DossierStatus.RECEIVED, DossierStatus.PROCESSING,
        DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION_REQUESTED};

    private final SplittableRandom random;
    private final long start;
    private final int days;
    private final String[] agencies;
    private final String[] procedures;
    private final int[] procedureLevel;
    private final boolean[] procedureFees;
    private final String[] procedureSector;
    private final String[] sectors;
    private long sequence;

    /**
     * A generator.
     *
     * @param seed the random seed
     * @param start the earliest filing time
     * @param days the span of filing times in days, positive
     */
    public FactsGenerator(long seed, Instant start, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive");
        }
        this.random = new SplittableRandom(seed);
        this.start = Objects.requireNonNull(start, "start").getEpochSecond();
        this.days = days;
        this.agencies = new String[60];
        for (int i = 0; i < agencies.length; i++) {
            agencies[i] = String.format("000.%02d.%02d.H%s", i % 7, i, PROVINCES[i % PROVINCES.length]);
        }
        this.sectors = new String[24];
        for (int i = 0; i < sectors.length; i++) {
            sectors[i] = String.format("LV%02d", i + 1);
        }
        this.procedures = new String[300];
        this.procedureLevel = new int[procedures.length];
        this.procedureFees = new boolean[procedures.length];
        this.procedureSector = new String[procedures.length];
        SplittableRandom catalogue = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < procedures.length; i++) {
            procedures[i] = String.format("%d.%06d", 1 + i % 2, 1000 + i * 7);
            int r = catalogue.nextInt(100);
            procedureLevel[i] = r < 10 ? 2 : r < 55 ? 3 : 4;
            procedureFees[i] = catalogue.nextInt(100) < 45;
            procedureSector[i] = sectors[catalogue.nextInt(sectors.length)];
        }
    }

    /**
     * A stream of facts.
     *
     * @param seed the seed
     * @param start the earliest filing time
     * @param days the span in days
     * @param count how many facts
     * @return the stream, sequential
     */
    public static Stream<DossierFacts> stream(long seed, Instant start, int days, long count) {
        FactsGenerator g = new FactsGenerator(seed, start, days);
        return StreamSupport.stream(Spliterators.spliterator(g, count, Spliterator.ORDERED | Spliterator.NONNULL),
                false).limit(count);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public DossierFacts next() {
        SplittableRandom r = random;
        int p = r.nextInt(procedures.length);
        int level = procedureLevel[p];
        int ch = r.nextInt(100);
        Channel channel = level >= 3 && ch < (level == 4 ? 55 : 25) ? Channel.ONLINE
                : ch > 92 ? Channel.POSTAL : Channel.IN_PERSON;
        int agency = r.nextInt(agencies.length);
        long filed = start + r.nextLong((long) days * 86_400L);
        DossierFacts.Builder b = DossierFacts.builder()
                .code(agencies[agency] + "-" + (++sequence))
                .agency(agencies[agency])
                .procedure(procedures[p])
                .sector(procedureSector[p])
                .province(PROVINCES[agency % PROVINCES.length])
                .channel(channel)
                .legacyLevel(level)
                .filedEpochSecond(filed);
        int fate = r.nextInt(1000);
        if (fate < 15) {
            // Not yet received, or refused at reception.
            return b.status(fate < 8 ? DossierStatus.FILED : DossierStatus.REFUSED_AT_RECEPTION).build();
        }
        long received = filed + (channel == Channel.IN_PERSON ? 0 : r.nextInt(3 * 86_400));
        b.receivedEpochSecond(received);
        int periodDays = 1 + r.nextInt(20);
        if (r.nextInt(100) < 3) {
            b.legalMaxMinutes(periodDays * 1440);
        } else {
            b.dueEpochSecond(received + periodDays * 86_400L);
        }
        // Processing takes around the allowed period, sometimes longer.
        long duration = (long) (periodDays * 86_400L * (0.2 + r.nextDouble() * 1.0));
        int supplements = r.nextInt(100) < 8 ? 1 + r.nextInt(2) : 0;
        long t = received + r.nextInt(86_400);
        boolean openRequest = false;
        for (int i = 0; i < supplements; i++) {
            long req = t + r.nextInt(2 * 86_400);
            if (i == supplements - 1 && r.nextInt(100) < 15) {
                b.addSupplementEpochSeconds(req, DossierFacts.NO_TIME);
                openRequest = true;
                break;
            }
            long done = req + r.nextInt(5 * 86_400);
            b.addSupplementEpochSeconds(req, done);
            duration += done - req;
            t = done;
        }
        int end = r.nextInt(100);
        long finished = Math.max(received + duration, t + 3600);
        DossierStatus status;
        if (openRequest) {
            status = DossierStatus.SUPPLEMENT_REQUESTED;
        } else if (end < 10) {
            status = OPEN[r.nextInt(OPEN.length)];
        } else {
            status = end < 12 ? DossierStatus.WITHDRAWN : end < 14 ? DossierStatus.STOPPED
                    : end < 45 ? DossierStatus.PROCESSED : DossierStatus.RESULT_RETURNED;
            b.finishedEpochSecond(finished);
            if (status == DossierStatus.RESULT_RETURNED) {
                b.returnedEpochSecond(finished + r.nextInt(3 * 86_400));
            }
        }
        b.status(status);
        boolean fees = procedureFees[p];
        b.feeBearing(fees);
        if (fees && r.nextInt(100) < (channel == Channel.ONLINE ? 60 : 5)) {
            b.paymentFlag(1 + r.nextInt(2));
        }
        b.digitised(r.nextInt(100) < 70);
        b.reused(r.nextInt(100) < 25);
        b.electronicResult(r.nextInt(100) < (channel == Channel.ONLINE ? 80 : 30));
        b.vneid(channel == Channel.ONLINE && r.nextInt(100) < 50);
        b.populationData(r.nextInt(100) < 20);
        int fb = r.nextInt(100);
        b.feedback(fb < 60 ? Feedback.NONE : fb < 95 ? Feedback.SATISFIED : fb < 98 ? Feedback.DISSATISFIED
                : Feedback.COMPLAINT);
        int rd = r.nextInt(100);
        b.resultDelivery(rd < 50 ? ResultDelivery.COUNTER : rd < 80 ? ResultDelivery.ONLINE : ResultDelivery.POSTAL);
        b.distanceKm(r.nextInt(100) < 90 ? r.nextInt(320) : -1);
        return b.build();
    }
}
