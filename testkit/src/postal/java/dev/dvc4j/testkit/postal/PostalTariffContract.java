package dev.dvc4j.testkit.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.NoTariffException;
import dev.dvc4j.postal.PostalAddress;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.ZoneResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The contract a vendor's {@link PostalTariff} must pass. Extend it in a test class, return the tariff (and, if the
 * tariff names its own zone resolver, that resolver), and run it with JUnit 5 and jqwik:
 *
 * <pre>{@code
 * class HaTinhTariffContractTest extends PostalTariffContract {
 *     protected PostalTariff tariff() {
 *         return PostalTariffs.load(Path.of("src/main/resources/ha-tinh-bcci-2026.json"));
 *     }
 * }
 * }</pre>
 *
 * It checks: {@link PostalTariffChecks complete provenance and data}; that a calculator accepts the tariff; that every
 * leg and zone is priced at every band edge exactly as the table says; that the tariff is in force on exactly its
 * dates; that its zone resolver never yields a zone it does not price; that a full exemption makes postage free; and,
 * as jqwik properties, that the total never falls as weight rises, that two-way is send plus return, that totals add
 * up, and that no exemption raises what the applicant pays.
 */
public abstract class PostalTariffContract {

    /**
     * The tariff under test.
     *
     * @return the tariff
     */
    protected abstract PostalTariff tariff();

    /**
     * The zone resolver the tariff names in {@link PostalTariff#zoneResolver()}. The default returns the standard
     * resolver for {@value ZoneResolver#DEFAULT_KEY}; a tariff naming another resolver must override this.
     *
     * @return the resolver
     */
    protected ZoneResolver zoneResolver() {
        if (!ZoneResolver.DEFAULT_KEY.equals(tariff().zoneResolver())) {
            throw new AssertionError("tariff " + tariff().id() + " names the zone resolver \"" + tariff().zoneResolver()
                    + "\": override zoneResolver() to return it");
        }
        return ZoneResolver.standard();
    }

    /**
     * The beneficiary categories to check exemptions with; the bundled ones by default.
     *
     * @return the categories
     */
    protected List<BeneficiaryCategory> categories() {
        return PostalTariffs.bundledCategories();
    }

    /**
     * The 2-digit province codes used for sample addresses; the bundled region table's by default.
     *
     * @return province codes
     */
    protected List<String> sampleProvinces() {
        return PostalTariffs.bundledRegions().keySet().stream().sorted().toList();
    }

    /**
     * A calculator with only this tariff, its resolver and the categories.
     *
     * @return the calculator
     */
    protected PostalCalculator calculator() {
        PostalCalculator.Builder b = PostalCalculator.builder().tariff(tariff()).zoneResolver(tariff().zoneResolver(), zoneResolver());
        categories().forEach(b::category);
        return b.build();
    }

    /**
     * The day quotes are made on: the tariff's first day.
     *
     * @return the day
     */
    protected LocalDate day() {
        return tariff().validFrom();
    }

    /**
     * The province quotes are made in: the tariff's first province, or none for a nationwide tariff.
     *
     * @return the province code, or {@code null}
     */
    protected String province() {
        return tariff().provinces().isEmpty() ? null : tariff().provinces().get(0);
    }

    /**
     * The heaviest weight the properties try.
     *
     * @return grams
     */
    protected int maxWeight() {
        return tariff().maxWeightGrams() == null ? 30_000 : tariff().maxWeightGrams();
    }

    private PostalQuoteRequest request(Set<PostalLeg> legs, String zone, int grams, String category) {
        return PostalQuoteRequest.builder().legs(legs).zone(zone).province(province()).weightGrams(grams).date(day())
                .category(category).build();
    }

    private long postageOf(PostalQuote q) {
        return q.lines().stream().filter(l -> l.kind() == PostalQuote.LineKind.POSTAGE).mapToLong(l -> l.amount().dong()).sum();
    }

    /** The data checks of {@link PostalTariffChecks}. */
    @Test
    public void hasCompleteProvenanceAndData() {
        assertThat(PostalTariffChecks.problems(tariff())).as("problems with tariff %s", tariff().id()).isEmpty();
    }

    /** A calculator accepts the tariff with its resolver. */
    @Test
    public void isAcceptedByACalculator() {
        PostalCalculator c = calculator();
        assertThat(c.tariffFor(day(), province()).id()).isEqualTo(tariff().id());
    }

    /** Every leg and zone is priced at every band edge, exactly as the table reads, and above zero. */
    @Test
    public void pricesEveryLegAndZoneAtEveryBandEdge() {
        PostalCalculator c = calculator();
        PostalTariff t = tariff();
        List<Integer> weights = new ArrayList<>(List.of(1));
        for (int b : t.weightBands()) {
            weights.add(b);
            weights.add(b + 1);
        }
        int last = t.weightBands().get(t.weightBands().size() - 1);
        weights.add(last + t.furtherStepGrams());
        weights.add(last + t.furtherStepGrams() + 1);
        for (PostalLeg leg : PostalLeg.values()) {
            for (PostalTariff.Zone z : t.zones()) {
                for (int w : weights) {
                    if (w > maxWeight()) {
                        continue;
                    }
                    PostalQuote q = c.quote(request(Set.of(leg), z.code(), w, null));
                    assertThat(postageOf(q)).as("%s %s %d g", leg.wireName(), z.code(), w)
                            .isEqualTo(t.postage(leg, z.code(), w).dong())
                            .isPositive();
                }
                for (int i = 0; i < t.weightBands().size(); i++) {
                    assertThat(t.postage(leg, z.code(), t.weightBands().get(i))).isEqualTo(priceRow(leg, z.code()).bands().get(i));
                }
            }
        }
    }

    private PostalTariff.PriceRow priceRow(PostalLeg leg, String zone) {
        return tariff().prices().stream().filter(r -> r.leg() == leg && r.zone().equals(zone)).findFirst().orElseThrow();
    }

    /** The tariff prices quotes on its first and last day and on no day outside. */
    @Test
    public void isInForceExactlyOnItsDates() {
        PostalCalculator c = calculator();
        PostalTariff t = tariff();
        String zone = t.zones().get(0).code();
        assertThat(c.tariffFor(t.validFrom(), province()).id()).isEqualTo(t.id());
        assertThatThrownBy(() -> c.tariffFor(t.validFrom().minusDays(1), province())).isInstanceOf(NoTariffException.class);
        if (t.validTo() != null) {
            assertThat(c.tariffFor(t.validTo(), province()).id()).isEqualTo(t.id());
            assertThatThrownBy(() -> c.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(zone).province(province())
                    .weightGrams(1).date(t.validTo().plusDays(1)).build())).isInstanceOf(NoTariffException.class);
        }
    }

    /** Every zone the tariff's resolver yields for sample addresses is one the tariff prices. */
    @Test
    public void resolverYieldsOnlyPricedZones() {
        ZoneResolver r = zoneResolver();
        PostalTariff t = tariff();
        List<String> agencies = t.provinces().isEmpty() ? sampleProvinces() : t.provinces();
        for (String agencyProvince : agencies) {
            PostalAddress agency = new PostalAddress(agencyProvince, "10001", "101");
            for (String applicantProvince : sampleProvinces()) {
                for (PostalAddress applicant : List.of(new PostalAddress(applicantProvince, "10001", "101"),
                        new PostalAddress(applicantProvince, "10002", "101"), PostalAddress.of(applicantProvince, "10003"))) {
                    String zone = r.zoneOf(applicant, agency);
                    assertThat(t.zone(zone)).as("zone %s for %s → %s", zone, applicant, agency).isPresent();
                }
            }
        }
    }

    /** A 100% category makes every leg's postage free for the applicant. */
    @Test
    public void fullExemptionMakesPostageFree() {
        PostalCalculator c = calculator();
        for (BeneficiaryCategory cat : categories()) {
            if (cat.discountPercent().compareTo(BigDecimal.valueOf(100)) != 0) {
                continue;
            }
            for (PostalTariff.Zone z : tariff().zones()) {
                PostalQuote q = c.quote(request(PostalLeg.BOTH, z.code(), 1, cat.code()));
                assertThat(q.applicantPays()).as("%s in %s", cat.code(), z.code()).isEqualTo(Vnd.ZERO);
            }
        }
    }

    /**
     * The zones of the tariff.
     *
     * @return an arbitrary zone code
     */
    @Provide
    public Arbitrary<String> zones() {
        return Arbitraries.of(tariff().zones().stream().map(PostalTariff.Zone::code).toList());
    }

    /**
     * The weights the tariff accepts, from 1 gram to {@link #maxWeight()}.
     *
     * @return an arbitrary weight in grams
     */
    @Provide
    public Arbitrary<Integer> weights() {
        return Arbitraries.integers().between(1, maxWeight());
    }

    /**
     * One leg or both.
     *
     * @return an arbitrary leg set
     */
    @Provide
    public Arbitrary<Set<PostalLeg>> legChoices() {
        return Arbitraries.of(PostalLeg.SEND_ONLY, PostalLeg.RETURN_ONLY, PostalLeg.BOTH);
    }

    /**
     * The total never falls as the weight rises.
     *
     * @param zone a zone
     * @param legs legs
     * @param light a weight
     * @param more how much heavier
     */
    @Property(tries = 100)
    public void totalNeverDecreasesAsWeightRises(@ForAll("zones") String zone, @ForAll("legChoices") Set<PostalLeg> legs,
                                                 @ForAll("weights") int light,
                                                 @ForAll @IntRange(min = 0, max = 5_000) int more) {
        int heavy = Math.min(maxWeight(), light + more);
        PostalCalculator c = calculator();
        assertThat(c.quote(request(legs, zone, heavy, null)).total())
                .isGreaterThanOrEqualTo(c.quote(request(legs, zone, light, null)).total());
    }

    /**
     * Two-way is send plus return.
     *
     * @param zone a zone
     * @param w a weight
     */
    @Property(tries = 100)
    public void twoWayIsSendPlusReturn(@ForAll("zones") String zone, @ForAll("weights") int w) {
        PostalCalculator c = calculator();
        Vnd both = c.quote(request(PostalLeg.BOTH, zone, w, null)).total();
        Vnd send = c.quote(request(PostalLeg.SEND_ONLY, zone, w, null)).total();
        Vnd ret = c.quote(request(PostalLeg.RETURN_ONLY, zone, w, null)).total();
        assertThat(both).isEqualTo(send.plus(ret));
    }

    /**
     * Totals add up and no exemption raises what the applicant pays.
     *
     * @param zone a zone
     * @param legs legs
     * @param w a weight
     */
    @Property(tries = 100)
    public void totalsAddUpAndExemptionsNeverRaiseTheApplicantsShare(@ForAll("zones") String zone,
                                                                     @ForAll("legChoices") Set<PostalLeg> legs,
                                                                     @ForAll("weights") int w) {
        PostalCalculator c = calculator();
        PostalQuote plain = c.quote(request(legs, zone, w, null));
        assertThat(plain.applicantPays().plus(plain.budgetPays())).isEqualTo(plain.total());
        assertThat(plain.lines().stream().map(PostalQuote.Line::amount).reduce(Vnd.ZERO, Vnd::plus)).isEqualTo(plain.total());
        for (BeneficiaryCategory cat : categories()) {
            PostalQuote q = c.quote(request(legs, zone, w, cat.code()));
            assertThat(q.applicantPays()).as(cat.code()).isLessThanOrEqualTo(plain.applicantPays());
            assertThat(q.applicantPays().plus(q.budgetPays())).isEqualTo(q.total());
        }
    }
}
