package dev.dvc4j.stats.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DossierFactsCoderProperties {

    private static final DossierFactsCoder CODER = DossierFactsCoder.of();
    /** Times stay within {@code Instant}'s range (the facts' accessors convert to it). */
    private static final long MIN = java.time.Instant.MIN.getEpochSecond();
    private static final long MAX = java.time.Instant.MAX.getEpochSecond();

    @Property(tries = 300)
    void everyFactSurvivesARoundTrip(@ForAll("facts") DossierFacts f) throws IOException {
        byte[] bytes = encode(f);
        DossierFacts back = CODER.decode(new ByteArrayInputStream(bytes));
        assertThat(back).isEqualTo(f);
        assertThat(back.supplements()).isEqualTo(f.supplements());
        assertThat(back.onlineMode()).isEqualTo(f.onlineMode());
        // Deterministic: the same fact always gives the same bytes.
        assertThat(encode(back)).isEqualTo(bytes);
    }

    @Property(tries = 200)
    void factsNestedInOneStreamDecodeInOrder(@ForAll("facts") DossierFacts a, @ForAll("facts") DossierFacts b)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CODER.encode(a, out);
        CODER.encode(b, out);
        CODER.encode(a, out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertThat(CODER.decode(in)).isEqualTo(a);
        assertThat(CODER.decode(in)).isEqualTo(b);
        assertThat(CODER.decode(in)).isEqualTo(a);
        assertThat(in.available()).isZero();
    }

    static byte[] encode(DossierFacts f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CODER.encode(f, out);
        return out.toByteArray();
    }

    /** Facts with any codes (Vietnamese letters included), any valid times (extremes too) and every enum value. */
    @Provide
    Arbitrary<DossierFacts> facts() {
        Arbitrary<String> code = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(14);
        return Combinators.combine(code, code, code, code, code, Arbitraries.longs())
                .as((c, a, p, s, v, seed) -> build(c, a, p, s, v, new Random(seed)));
    }

    private static DossierFacts build(String code, String agency, String procedure, String sector, String province,
                                      Random r) {
        long filed = switch (r.nextInt(5)) {
            case 0 -> MIN + r.nextInt(1000);
            case 1 -> MAX - r.nextInt(1000);
            case 2 -> MIN + (long) (r.nextDouble() * (MAX - MIN));
            default -> 1_700_000_000L + r.nextInt(100_000_000);
        };
        DossierFacts.Builder b = DossierFacts.builder()
                .code(code).agency(agency).procedure(procedure).sector(sector).province(province)
                .channel(pick(Channel.values(), r))
                .status(pick(DossierStatus.values(), r))
                .legacyLevel(r.nextInt(5))
                .filedEpochSecond(filed)
                .receivedEpochSecond(later(filed, r))
                .dueEpochSecond(later(filed, r))
                .finishedEpochSecond(later(filed, r))
                .returnedEpochSecond(later(filed, r))
                .paymentFlag(r.nextInt(3))
                .feeBearing(r.nextBoolean())
                .digitised(r.nextBoolean())
                .reused(r.nextBoolean())
                .electronicResult(r.nextBoolean())
                .vneid(r.nextBoolean())
                .populationData(r.nextBoolean())
                .feedback(pick(Feedback.values(), r))
                .resultDelivery(r.nextInt(4) == 0 ? null : pick(ResultDelivery.values(), r))
                .legalMaxMinutes(r.nextInt(3) == 0 ? -1 : r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(100_000))
                .distanceKm(r.nextInt(3) == 0 ? -1 : r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(1000));
        if (r.nextBoolean()) {
            b.onlineMode(pick(OnlineMode.values(), r));
        }
        int supplements = r.nextInt(4);
        for (int i = 0; i < supplements; i++) {
            long requested = later(filed, r);
            if (requested == DossierFacts.NO_TIME) {
                requested = filed;
            }
            b.addSupplementEpochSeconds(requested, later(requested, r));
        }
        return b.build();
    }

    /** No time (30%), or a time at or after {@code t}, near it or anywhere up to the last {@code Instant}. */
    private static long later(long t, Random r) {
        int kind = r.nextInt(10);
        if (kind < 3) {
            return DossierFacts.NO_TIME;
        }
        long v = kind < 8 ? t + r.nextInt(40 * 86_400) : t + (long) (r.nextDouble() * (MAX - t));
        return Math.min(v, MAX);
    }

    private static <E> E pick(E[] values, Random r) {
        return values[r.nextInt(values.length)];
    }
}
