package dev.dvc4j.benchmarks.postal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.ZoneResolver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Postal quotes per second on one thread: dvc4j's {@link PostalCalculator} against two hand-written baselines over
 * the same bundled VNPost table and categories, on the same 64 requests (legs, zones, weights 1–3,000 g, 30% with a
 * beneficiary category, a third with fee remittance):
 * <ul>
 *   <li>{@code realisticPeerMapOfMaps}: leg → zone → prices in nested hash maps, categories in a map, BigDecimal
 *       percentages — the lookup a careful integrator writes, and so the realistic peer;</li>
 *   <li>{@code naiveJsonTree}: walks the parsed JSON tree of the tariff for every quote (linear scans for the
 *       validity, price row, add-on and category, dates parsed again for every quote; BigDecimal for the percentage) —
 *       a strawman kept for reference, not a peer.</li>
 * </ul>
 * Each returns the total and the applicant's share; setup checks all three agree on every request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostalQuoteBenchmark {

    private static final int N = 64;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final List<String> ZONES = List.of(ZoneResolver.INTRA_DISTRICT, ZoneResolver.INTER_DISTRICT,
            ZoneResolver.INTER_PROVINCE_SAME_REGION, ZoneResolver.INTER_PROVINCE_OTHER_REGION);

    private PostalCalculator calculator;
    private PostalQuoteRequest[] requests;
    private JsonNode tariffTree;
    private JsonNode categoryTree;
    private Map<String, Map<String, long[]>> mapOfMaps;
    private Map<String, BigDecimal> categoryMap;
    private int i;

    /** Builds the calculator, the baselines' data and the requests, and checks that all three agree. */
    @Setup
    public void setup() throws Exception {
        calculator = PostalCalculator.bundled();
        ObjectMapper m = Dvc4jJson.mapper();
        tariffTree = m.readTree(PostalTariffs.toJson(PostalTariffs.bundled()));
        categoryTree = m.readTree(m.writeValueAsString(PostalTariffs.bundledCategories()));
        mapOfMaps = new HashMap<>();
        for (PostalTariff.PriceRow row : PostalTariffs.bundled().prices()) {
            long[] p = new long[row.bands().size() + 1];
            for (int b = 0; b < row.bands().size(); b++) {
                p[b] = row.bands().get(b).dong();
            }
            p[p.length - 1] = row.eachFurther().dong();
            mapOfMaps.computeIfAbsent(row.leg().wireName(), k -> new HashMap<>()).put(row.zone(), p);
        }
        categoryMap = new HashMap<>();
        for (BeneficiaryCategory c : PostalTariffs.bundledCategories()) {
            categoryMap.put(c.code(), c.discountPercent());
        }
        List<String> cats = PostalTariffs.bundledCategories().stream().map(BeneficiaryCategory::code).toList();
        Random rnd = new Random(42);
        requests = new PostalQuoteRequest[N];
        for (int k = 0; k < N; k++) {
            Set<PostalLeg> legs = List.of(PostalLeg.SEND_ONLY, PostalLeg.RETURN_ONLY, PostalLeg.BOTH).get(rnd.nextInt(3));
            PostalQuoteRequest.Builder b = PostalQuoteRequest.builder().legs(legs).zone(ZONES.get(rnd.nextInt(4)))
                    .weightGrams(1 + rnd.nextInt(3000)).date(DAY).province("48") // the bundled table's scope: Đà Nẵng
                    .category(rnd.nextInt(10) < 3 ? cats.get(rnd.nextInt(cats.size())) : null);
            if (rnd.nextInt(3) == 0) {
                b.feeRemittance();
            }
            requests[k] = b.build();
        }
        for (PostalQuoteRequest r : requests) {
            PostalQuote q = calculator.quote(r);
            long expected = q.total().dong() * 31 + q.applicantPays().dong();
            if (naiveJson(r) != expected || naiveMaps(r) != expected) {
                throw new IllegalStateException("baselines disagree on " + r + ": " + q.total());
            }
        }
    }

    private PostalQuoteRequest next() {
        return requests[i++ & (N - 1)];
    }

    /**
     * dvc4j.
     *
     * @return the quote
     */
    @Benchmark
    public PostalQuote dvc4j() {
        return calculator.quote(next());
    }

    /**
     * Baseline: walk the JSON tree for every quote.
     *
     * @return total × 31 + applicant share
     */
    @Benchmark
    public long naiveJsonTree() {
        return naiveJson(next());
    }

    /**
     * Baseline: nested hash maps and BigDecimal.
     *
     * @return total × 31 + applicant share
     */
    @Benchmark
    public long realisticPeerMapOfMaps() {
        return naiveMaps(next());
    }

    private long naiveJson(PostalQuoteRequest r) {
        JsonNode t = tariffTree;
        LocalDate from = LocalDate.parse(t.get("validFrom").asText());
        JsonNode to = t.get("validTo");
        if (r.date().isBefore(from) || (!to.isNull() && r.date().isAfter(LocalDate.parse(to.asText())))) {
            throw new IllegalStateException("no tariff");
        }
        BigDecimal pct = null;
        if (r.category() != null) {
            for (JsonNode c : categoryTree) {
                if (c.get("code").asText().equals(r.category())) {
                    pct = c.get("discountPercent").decimalValue();
                }
            }
        }
        long total = 0;
        for (PostalLeg leg : r.legs()) {
            JsonNode row = null;
            for (JsonNode p : t.get("prices")) {
                if (p.get("leg").asText().equals(leg.wireName()) && p.get("zone").asText().equals(r.zone())) {
                    row = p;
                }
            }
            JsonNode bands = t.get("weightBands");
            long price = -1;
            for (int b = 0; b < bands.size(); b++) {
                if (r.weightGrams() <= bands.get(b).asInt()) {
                    price = row.get("bands").get(b).asLong();
                    break;
                }
            }
            if (price < 0) {
                int last = bands.get(bands.size() - 1).asInt();
                int step = t.get("furtherStepGrams").asInt();
                long steps = (r.weightGrams() - last + step - 1) / step;
                price = row.get("bands").get(bands.size() - 1).asLong() + steps * row.get("eachFurther").asLong();
            }
            if (pct != null) {
                price -= BigDecimal.valueOf(price).multiply(pct).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
            }
            total += price;
        }
        for (PostalQuoteRequest.AddOnUse use : r.addOns()) {
            for (JsonNode a : t.get("addOns")) {
                if (a.get("code").asText().equals(use.code())) {
                    total += a.get("amount").asLong() * use.count();
                }
            }
        }
        return total * 31 + total;
    }

    private long naiveMaps(PostalQuoteRequest r) {
        BigDecimal pct = r.category() == null ? null : categoryMap.get(r.category());
        long total = 0;
        for (PostalLeg leg : r.legs()) {
            long[] p = mapOfMaps.get(leg.wireName()).get(r.zone());
            int g = r.weightGrams();
            long price = g <= 100 ? p[0] : g <= 250 ? p[1] : g <= 500 ? p[2] : p[2] + ((g - 500 + 499) / 500) * p[3];
            if (pct != null) {
                price -= BigDecimal.valueOf(price).multiply(pct).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
            }
            total += price;
        }
        if (!r.addOns().isEmpty()) {
            total += 8_000L * r.addOns().get(0).count();
        }
        return total * 31 + total;
    }
}
