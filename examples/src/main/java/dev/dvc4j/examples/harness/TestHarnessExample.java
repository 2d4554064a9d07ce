package dev.dvc4j.examples.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.examples.cli.Dvc4jCommand;
import dev.dvc4j.testkit.DossierScenario;
import dev.dvc4j.testkit.SyntheticDossiers;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A test harness built on testkit, checking a host's code ({@link HostOverdueReport}) against dvc4j three ways:
 * <ol>
 *   <li>example cases written with {@link DossierScenario} (a dossier finished late across Tết, one on time, one
 *   whose supplement restarted the clock);</li>
 *   <li>a seeded, realistic province dataset from {@link SyntheticDossiers}, compared dossier by dossier;</li>
 *   <li>the {@code dvc4j} command line driven in-process with {@code --format json}, as harnesses in other languages
 *   drive the launcher.</li>
 * </ol>
 * It prints what it checked and exits with status 1 if the host disagrees anywhere. The jqwik version of check 2
 * (arbitrary legal histories) is in this module's tests: {@code HostOverdueReportProperties}.
 */
public final class TestHarnessExample {

    private static final ObjectMapper JSON = Dvc4jJson.mapper();

    private TestHarnessExample() {
    }

    /**
     * Runs the harness.
     *
     * @param args ignored
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        List<String> problems = run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * Runs the harness, printing to a stream.
     *
     * @param out where to print
     * @return every disagreement found (empty when the host is right)
     * @throws Exception on failure
     */
    public static List<String> run(PrintStream out) throws Exception {
        List<String> problems = new ArrayList<>();
        DeadlinePolicy policy = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART);

        // 1. Examples with known answers.
        Dossier lateOverTet = DossierScenario.online("9.900001").period("5d")
                .filedAt("2026-02-12T09:00").received("2026-02-12T10:00").processing()
                .approved("2026-02-27T09:00")         // due 26 Feb 10:00: the Tết break (14-22 Feb) is not working time
                .dossier();
        Dossier onTime = DossierScenario.inPerson("9.900003").filedAt("2026-03-02T08:00").received().processing()
                .approved().returned().dossier();
        Dossier restarted = DossierScenario.online("9.900002").period("2d").filedAt("2026-03-02T08:00").received()
                .processing().supplementRequested("2026-03-03T08:00").supplemented("2026-03-06T08:00")
                .approved("2026-03-09T15:00")         // 2 working days from the complete supplement: 10 March 08:00
                .dossier();
        Instant reportAt = LocalDateTime.of(2026, 3, 31, 17, 0).atZone(Dvc4j.VIETNAM).toInstant();
        check("late across Tết", lateOverTet, true, reportAt, policy, problems);
        check("on time", onTime, false, reportAt, policy, problems);
        check("supplement restarts the clock", restarted, false, reportAt, policy, problems);
        out.println("examples: 3 checked");

        // 2. A realistic province, dossier by dossier.
        SyntheticDossiers province = SyntheticDossiers.builder().seed(2026).build();
        int[] late = {0};
        int[] count = {0};
        province.stream(2_000).forEach(d -> {
            boolean expected = d.isOverdue(policy, province.asOf());
            late[0] += expected ? 1 : 0;
            count[0]++;
            check(d.code().toString(), d, expected, province.asOf(), policy, problems);
        });
        out.printf("synthetic province: %d dossiers checked, %d late%n", count[0], late[0]);

        // 3. The command line, as a harness in any language would script it.
        StringWriter cliOut = new StringWriter();
        int code = Dvc4jCommand.execute(new PrintWriter(cliOut, true), new PrintWriter(new StringWriter(), true),
                "deadline", "--received", "2026-02-12T10:00", "--duration", "5d", "--format", "json");
        JsonNode cli = JSON.readTree(cliOut.toString());
        Instant cliDue = java.time.OffsetDateTime.parse(cli.get("due").asText()).toInstant();
        if (code != 0 || !cliDue.equals(lateOverTet.dueAt())) {
            problems.add("dvc4j deadline says " + cliDue + " (exit " + code + "), the dossier says " + lateOverTet.dueAt());
        }
        out.println("command line: dvc4j deadline agrees with the dossier's due time " + cli.get("due").asText());

        out.println(problems.isEmpty() ? "host agrees with dvc4j everywhere" : problems.size() + " disagreement(s):");
        problems.stream().limit(20).forEach(p -> out.println("  " + p));
        return problems;
    }

    private static void check(String name, Dossier d, boolean expected, Instant at, DeadlinePolicy policy, List<String> problems) {
        boolean dvc4j = d.isOverdue(policy, at);
        if (dvc4j != expected) {
            problems.add(name + ": the harness expected late=" + expected + " but dvc4j says " + dvc4j);
        }
        // The host counts working minutes with its own holiday table; here it is the national calendar's data.
        boolean host = HostOverdueReport.isLate(JSON.valueToTree(d), at, WorkingCalendar.vietnam()::workingMinutesBetween);
        if (host != dvc4j) {
            problems.add(name + ": the host says late=" + host + ", dvc4j says " + dvc4j);
        }
    }
}
