package dev.dvc4j.core.dossier;

import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.core.spi.Dvc4jModule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads share one runtime, one deadline policy and the shared mapper, and all compute the same results. */
class SharedRuntimeStressTest {

    public static final class PolicyModule implements Dvc4jModule {
        @Override
        public String name() {
            return "policy";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(CalendarPoints.DEADLINE_POLICY, new SimpleDeadlinePolicy(SupplementClock.SUBTRACT));
        }
    }

    @Test
    void threadsSharingOneRuntimeNeverDiverge() throws Exception {
        Dvc4j dvc4j = Dvc4j.builder().register(new PolicyModule()).build();
        int threads = 8;
        int perThread = 400;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> heads = ConcurrentHashMap.newKeySet();
        Set<String> jsons = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                int n = 0;
                for (int i = 0; i < perThread; i++) {
                    DeadlinePolicy policy = dvc4j.get(CalendarPoints.DEADLINE_POLICY);
                    Dossier d = lifecycle(policy);
                    heads.add(d.headHash());
                    String json = Dvc4jJson.mapper().writeValueAsString(d);
                    jsons.add(json);
                    if (Dvc4jJson.mapper().readValue(json, Dossier.class).equals(d)) {
                        n++;
                    }
                }
                return n;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : futures) {
            total += f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(total).isEqualTo(threads * perThread);
        assertThat(heads).hasSize(1);
        assertThat(jsons).hasSize(1);
    }

    private static Dossier lifecycle(DeadlinePolicy policy) {
        Instant t0 = Instant.parse("2026-02-10T02:00:00Z");
        return Dossier.file(Filing.builder()
                        .code(new DossierCode(AgencyCode.parse("000.00.21.H42"), LocalDate.of(2026, 2, 10), 7))
                        .procedure(ProcedureCode.parse("1.002859")).agency(AgencyCode.parse("000.00.21.H42"))
                        .applicant(new Citizen("Trần Thị Bình", PersonalId.parse("042195001234"), null, Contact.NONE,
                                new Address("42", null, null)))
                        .channel(Channel.ONLINE).period(ProcessingPeriod.workingDays(3)).at(t0).actor("portal").build())
                .receive(t0.plus(Duration.ofHours(1)), "o", policy)
                .startProcessing(t0.plus(Duration.ofHours(2)), "o", null)
                .requestSupplement(t0.plus(Duration.ofHours(3)), "o", "Thiếu giấy tờ")
                .supplement(t0.plus(Duration.ofHours(30)), "c", List.of(), policy)
                .approve(t0.plus(Duration.ofHours(40)), "l", List.of())
                .returnResult(t0.plus(Duration.ofHours(41)), "o");
    }
}
