package dev.dvc4j.examples.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.DossierArbitraries;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The harness's property: over arbitrary legal histories from testkit, the host agrees with dvc4j. */
class HostOverdueReportProperties {

    static final DeadlinePolicy POLICY = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART);

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossierArbitraries.dossiers(POLICY);
    }

    @Property(tries = 200)
    void theHostAgreesWithDvc4j(@ForAll("dossiers") Dossier d, @ForAll @IntRange(min = 0, max = 60) int daysAfter) {
        Instant last = d.events().get(d.events().size() - 1).at();
        Instant at = last.plus(Duration.ofDays(daysAfter));
        assertThat(HostOverdueReport.isLate(Dvc4jJson.mapper().valueToTree(d), at, WorkingCalendar.vietnam()::workingMinutesBetween))
                .isEqualTo(d.isOverdue(POLICY, at));
    }
}
