package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static dev.dvc4j.testkit.wiring.VendorModules.module;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.DossierPoints;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.dossier.SigningPolicy;
import dev.dvc4j.core.dossier.TrustedKeys;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.portal.PortalPoints;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.stats.StatsPoints;
import java.time.DayOfWeek;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The wiring checks pass honoured contributions and fail ignored ones. */
class WiringChecksTest {

    /** Mondays off, on top of the national calendar. */
    static final WorkingCalendar MONDAYS_OFF = WorkingCalendar.vietnam().toBuilder()
            .weeklyRestDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY).build();

    /** A signer with a key made for the test. */
    static HistorySigner ed25519() {
        try {
            return JdkHistorySigner.of(java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCalendarAloneIsHonouredEverywhere() {
        assertThat(check(module("mondays-off", c -> c.provide(CalendarPoints.WORKING_CALENDAR, MONDAYS_OFF)))).isEmpty();
    }

    @Test
    void aCalendarIgnoredByAnExplicitPolicyOnTheNationalCalendarFails() {
        Dvc4jModule ignored = module("ignored-calendar", c -> {
            c.provide(CalendarPoints.WORKING_CALENDAR, MONDAYS_OFF);
            c.provide(CalendarPoints.DEADLINE_POLICY, new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART));
        });
        assertThat(check(ignored)).anySatisfy(p -> assertThat(p).startsWith("calendar.working-calendar")
                .contains("measures lateness on another calendar"))
                .anySatisfy(p -> assertThat(p).contains("not working time on the contributed calendar"));
    }

    @Test
    void aPolicyOnItsOwnCalendarAndAVariantAreHonoured() {
        assertThat(check(module("policy", c -> c.provide(CalendarPoints.DEADLINE_POLICY,
                new SimpleDeadlinePolicy(SupplementClock.SUBTRACT))))).isEmpty();
        assertThat(check(module("variant", c -> c.provide(CalendarPoints.WORKING_CALENDAR, "H42", MONDAYS_OFF)))).isEmpty();
        assertThat(check(module("clock", c -> c.provide(CalendarPoints.SUPPLEMENT_CLOCK, SupplementClock.SUBTRACT)))).isEmpty();
    }

    @Test
    void aSupplementClockOverriddenByAnExplicitPolicyFails() {
        Dvc4jModule ignored = module("ignored-clock", c -> {
            c.provide(CalendarPoints.SUPPLEMENT_CLOCK, SupplementClock.SUBTRACT);
            c.provide(CalendarPoints.DEADLINE_POLICY, new SimpleDeadlinePolicy(SupplementClock.RESTART));
        });
        assertThat(check(ignored)).anySatisfy(p -> assertThat(p).startsWith("calendar.supplement-clock").contains("uses RESTART"));
    }

    @Test
    void aContributionToAPointNothingReadsFails() {
        ExtensionPoint<String> unread = ExtensionPoint.single("vendor.unread", String.class, "1.0",
                LocalizedText.of("Không ai đọc", "Nobody reads it"), x -> "default");
        assertThat(check(module("unread", c -> c.provide(unread, "mine"))))
                .singleElement().satisfies(p -> assertThat(p).startsWith("vendor.unread").contains("no consumer"));
    }

    @Test
    void aSignerAndASigningPolicyAreHonouredAndASignerThatIsNotItsKeysFails() throws Exception {
        HistorySigner signer = ed25519();
        assertThat(check(module("signer", c -> c.provide(DossierPoints.SIGNERS, signer)))).isEmpty();
        assertThat(check(module("signing", c -> c.provide(DossierPoints.SIGNING, SigningPolicy.afterEveryEvent())))).isEmpty();
        assertThat(check(module("signing-h42", c -> c.provide(DossierPoints.SIGNING, "H42", SigningPolicy.never())))).isEmpty();
        java.security.PublicKey other = ed25519().publicKey();
        HistorySigner lying = new HistorySigner() {
            @Override
            public java.security.PublicKey publicKey() {
                return other;
            }

            @Override
            public byte[] sign(byte[] message) throws java.security.GeneralSecurityException, java.io.IOException {
                return signer.sign(message);
            }
        };
        assertThat(check(module("lying", c -> c.provide(DossierPoints.SIGNERS, lying))))
                .singleElement().satisfies(p -> assertThat(p).startsWith("dossier.signers [" + TrustedKeys.keyId(other) + "]")
                        .contains("cannot sign", "dossier.signature.signer-invalid"));
    }

    @Test
    void onlyTheModulesOwnContributionsAreChecked() {
        Dvc4jModule wrong = module("wrong", c -> {
            c.provide(CalendarPoints.WORKING_CALENDAR, MONDAYS_OFF);
            c.provide(CalendarPoints.DEADLINE_POLICY, new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART));
        });
        Dvc4j rt = Dvc4j.builder().register(wrong).build();
        assertThat(WiringChecks.check(rt, "someone-else")).isEmpty();
        assertThat(WiringChecks.check(rt, "wrong")).isNotEmpty();
    }

    @Test
    void theChecksKnowEveryPointOfEveryArtifactOnTheClassPath() {
        assertThat(WiringChecks.knownPoints()).containsExactlyInAnyOrder(
                IdentifierPoints.PROVINCES.id(), IdentifierPoints.DOSSIER_SEQUENCE.id(),
                CalendarPoints.WORKING_CALENDAR.id(), CalendarPoints.SUPPLEMENT_CLOCK.id(), CalendarPoints.DEADLINE_POLICY.id(),
                DossierPoints.LISTENERS.id(), DossierPoints.SIGNERS.id(), DossierPoints.SIGNING.id(),
                ProcedurePoints.SERVICE_CRITERIA.id(), ProcedurePoints.SERVICE_LEVEL_REGIMES.id(),
                ProcedurePoints.DOSSIER_RULES.id(), ProcedurePoints.CATALOGUE.id(),
                PortalPoints.CODES.id(), PortalPoints.PROCEDURE_DIRECTORY.id(), PortalPoints.RESULT_LINKS.id(),
                PostalPoints.TARIFFS.id(), PostalPoints.SUBSIDIES.id(), PostalPoints.CATEGORIES.id(),
                PostalPoints.ZONE_RESOLVERS.id(), StatsPoints.INDEX_766.id());
    }

    @Test
    void anArtifactIsPresentWhenItsClassLoads() {
        assertThat(WiringChecks.present("dev.dvc4j.postal.PostalPoints")).isTrue();
        assertThat(WiringChecks.present("dev.dvc4j.vendor.NotOnTheClassPath")).isFalse();
    }

    @Test
    void receiptsAreSampledOverTheCalendarsYearBeforeItsLastOr2026() {
        assertThat(WiringChecks.sampleReceipts(WorkingCalendar.vietnam())).hasSize(2 * 365)
                .startsWith(Instant.parse("2026-01-01T02:00:00Z"), Instant.parse("2026-01-01T09:30:00Z"))
                .endsWith(Instant.parse("2026-12-31T09:30:00Z"));
        WorkingCalendar early = WorkingCalendar.vietnam().toBuilder().years(2020, 2024).build();
        assertThat(WiringChecks.sampleReceipts(early).get(0)).isEqualTo(Instant.parse("2023-01-01T02:00:00Z"));
        WorkingCalendar late = WorkingCalendar.vietnam().toBuilder().years(2028, 2035).build();
        assertThat(WiringChecks.sampleReceipts(late).get(0)).isEqualTo(Instant.parse("2028-01-01T02:00:00Z"));
    }
}
