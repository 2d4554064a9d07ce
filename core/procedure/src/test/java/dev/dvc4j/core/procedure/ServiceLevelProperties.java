package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.FeeKind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.internal.procedure.BundledRegimes;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ServiceLevelProperties {

    private static final List<ServiceLevelRegime> REGIMES = List.of(BundledRegimes.decree43(), BundledRegimes.decree42(),
            BundledRegimes.decree224Provisional());
    private static final ServiceLevels LEVELS = Fixtures.bundledLevels();

    @Provide
    Arbitrary<Procedure> procedures() {
        Arbitrary<List<FeeItem>> fees = Combinators.combine(Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.longs().between(0, 2_000_000).optional(), Arbitraries.of(FeeCollection.class))
                .as((amount, online, when) -> List.of(new FeeItem("F", Fixtures.t("fee"), FeeKind.FEE, when,
                        List.of(new FeeRate(Validity.ALWAYS, Vnd.of(amount), online.map(Vnd::of), "basis")),
                        List.of(new FeeExemption("half", 50, Fixtures.t("half"), "basis"),
                                new FeeExemption("all", 100, Fixtures.t("all"), "basis")))));
        Arbitrary<List<FeeItem>> maybeFees = Arbitraries.oneOf(Arbitraries.just(List.of()), fees);
        return Combinators.combine(maybeFees, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((f, paper, electronic, presence, onSite) -> new Procedure(Fixtures.LICENCE, Fixtures.t("p"),
                        new Sector("S", Fixtures.t("s")), CompetentLevel.PROVINCE, ProcessingPeriod.workingDays(3), f,
                        Fixtures.licence().documents(), new ResultKind(paper, electronic), presence, onSite, Set.of(),
                        "basis", Validity.ALWAYS));
    }

    @Provide
    Arbitrary<ServiceOffer> offers() {
        return Arbitraries.subsetOf(ServiceCapability.values())
                .map(s -> new ServiceOffer(Fixtures.LICENCE, Fixtures.AGENCY, s));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 20).map(d -> LocalDate.of(2011, 8, 1).plusDays(d));
    }

    @Provide
    Arbitrary<ServiceLevelRegime> regimes() {
        return Arbitraries.of(REGIMES);
    }

    @Property(tries = 300)
    void addingACapabilityNeverLowersTheLevel(@ForAll("procedures") Procedure p, @ForAll("offers") ServiceOffer o,
                                              @ForAll ServiceCapability extra, @ForAll("dates") LocalDate date,
                                              @ForAll("regimes") ServiceLevelRegime regime) {
        int before = regime.assess(p, o, date).level().rank();
        int after = regime.assess(p, o.with(extra), date).level().rank();
        assertThat(after).isGreaterThanOrEqualTo(before);
        assertThat(LEVELS.assess(p, o.with(extra), date).level().rank())
                .isGreaterThanOrEqualTo(LEVELS.assess(p, o, date).level().rank());
    }

    @Property(tries = 200)
    void assessmentIsDeterministic(@ForAll("procedures") Procedure p, @ForAll("offers") ServiceOffer o,
                                   @ForAll("dates") LocalDate date, @ForAll("regimes") ServiceLevelRegime regime) {
        LevelAssessment a = regime.assess(p, o, date);
        LevelAssessment b = regime.assess(p, new ServiceOffer(o.procedure(), o.agency(), EnumSet.copyOf(
                o.capabilities().isEmpty() ? EnumSet.noneOf(ServiceCapability.class) : o.capabilities())), date);
        assertThat(b).isEqualTo(a);
        assertThat(b.describe(java.util.Locale.ENGLISH)).isEqualTo(a.describe(java.util.Locale.ENGLISH));
    }

    @Property(tries = 300)
    void theExplanationListsExactlyTheFailedCriteria(@ForAll("procedures") Procedure p, @ForAll("offers") ServiceOffer o,
                                                     @ForAll("dates") LocalDate date,
                                                     @ForAll("regimes") ServiceLevelRegime regime) {
        RuleBasedRegime r = (RuleBasedRegime) regime;
        ServiceFacts facts = new ServiceFacts(p, o, date);
        LevelAssessment a = r.assess(p, o, date);
        List<RuleBasedRegime.Level> defs = r.definitions();
        int reached = a.level().rank();
        int index = 0;
        while (defs.get(index).level().rank() != reached) {
            index++;
        }
        Set<String> cumulative = new LinkedHashSet<>();
        for (int i = index + 1; i < defs.size(); i++) {
            Set<String> expected = expectedFailures(defs.get(i).rule().orElseThrow(), facts);
            if (i == index + 1) {
                assertThat(expected).as("the next level fails").isNotEmpty();
                assertThat(leaves(a.unmet())).containsExactlyInAnyOrderElementsOf(expected);
            }
            cumulative.addAll(expected);
            assertThat(leaves(a.unmetFor(defs.get(i).level().code()))).containsExactlyInAnyOrderElementsOf(cumulative);
        }
        for (int i = 1; i <= index; i++) {
            assertThat(expectedFailures(defs.get(i).rule().orElseThrow(), facts)).as("levels reached have no failure").isEmpty();
        }
        for (String code : leaves(a.unmet())) {
            ServiceCriterion c = r.definitions().get(index + 1).rule().orElseThrow().criteria().get(code);
            assertThat(c.test(facts)).as("listed criterion %s really fails", code).isFalse();
        }
    }

    /** An independent reading of which criteria make a rule fail. */
    private static Set<String> expectedFailures(ServiceRule rule, ServiceFacts f) {
        Set<String> out = new LinkedHashSet<>();
        if (rule instanceof ServiceRule.Check c) {
            if (!c.criterion().test(f)) {
                out.add(c.criterion().code());
            }
        } else if (rule instanceof ServiceRule.AllOf all) {
            all.rules().forEach(x -> out.addAll(expectedFailures(x, f)));
        } else if (rule instanceof ServiceRule.AnyOf any) {
            List<Set<String>> each = new ArrayList<>();
            for (ServiceRule x : any.rules()) {
                each.add(expectedFailures(x, f));
            }
            if (each.stream().allMatch(s -> !s.isEmpty())) {
                each.forEach(out::addAll);
            }
        } else if (rule instanceof ServiceRule.Not not) {
            if (expectedFailures(not.rule(), f).isEmpty()) {
                out.add("not(" + String.join(",", not.rule().criteria().keySet()) + ")");
            }
        }
        return out;
    }

    private static List<String> leaves(List<UnmetCriterion> unmet) {
        return unmet.stream().flatMap(u -> u.leafCodes().stream()).distinct().toList();
    }

    @Property(tries = 300)
    void feeLinesAddUpAndNeverGoNegative(@ForAll("procedures") Procedure p, @ForAll Channel channel,
                                         @ForAll("categories") Optional<String> category, @ForAll("dates") LocalDate date) {
        FeeAssessment a = DossierRules.feeDue(p, date, channel, category);
        for (FeeLine l : a.lines()) {
            assertThat(l.due().isNegative()).isFalse();
            assertThat(l.due()).isEqualTo(l.standard().plus(l.channelAdjustment()).minus(l.exemption()));
            if (category.equals(Optional.of("all"))) {
                assertThat(l.due()).isEqualTo(Vnd.ZERO);
            }
            if (channel != Channel.ONLINE) {
                assertThat(l.channelAdjustment()).isEqualTo(Vnd.ZERO);
            }
        }
        assertThat(a.total()).isEqualTo(a.dueAtReceipt().plus(a.dueAtReturn()));
    }

    @Provide
    Arbitrary<Optional<String>> categories() {
        return Arbitraries.of("half", "all", "other").optional();
    }

    @Property(tries = 200)
    void filingChecksAreDeterministicAndProvidingEveryDocumentClearsDocumentViolations(
            @ForAll("procedures") Procedure p, @ForAll("offers") ServiceOffer o, @ForAll Channel channel,
            @ForAll ResultDelivery delivery, @ForAll("payments") Optional<PaymentMethod> payment,
            @ForAll("componentSets") Set<String> submitted, @ForAll("dates") LocalDate date) {
        DossierRules rules = DossierRules.of(Catalogue.of(List.of(p), List.of(o)), LEVELS, DossierRules.bundled());
        FilingFacts facts = new FilingFacts(p.code(), o.agency(), channel, delivery, submitted, Set.of(), submitted,
                payment, date, Optional.empty(), Optional.empty());
        FilingDecision d = rules.checkFiling(facts);
        assertThat(rules.checkFiling(facts)).isEqualTo(d);
        assertThat(d.isAccepted()).isEqualTo(d.violations().isEmpty());
        d.violations().forEach(v -> {
            assertThat(v.code()).isNotBlank();
            assertThat(v.message().vi()).isNotBlank();
            assertThat(v.message().en()).isNotBlank();
        });
        Set<String> all = new LinkedHashSet<>();
        p.documents().forEach(x -> all.add(x.code()));
        FilingFacts complete = new FilingFacts(p.code(), o.agency(), channel, delivery, all, Set.of(), all, payment,
                date, Optional.empty(), Optional.empty());
        assertThat(rules.checkFiling(complete).violationCodes()).noneMatch(c -> c.startsWith("filing.document"))
                .noneMatch(c -> c.equals("filing.signature-missing"));
        boolean paysOnline = payment.map(PaymentMethod::isOnline).orElse(false);
        assertThat(d.violationCodes().contains("filing.online-payment-required")).isEqualTo(
                channel == Channel.ONLINE && d.level().orElseThrow().isFullOnline()
                        && d.fee().orElseThrow().total().isPositive() && !paysOnline);
    }

    @Provide
    Arbitrary<Optional<PaymentMethod>> payments() {
        return Arbitraries.of(PaymentMethod.class).optional();
    }

    @Provide
    Arbitrary<Set<String>> componentSets() {
        return Arbitraries.subsetOf("FORM", "HEALTH", "ID-CARD", "PASSPORT", "PHOTO", "OTHER");
    }
}
