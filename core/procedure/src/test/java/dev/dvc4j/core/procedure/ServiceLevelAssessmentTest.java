package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceLevelAssessmentTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules()
            .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), Dvc4j.VIETNAM)).build();
    private final ServiceLevels levels = ServiceLevels.from(dvc4j);

    @Test
    void bundledModuleInstallsDecree43And42ButNotTheProvisionalRegime() {
        assertThat(levels.regimes()).extracting(ServiceLevelRegime::key)
                .containsExactly("vn-decree-43-2011", "vn-decree-42-2022");
        assertThat(dvc4j.provenance(ProcedurePoints.SERVICE_LEVEL_REGIMES, "vn-decree-42-2022")).as("a default").isEmpty();
        assertThat(levels.regimeOn(LocalDate.of(2026, 11, 22)).key()).isEqualTo("vn-decree-42-2022");
        assertThat(levels.regimeOn(Fixtures.BEFORE_42).key()).isEqualTo("vn-decree-43-2011");
        assertThat(levels.regimeOn(Fixtures.FROM_42).key()).isEqualTo("vn-decree-42-2022");
    }

    @Test
    void oneProcedureBeforeAndAfterDecree42GetsEachRegimesLevelAndUnmetCriteria() {
        Procedure p = Fixtures.licence();
        ServiceOffer offer = Fixtures.partialOffer();

        LevelAssessment before = levels.assess(p, offer, Fixtures.BEFORE_42);
        assertThat(before.regime()).isEqualTo("vn-decree-43-2011");
        assertThat(before.level().code()).isEqualTo("level-3");
        assertThat(before.isOnlineService()).isTrue();
        assertThat(before.isFullOnline()).isFalse();
        assertThat(before.next().orElseThrow().code()).isEqualTo("level-4");
        assertThat(before.unmet()).extracting(UnmetCriterion::code).containsExactly("fees-payable-online");
        assertThat(before.unmet().get(0).reason().en()).isEqualTo("Online payment not offered");
        assertThat(before.unmet().get(0).reason().vi()).isEqualTo("Chưa cung cấp thanh toán trực tuyến");
        assertThat(before.equivalents()).containsEntry("vn-decree-42-2022", "partial-online");

        LevelAssessment after = levels.assess(p, offer, Fixtures.FROM_42);
        assertThat(after.regime()).isEqualTo("vn-decree-42-2022");
        assertThat(after.level().code()).isEqualTo("partial-online");
        assertThat(after.unmet()).extracting(UnmetCriterion::code).containsExactly("fees-payable-online");
        assertThat(after.equivalents()).containsEntry("vn-decree-43-2011", "level-3");

        LevelAssessment full = levels.assess(p, Fixtures.fullOffer(), Fixtures.FROM_42);
        assertThat(full.level().code()).isEqualTo("full-online");
        assertThat(full.isFullOnline()).isTrue();
        assertThat(full.next()).isEmpty();
        assertThat(full.unmet()).isEmpty();
        assertThat(levels.assess(p, Fixtures.fullOffer(), Fixtures.BEFORE_42).level().code()).isEqualTo("level-4");
    }

    @Test
    void lawRequiringPresenceKeepsAProcedurePartialUnderDecree42OnlyAndSaysWhy() {
        Procedure p = Fixtures.licence();
        Procedure presence = new Procedure(p.code(), p.name(), p.sector(), p.competentLevel(), p.duration(), p.fees(),
                p.documents(), p.result(), true, true, p.integrations(), p.legalBasis(), p.validity());
        LevelAssessment a = levels.assess(presence, Fixtures.fullOffer(), Fixtures.FROM_42);
        assertThat(a.level().code()).isEqualTo("partial-online");
        assertThat(a.unmet()).extracting(u -> u.reason().en())
                .containsExactly("The law requires the applicant's presence", "The law requires on-site verification");
        assertThat(levels.assess(presence, Fixtures.fullOffer(), Fixtures.BEFORE_42).level().code()).isEqualTo("level-4");
    }

    @Test
    void lowLevelsShowTheCumulativeGapToEveryHigherLevel() {
        Procedure p = Fixtures.licence();
        ServiceOffer infoOnly = ServiceOffer.of(p.code(), Fixtures.AGENCY, ServiceCapability.ONLINE_INFORMATION);
        LevelAssessment a = levels.assess(p, infoOnly, Fixtures.BEFORE_42);
        assertThat(a.level().code()).isEqualTo("level-1");
        assertThat(a.gaps()).extracting(g -> g.level().code()).containsExactly("level-2", "level-3", "level-4");
        assertThat(a.unmet()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo("downloadable-forms | e-forms");
            assertThat(u.alternatives()).hasSize(2);
            assertThat(u.leafCodes()).containsExactly("downloadable-forms", "e-forms");
            assertThat(u.reason().en()).startsWith("None of the alternatives: Downloadable forms not offered");
        });
        assertThat(a.unmetFor("level-4")).extracting(UnmetCriterion::code).containsExactly(
                "downloadable-forms | e-forms", "e-forms", "online-submission", "online-processing",
                "fees-payable-online", "result-online-or-postal");
        assertThat(a.unmetFor("level-1")).isEmpty();

        LevelAssessment none = levels.assess(p, ServiceOffer.counterOnly(p.code(), Fixtures.AGENCY), Fixtures.FROM_42);
        assertThat(none.level().code()).isEqualTo("none");
        assertThat(none.isOnlineService()).isFalse();
        assertThat(none.unmet()).extracting(UnmetCriterion::code).containsExactly("online-information", "online-submission");
    }

    @Test
    void describeExplainsInBothLanguages() {
        LevelAssessment a = levels.assess(Fixtures.licence(), Fixtures.partialOffer(), Fixtures.FROM_42);
        String en = a.describe(Locale.ENGLISH);
        assertThat(en).contains("Procedure 1.000001, agency 000.00.21.H42, on 2022-08-01")
                .contains("Regime: Decree 42/2022/ND-CP").contains("Level: Partial online public service (1 of 2)")
                .contains("Not Full online public service because:").contains("  - Online payment not offered [fees-payable-online]")
                .contains("Corresponds under vn-decree-43-2011: level-3").doesNotContain("provisional");
        String vi = a.describe(VI);
        assertThat(vi).contains("Thủ tục 1.000001").contains("Mức đạt: Dịch vụ công trực tuyến một phần (1/2)")
                .contains("Chưa đạt Dịch vụ công trực tuyến toàn trình vì:")
                .contains("  - Chưa cung cấp thanh toán trực tuyến");
    }

    @Test
    void provisionalDecree224IsInForceOnlyWhenRegistered() {
        Dvc4j enabled = Dvc4j.builder().findAndRegisterModules().register(new ProvisionalDecree224Module()).build();
        ServiceLevels withProvisional = ServiceLevels.from(enabled);
        LocalDate after = LocalDate.of(2026, 7, 1);
        assertThat(levels.regimeOn(after).key()).isEqualTo("vn-decree-42-2022");
        assertThat(withProvisional.regimeOn(after).key()).isEqualTo("vn-decree-224-2026");
        assertThat(withProvisional.regimeOn(after.minusDays(1)).key()).isEqualTo("vn-decree-42-2022");

        ServiceOffer proactive = Fixtures.fullOffer().with(ServiceCapability.PROACTIVE_REMINDER)
                .with(ServiceCapability.PROACTIVE_PREFILL);
        LevelAssessment a = withProvisional.assess(Fixtures.licence(), proactive, after);
        assertThat(a.provisional()).isTrue();
        assertThat(a.level().code()).isEqualTo("proactive-2");
        assertThat(a.unmet()).extracting(UnmetCriterion::code).containsExactly("proactive-recommendation");
        assertThat(a.describe(Locale.ENGLISH)).contains("[provisional, text unconfirmed]");
        assertThat(levels.assess(Fixtures.licence(), proactive, after).level().code()).isEqualTo("full-online");
    }

    @Test
    void highestOfSeveralOffersCounts() {
        Procedure p = Fixtures.licence();
        LevelAssessment a = levels.highest(p, List.of(Fixtures.partialOffer(),
                ServiceOffer.of(p.code(), AgencyCode.parse("000.00.22.H42"), ServiceCapability.ONLINE_INFORMATION),
                Fixtures.fullOffer()), Fixtures.FROM_42);
        assertThat(a.level().code()).isEqualTo("full-online");
        assertThatThrownBy(() -> levels.highest(p, List.of(), Fixtures.FROM_42)).isInstanceOf(ProcedureException.class);
    }

    @Test
    void badRequestsFailWithTypedErrors() {
        Procedure p = Fixtures.licence();
        assertThatThrownBy(() -> levels.assess(p, Fixtures.partialOffer(), LocalDate.of(2005, 1, 1)))
                .isInstanceOfSatisfying(ProcedureException.class, e -> {
                    assertThat(e.code()).isEqualTo("procedure.no-regime");
                    assertThat(e.text().vi()).contains("Không có chế độ");
                });
        ServiceOffer other = ServiceOffer.of(ProcedureCode.parse("2.000002"), Fixtures.AGENCY);
        assertThatThrownBy(() -> levels.assess(p, other, Fixtures.FROM_42))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.code()).isEqualTo("procedure.offer-mismatch"));
        assertThatThrownBy(() -> levels.assess("nope", p, Fixtures.partialOffer(), Fixtures.FROM_42))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.code()).isEqualTo("procedure.unknown-regime"));
        assertThat(levels.assess("vn-decree-43-2011", p, Fixtures.fullOffer(), LocalDate.of(2025, 1, 1)).level().code())
                .as("a named regime can be asked outside its validity").isEqualTo("level-4");
    }

    @Test
    void twoRegimesComingIntoForceTheSameDayAreRejected() {
        RuleBasedRegime d42 = (RuleBasedRegime) levels.regime("vn-decree-42-2022").orElseThrow();
        RuleBasedRegime twin = new RuleBasedRegime("twin", d42.name(), d42.legalBasis(), d42.validity(), false,
                d42.definitions().stream().map(l -> new RuleBasedRegime.Level(new ServiceLevel("twin", l.level().code(),
                        l.level().rank(), l.level().name(), l.level().onlineService(), l.level().fullOnline()),
                        l.rule(), l.equivalents())).toList());
        assertThatThrownBy(() -> ServiceLevels.of(List.of(d42, twin)))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.code()).isEqualTo("procedure.regime-ambiguous"));
        assertThatThrownBy(() -> ServiceLevels.of(List.of(d42, d42)))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.code()).isEqualTo("procedure.regime-duplicate"));
    }
}
