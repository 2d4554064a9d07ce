package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierListener;
import dev.dvc4j.core.dossier.DossierPoints;
import dev.dvc4j.core.dossier.DossierWorkflow;
import dev.dvc4j.core.dossier.Filed;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.HeadSignature;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.dossier.SigningPolicy;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.PortalPoints;
import dev.dvc4j.core.portal.ProcedureInfo;
import dev.dvc4j.core.portal.ResultLinks;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.FilingContext;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.ProvisionalDecree224Module;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.RuleViolation;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.Funding;
import dev.dvc4j.postal.PostalAddress;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.UnknownCategoryException;
import dev.dvc4j.postal.ZoneResolver;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.StatsPoints;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.testkit.DossierScenario;
import dev.dvc4j.testkit.wiring.WiringChecks;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.security.KeyPairGenerator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * For each extension point of every artifact: a module that overrides only that point changes what the library
 * computes through the consumers that read it (a calendar with Mondays off moves due dates off Mondays through the
 * default deadline policy and changes the statistics' late count alike), and passes testkit's wiring contract. A
 * point added to any artifact without a case here fails {@link #everyPointHasACase()}.
 */
class OverrideEveryPointTest {

    /** The classes that declare extension points, one per artifact. */
    static final List<Class<?>> POINT_CLASSES = List.of(IdentifierPoints.class, CalendarPoints.class,
            DossierPoints.class, ProcedurePoints.class, PortalPoints.class, PostalPoints.class, StatsPoints.class);

    static final WorkingCalendar MONDAYS_OFF = WorkingCalendar.vietnam().toBuilder()
            .weeklyRestDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY).build();

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /**
     * One case: a module overriding only the point, and what a consumer computes from a runtime.
     *
     * @param point the point
     * @param override what the module does
     * @param observe what the library computes
     */
    record Case(ExtensionPoint<?> point, Consumer<SetupContext> override, Function<Dvc4j, Object> observe) {
        @Override
        public String toString() {
            return point.id();
        }
    }

    static List<ExtensionPoint<?>> allPoints() {
        List<ExtensionPoint<?>> out = new ArrayList<>();
        for (Class<?> c : POINT_CLASSES) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == ExtensionPoint.class) {
                    try {
                        out.add((ExtensionPoint<?>) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return out;
    }

    static Dvc4jModule module(String name, Consumer<SetupContext> setup) {
        return new Dvc4jModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void setup(SetupContext context) {
                setup.accept(context);
            }
        };
    }

    // ------------------------------------------------------------------ fixtures

    /** Received Friday 9 October 2026 09:00 with one working day; processed Tuesday 13 October 08:00. */
    static Dossier fridayDossier(Dvc4j rt) {
        return DossierScenario.online("1.000001").period("1d").policy(rt.get(CalendarPoints.DEADLINE_POLICY))
                .filedAt("2026-10-09T08:00").received("2026-10-09T09:00").processing().approved("2026-10-13T08:00").dossier();
    }

    static long lateInReport(Dvc4j rt) {
        Dossier d = fridayDossier(rt);
        return ReportAccumulator.compute(ReportSpec.from(rt, Instant.parse("2026-11-01T00:00:00Z")).build(),
                List.of(FactsMapper.from(rt).fromDossier(d))).overall().onTime().late();
    }

    static Catalogue sample() {
        return CatalogueLoader.withDefaultValidator().loadSample();
    }

    /** The sample catalogue's offer that reaches the highest level, with its procedure. */
    static Map.Entry<Procedure, ServiceOffer> bestOffer() {
        Catalogue c = sample();
        ServiceLevels levels = ServiceLevels.from(Dvc4j.defaults());
        Map.Entry<Procedure, ServiceOffer> best = null;
        int rank = -1;
        for (ServiceOffer o : c.offers()) {
            Procedure p = c.procedure(o.procedure()).orElseThrow();
            int r = levels.assess(p, o, DAY).level().rank();
            if (r > rank) {
                rank = r;
                best = Map.entry(p, o);
            }
        }
        return best;
    }

    static Dossier returnedWithElectronicResult() {
        return DossierScenario.online("1.000001").received().processing().approved().returned().dossier();
    }

    static PostalQuoteRequest.Builder request() {
        return PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone(ZoneResolver.INTRA_DISTRICT).weightGrams(100).date(DAY);
    }

    static PostalTariff cheaperNationwide() {
        PostalTariff t = PostalCalculator.bundled().tariffFor(DAY, null);
        List<PostalTariff.PriceRow> rows = new ArrayList<>();
        for (PostalTariff.PriceRow r : t.prices()) {
            rows.add(new PostalTariff.PriceRow(r.leg(), r.zone(), r.bands().stream().map(v -> v.minus(Vnd.of(1_000))).toList(),
                    r.eachFurther()));
        }
        return new PostalTariff("cheaper-nationwide", t.name(), t.provider(), t.legalBasis(), t.source(), List.of(),
                DAY.minusYears(1), null, t.vat(), t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(),
                t.furtherStepGrams(), t.maxWeightGrams(), rows, t.addOns(), t.note());
    }

    /** A signer with a key made for this test. */
    static final HistorySigner ED25519 = ed25519();

    private static HistorySigner ed25519() {
        try {
            return JdkHistorySigner.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The filing of a filed event, at another time (a workflow files at its clock's time). */
    static Filing filing(Filed f, Instant at) {
        return new Filing(f.code(), f.procedure(), f.agency(), f.applicant(), f.channel(), f.resultDelivery(), f.period(),
                f.summary(), f.vneidAuthenticated(), f.documents(), f.fees(), at, f.actor(), f.note());
    }

    // ------------------------------------------------------------------ the cases

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(IdentifierPoints.PROVINCES,
                c -> c.provide(IdentifierPoints.PROVINCES, Provinces.of(List.of(
                        new Province("99", "Tỉnh thử", LocalDate.of(2000, 1, 1), null, "test", "test", false, null)))),
                rt -> {
                    Map.Entry<Procedure, ServiceOffer> best = bestOffer();
                    return DossierRules.from(rt, sample()).checkFiling(FilingFacts.builder(best.getKey().code(),
                            best.getValue().agency(), DAY).applicantProvince("42").build()).violationCodes();
                }));
        cases.add(new Case(IdentifierPoints.DOSSIER_SEQUENCE,
                c -> c.provide(IdentifierPoints.DOSSIER_SEQUENCE, (agency, day) -> 4_242),
                rt -> DossierWorkflow.of(rt).nextCode(AgencyCode.parse("000.00.21.H42")).sequence()));
        cases.add(new Case(CalendarPoints.WORKING_CALENDAR,
                c -> c.provide(CalendarPoints.WORKING_CALENDAR, MONDAYS_OFF),
                rt -> List.of(fridayDossier(rt).dueAt(), fridayDossier(rt).isOverdue(DossierWorkflow.of(rt).deadlinePolicy(),
                        Instant.parse("2026-11-01T00:00:00Z")), lateInReport(rt))));
        cases.add(new Case(CalendarPoints.SUPPLEMENT_CLOCK,
                c -> c.provide(CalendarPoints.SUPPLEMENT_CLOCK, SupplementClock.SUBTRACT),
                rt -> {
                    Dossier d = DossierScenario.online("1.000001").period("2d").policy(DossierWorkflow.of(rt).deadlinePolicy())
                            .filedAt("2026-03-02T08:00").received("2026-03-02T09:00").processing()
                            .supplementRequested("2026-03-02T10:00").supplemented("2026-03-05T09:00").dossier();
                    return List.of(d.dueAt(), rt.get(CalendarPoints.DEADLINE_POLICY).onTimeRule().supplementClock());
                }));
        cases.add(new Case(CalendarPoints.DEADLINE_POLICY,
                c -> c.provide(CalendarPoints.DEADLINE_POLICY, new SimpleDeadlinePolicy(SupplementClock.RESTART)),
                rt -> List.of(fridayDossier(rt).dueAt(), lateInReport(rt))));
        cases.add(new Case(DossierPoints.LISTENERS,
                c -> c.provide(DossierPoints.LISTENERS, "audit", (DossierListener) (d, e) -> { }),
                rt -> DossierWorkflow.of(rt).listeners().keySet()));
        cases.add(new Case(DossierPoints.SIGNERS,
                c -> c.provide(DossierPoints.SIGNERS, ED25519),
                rt -> {
                    DossierWorkflow wf = DossierWorkflow.of(rt);
                    Filed f = (Filed) DossierScenario.online("1.000001").dossier().events().get(0);
                    Dossier filed = wf.file(filing(f, wf.now()));
                    return wf.receive(filed, "officer").signatures().stream().map(HeadSignature::keyId).toList();
                }));
        cases.add(new Case(DossierPoints.SIGNING,
                c -> c.provide(DossierPoints.SIGNING, SigningPolicy.afterEveryEvent()),
                rt -> {
                    SigningPolicy policy = DossierWorkflow.of(rt).signingPolicy();
                    Dossier d = DossierScenario.online("1.000001").received().processing().dossier();
                    return List.of(policy.signsAfter(Dossier.replay(d.events().subList(0, 1))),
                            policy.signsAfter(Dossier.replay(d.events().subList(0, 2))), policy.signsAfter(d));
                }));
        cases.add(new Case(ProcedurePoints.SERVICE_CRITERIA,
                c -> {
                    Map.Entry<Procedure, ServiceOffer> best = bestOffer();
                    LevelAssessment a = ServiceLevels.from(c).assess(best.getKey(), best.getValue(), DAY);
                    RuleBasedRegime regime = (RuleBasedRegime) ServiceLevels.from(c).regime(a.regime()).orElseThrow();
                    String code = regime.definitions().stream().filter(l -> l.level().equals(a.level())).findFirst()
                            .orElseThrow().rule().orElseThrow().criteria().keySet().iterator().next();
                    c.provide(ProcedurePoints.SERVICE_CRITERIA, ServiceCriterion.of(code, LocalizedText.of("không bao giờ", "never"),
                            LocalizedText.of("không đạt", "never met"), facts -> false));
                },
                rt -> {
                    Map.Entry<Procedure, ServiceOffer> best = bestOffer();
                    return ServiceLevels.from(rt).assess(best.getKey(), best.getValue(), DAY).level();
                }));
        cases.add(new Case(ProcedurePoints.SERVICE_LEVEL_REGIMES,
                c -> c.provide(ProcedurePoints.SERVICE_LEVEL_REGIMES, ProvisionalDecree224Module.regime()),
                rt -> ServiceLevels.from(rt).regimeOn(LocalDate.of(2026, 12, 1)).key()));
        cases.add(new Case(ProcedurePoints.DOSSIER_RULES,
                c -> c.provide(ProcedurePoints.DOSSIER_RULES, new DossierRule() {
                    @Override
                    public String code() {
                        return "no-filings-on-mondays";
                    }

                    @Override
                    public List<RuleViolation> checkFiling(FilingContext f) {
                        return f.facts().filingDate().getDayOfWeek() == DayOfWeek.MONDAY
                                ? List.of(RuleViolation.of("vendor.monday", "filingDate", "Thứ Hai", "Monday")) : List.of();
                    }
                }),
                rt -> {
                    Map.Entry<Procedure, ServiceOffer> best = bestOffer();
                    return DossierRules.from(rt, sample()).checkFiling(FilingFacts.builder(best.getKey().code(),
                            best.getValue().agency(), DAY).build()).violationCodes();
                }));
        cases.add(new Case(ProcedurePoints.CATALOGUE,
                c -> c.provide(ProcedurePoints.CATALOGUE, sample()),
                rt -> {
                    Procedure p = sample().procedures().iterator().next();
                    Dossier d = DossierScenario.online(p.code().toString()).received().dossier();
                    return List.of(PortalMapper.from(rt).toPortal(d).procedureName() == null,
                            DossierRules.from(rt).catalogue().size(), FactsMapper.from(rt).fromDossier(d).sector());
                }));
        cases.add(new Case(PortalPoints.CODES,
                c -> {
                    PortalCodes d = PortalCodes.defaults();
                    Map<String, String> types = new LinkedHashMap<>();
                    d.applicantTypes().forEach((k, v) -> types.put(k, "9" + v));
                    c.provide(PortalPoints.CODES, new PortalCodes("test", types, d.deliveryForms(), d.feeKinds(),
                            d.collectionMethods(), d.feeCodes()));
                },
                rt -> PortalMapper.from(rt).toPortal(returnedWithElectronicResult()).applicantType()));
        cases.add(new Case(PortalPoints.PROCEDURE_DIRECTORY,
                c -> c.provide(PortalPoints.PROCEDURE_DIRECTORY, code -> new ProcedureInfo("Thủ tục thử", "S1", "Lĩnh vực thử")),
                rt -> PortalMapper.from(rt).toPortal(returnedWithElectronicResult()).procedureName()));
        cases.add(new Case(PortalPoints.RESULT_LINKS,
                c -> c.provide(PortalPoints.RESULT_LINKS, (ResultLinks) (d, i, r) -> "https://results.example/" + i),
                rt -> {
                    Dossier d = DossierScenario.online("1.000001").received().processing().dossier()
                            .approve(Instant.parse("2026-02-12T03:00:00Z"), "leader",
                                    List.of(new ResultDocument("KQ", "Kết quả", true, null)));
                    return PortalMapper.from(rt).toPortal(d).results().get(0).link();
                }));
        cases.add(new Case(PostalPoints.TARIFFS,
                c -> c.provide(PostalPoints.TARIFFS, cheaperNationwide()),
                rt -> PostalCalculator.from(rt).quote(request().build()).total()));
        cases.add(new Case(PostalPoints.SUBSIDIES,
                c -> c.provide(PostalPoints.SUBSIDIES, new PostalSubsidy("test-cap", LocalizedText.of("Hỗ trợ thử", "Test cap"),
                        "test", PostalSubsidy.Kind.CAP, Funding.BUDGET, List.of(), List.of(), null, null, DAY.minusYears(1), null,
                        null, Map.of(ZoneResolver.INTRA_DISTRICT, Vnd.of(5_000)), null, null)),
                rt -> PostalCalculator.from(rt).quote(request().build()).applicantPays()));
        cases.add(new Case(PostalPoints.CATEGORIES,
                c -> c.provide(PostalPoints.CATEGORIES, new BeneficiaryCategory("test-free", LocalizedText.of("Miễn thử", "Test exemption"),
                        BigDecimal.valueOf(100), "test", Funding.BUDGET, DAY.minusYears(1), null, null)),
                rt -> {
                    try {
                        return PostalCalculator.from(rt).quote(request().category("test-free").build()).applicantPays();
                    } catch (UnknownCategoryException e) {
                        return e.code();
                    }
                }));
        cases.add(new Case(PostalPoints.ZONE_RESOLVERS,
                c -> c.provide(PostalPoints.ZONE_RESOLVERS, ZoneResolver.DEFAULT_KEY,
                        (ZoneResolver) (applicant, agency) -> ZoneResolver.INTER_PROVINCE_OTHER_REGION),
                rt -> PostalCalculator.from(rt).quote(PostalQuoteRequest.between(PostalLeg.BOTH, PostalAddress.of("42", "18070"),
                        PostalAddress.of("42", "18070"), 100, DAY, null)).zone()));
        cases.add(new Case(StatsPoints.INDEX_766,
                c -> {
                    Index766 b = Index766.bundled();
                    c.provide(StatsPoints.INDEX_766, new Index766("test weights", b.legalBasis(), b.validFrom(), b.validTo(),
                            b.groups(), b.indicators().stream().map(i -> new Index766.Indicator(i.id(), i.group(), i.metric(),
                                    i.max(), i.fullAt().divide(BigDecimal.valueOf(2)), i.confirmed(), i.fullAtConfirmed(), i.label()))
                                    .toList()));
                },
                rt -> ReportSpec.from(rt, Instant.parse("2026-11-01T00:00:00Z")).build().index().name()));
        return cases;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void everyPointHasACase() {
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.point().id()));
        Set<String> all = new TreeSet<>();
        allPoints().forEach(p -> all.add(p.id()));
        assertThat(covered).isEqualTo(all);
        assertThat(all).as("testkit's wiring checks know every point").isSubsetOf(Set.copyOf(WiringChecks.knownPoints()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void overridingOnlyThisPointChangesWhatTheLibraryComputes(Case c) {
        Dvc4j defaults = Dvc4j.defaults();
        Dvc4j overridden = Dvc4j.builder().register(module("only-" + c.point().id(), c.override())).build();
        assertThat(overridden.contributions()).as("the module overrides only its point")
                .allMatch(x -> x.point() == c.point());
        Object before = c.observe().apply(defaults);
        Object after = c.observe().apply(overridden);
        assertThat(after).as(c.point().id() + ": what the library computes with the override").isNotEqualTo(before);
        assertThat(WiringChecks.check(overridden, "only-" + c.point().id())).as("the wiring contract").isEmpty();
    }

    @Test
    void aCalendarWithMondaysOffMovesDueDatesOffMondaysAndTheLateCountAlike() {
        Dvc4j national = Dvc4j.defaults();
        Dvc4j mondaysOff = Dvc4j.builder().register(module("mondays-off",
                c -> c.provide(CalendarPoints.WORKING_CALENDAR, MONDAYS_OFF))).build();
        assertThat(fridayDossier(national).dueAt()).isEqualTo(Instant.parse("2026-10-12T02:00:00Z")); // Monday 09:00
        assertThat(fridayDossier(mondaysOff).dueAt()).isEqualTo(Instant.parse("2026-10-13T02:00:00Z")); // Tuesday 09:00
        Instant later = Instant.parse("2026-11-01T00:00:00Z");
        assertThat(fridayDossier(national).isOverdue(national.get(CalendarPoints.DEADLINE_POLICY), later)).isTrue();
        assertThat(fridayDossier(mondaysOff).isOverdue(mondaysOff.get(CalendarPoints.DEADLINE_POLICY), later)).isFalse();
        assertThat(lateInReport(national)).isEqualTo(1);
        assertThat(lateInReport(mondaysOff)).isZero();
    }

    @Test
    void anUnknownCategoryWithoutTheOverrideIsStillRefused() {
        assertThatThrownBy(() -> PostalCalculator.from(Dvc4j.defaults()).quote(request().category("test-free").build()))
                .isInstanceOf(UnknownCategoryException.class);
        assertThat(Objects.requireNonNull(WorkingCalendar.vietnam()).isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
    }
}
