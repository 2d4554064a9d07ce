package dev.dvc4j.benchmarks.stats;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.SyntheticDossiers;
import java.time.Instant;
import java.time.LocalDate;
import dev.dvc4j.stats.Metric;
import java.util.HexFormat;

/** Shared data and the DuckDB side of the statistics benchmarks (and the data of the Beam benchmark). */
public final class BenchData {

    static final long SEED = 2026;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final int DAYS = 90;
    static final Instant AS_OF = Instant.parse("2026-03-20T10:00:00Z");
    static final MeasureSettings SETTINGS = MeasureSettings.wallClock(AS_OF);

    private BenchData() {
    }

    /** @return the generator of the benchmarks' facts: seed 2026, filed over the 90 days from 2026-01-01 */
    public static SyntheticFacts generator() {
        return SyntheticFacts.builder().seed(SEED).period(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1)).build();
    }

    static DossierFacts[] facts(int n) {
        return generator().stream(n).toArray(DossierFacts[]::new);
    }

    /**
     * The same facts as JSON Lines, written once per size and kept in the temporary directory. The file name holds
     * a digest of the first facts, so a file written by another version of the generator is never reused.
     *
     * @param n how many facts
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path jsonLines(int n) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "dvc4j-stats-bench-" + SEED + "-" + n + "-"
                + dataVersion() + ".jsonl");
        if (Files.exists(file)) {
            return file;
        }
        Path tmp = Files.createTempFile(file.getParent(), "dvc4j-stats-bench", ".part");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            FactsWriter w = FactsWriter.jsonLines(out);
            generator().stream(n).forEach(w::write);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /**
     * Dossiers as JSON Lines, as {@code dvc4j generate --count n} writes them (seed 1, filed in 2025), written once
     * per size and kept in the temporary directory.
     *
     * @param n how many dossiers
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path dossierLines(int n) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "dvc4j-dossier-bench-1-" + n + ".jsonl");
        if (Files.exists(file)) {
            return file;
        }
        Path tmp = Files.createTempFile(file.getParent(), "dvc4j-dossier-bench", ".part");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            var writer = Dvc4jJson.mapper().writer();
            var it = SyntheticDossiers.builder().seed(1).period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).build()
                    .stream(n).iterator();
            while (it.hasNext()) {
                out.write(writer.writeValueAsString(it.next()));
                out.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The first eight hex digits of the SHA-256 of the first thousand facts' JSON Lines. */
    private static String dataVersion() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            generator().stream(1000).forEach(f -> sha.update(FactsWriter.toJsonLine(f).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String COLUMNS = "{code:'VARCHAR', agency:'VARCHAR', procedure:'VARCHAR', sector:'VARCHAR', "
            + "province:'VARCHAR', channel:'VARCHAR', level:'INTEGER', onlineMode:'VARCHAR', filedAt:'TIMESTAMPTZ', "
            + "receivedAt:'TIMESTAMPTZ', dueAt:'TIMESTAMPTZ', finishedAt:'TIMESTAMPTZ', returnedAt:'TIMESTAMPTZ', "
            + "status:'VARCHAR', supplements:'STRUCT(requestedAt TIMESTAMPTZ, completedAt TIMESTAMPTZ)[]', "
            + "payment:'INTEGER', feeBearing:'BOOLEAN', digitised:'BOOLEAN', reused:'BOOLEAN', "
            + "electronicResult:'BOOLEAN', vneid:'BOOLEAN', populationData:'BOOLEAN', feedback:'VARCHAR', "
            + "resultDelivery:'VARCHAR', legalMaxMinutes:'INTEGER', distanceKm:'INTEGER'}";

    /** The report's counters, in the order of the expert query's columns after {@code province}. */
    static final String[] COUNTERS = {"total", "received", "online", "l3", "l3o", "l4", "l4o", "mp", "mpo", "mf", "mfo",
        "postal", "fee", "paid", "results", "eresults", "digitised", "reused", "pop", "measured", "early", "ontime", "late",
        "open", "satisfied", "resolved", "resmin"};

    /**
     * One scan of a JSON Lines file as the rows of {@link #expertSql(String)}: explicit columns, times as epoch
     * seconds, supplements kept as a list of {@code STRUCT(req, done)}.
     *
     * @param file the file
     * @return the {@code FROM} item
     */
    static String scan(Path file) {
        return "(SELECT province, channel, level, onlineMode AS mode, status, coalesce(feeBearing, false) AS fee, "
                + "coalesce(payment, 0) AS payment, coalesce(electronicResult, false) AS eres, "
                + "coalesce(digitised, false) AS digitised, coalesce(reused, false) AS reused, "
                + "coalesce(vneid, false) OR coalesce(populationData, false) AS pop, "
                + "coalesce(feedback IN ('dissatisfied', 'complaint'), false) AS neg, resultDelivery AS delivery, "
                + "legalMaxMinutes AS lmax, CAST(epoch(receivedAt) AS BIGINT) AS rec, CAST(epoch(dueAt) AS BIGINT) AS due, "
                + "CAST(coalesce(epoch(finishedAt), epoch(returnedAt)) AS BIGINT) AS ended, "
                + "list_transform(supplements, lambda s: {'req': CAST(epoch(s.requestedAt) AS BIGINT), "
                + "'done': CAST(epoch(s.completedAt) AS BIGINT)}) AS sup "
                + "FROM read_ndjson('" + file + "', columns = " + COLUMNS + "))";
    }

    /**
     * The report's numbers as an expert writes them in DuckDB: one scan of the rows, each dossier's on-time measure
     * (formula 2.1 with SUBTRACT, wall clock, 480-minute early margin; 2.2) computed in the row with list lambdas over
     * its supplements ({@code list_filter}, {@code list_transform}, {@code list_sum}), counters with
     * {@code count_if}, aggregated per province, and the overall row as the sum of the provinces' rows: no table
     * built, no join.
     *
     * @param rows the rows ({@link #scan(Path)}, or a table with the same columns)
     * @return the query: one row per province and a last row with a {@code NULL} province for all
     */
    static String expertSql(String rows) {
        long asOf = AS_OF.getEpochSecond();
        String ended = "(ended IS NULL OR ended > " + asOf + ")";
        String end1 = "CASE WHEN " + ended + " THEN " + asOf + " ELSE ended END";
        return "WITH a AS (SELECT *, rec IS NOT NULL AND status <> 'refused-at-reception' AS counted, " + ended
                + " AS is_open, " + end1 + " AS end1 FROM " + rows + "), "
                + "b AS (SELECT *, list_filter(sup, lambda s: s.req < end1 AND (s.done IS NULL OR s.done > end1)) AS waiting "
                + "FROM a), "
                + "c AS (SELECT *, coalesce(len(waiting), 0) AS oc, "
                + "CASE WHEN len(waiting) = 1 THEN greatest(waiting[1].req, rec) ELSE end1 END AS end2 FROM b), "
                + "d AS (SELECT *, greatest(0, (end2 - rec) // 60 - coalesce(list_sum(list_transform(list_filter(sup, "
                + "lambda s: s.req < end2 AND s.done IS NOT NULL AND s.done <= end2), "
                + "lambda s: (greatest(s.done, rec) - greatest(s.req, rec)) // 60)), 0)) AS used, "
                + "CASE WHEN due IS NOT NULL THEN (CASE WHEN due > rec THEN (due - rec) // 60 ELSE 0 END) "
                + "WHEN lmax >= 0 THEN lmax END AS allowed FROM c), "
                + "e AS (SELECT *, counted AND end1 >= rec AND allowed IS NOT NULL AS measured, "
                + "oc > 1 OR used > allowed AS late, is_open OR oc = 1 AS still_open, "
                + "counted AND end1 >= rec AND NOT is_open AND status IN ('processed', 'result-returned') AS resolved FROM d), "
                + "p AS (SELECT province, count(*) AS total, count_if(counted) AS received, "
                + "count_if(counted AND channel = 'online') AS online, "
                + "count_if(counted AND level = 3) AS l3, count_if(counted AND level = 3 AND channel = 'online') AS l3o, "
                + "count_if(counted AND level = 4) AS l4, count_if(counted AND level = 4 AND channel = 'online') AS l4o, "
                + "count_if(counted AND mode = 'partial') AS mp, count_if(counted AND mode = 'partial' AND channel = 'online') AS mpo, "
                + "count_if(counted AND mode = 'full') AS mf, count_if(counted AND mode = 'full' AND channel = 'online') AS mfo, "
                + "count_if(counted AND (channel = 'postal' OR delivery = 'postal')) AS postal, "
                + "count_if(counted AND fee) AS fee, count_if(counted AND fee AND payment IN (1, 2)) AS paid, "
                + "count_if(counted AND status IN ('processed', 'result-returned')) AS results, "
                + "count_if(counted AND status IN ('processed', 'result-returned') AND eres) AS eresults, "
                + "count_if(counted AND digitised) AS digitised, count_if(counted AND reused) AS reused, "
                + "count_if(counted AND pop) AS pop, count_if(measured) AS measured, "
                + "count_if(measured AND NOT late AND NOT still_open AND used <= allowed - 480) AS early, "
                + "count_if(measured AND NOT late AND NOT (NOT still_open AND used <= allowed - 480)) AS ontime, "
                + "count_if(measured AND late) AS late, count_if(measured AND still_open) AS open, "
                + "count_if(measured) - count_if(measured AND late) - count_if(measured AND neg) AS satisfied, "
                + "count_if(resolved) AS resolved, coalesce(sum(used) FILTER (WHERE resolved), 0) AS resmin "
                + "FROM e GROUP BY province) "
                + "SELECT * FROM p UNION ALL SELECT NULL, " + sums() + " FROM p";
    }

    private static String sums() {
        StringBuilder b = new StringBuilder();
        for (String c : COUNTERS) {
            b.append(b.length() == 0 ? "" : ", ").append(c.equals("satisfied") ? "sum(satisfied)" : "sum(" + c + ")");
        }
        return b.toString();
    }

    /**
     * The same counters from dvc4j's metrics, for the check that both sides agree.
     *
     * @param m the metrics of a province or of all
     * @return the counters in {@link #COUNTERS} order ({@code satisfied} before clamping at zero, as SQL sums it)
     */
    static long[] counters(dev.dvc4j.stats.Metrics m) {
        dev.dvc4j.stats.Metrics.OnTime t = m.onTime();
        return new long[] {m.total(), m.received(), num(m, Metric.ONLINE_SHARE), den(m, Metric.ONLINE_SHARE_LEVEL_3),
            num(m, Metric.ONLINE_SHARE_LEVEL_3), den(m, Metric.ONLINE_SHARE_LEVEL_4), num(m, Metric.ONLINE_SHARE_LEVEL_4),
            den(m, Metric.ONLINE_SHARE_PARTIAL), num(m, Metric.ONLINE_SHARE_PARTIAL), den(m, Metric.ONLINE_SHARE_FULL),
            num(m, Metric.ONLINE_SHARE_FULL), num(m, Metric.POSTAL_SHARE), m.feeBearing(), num(m, Metric.ONLINE_PAYMENT),
            den(m, Metric.ELECTRONIC_RESULT), num(m, Metric.ELECTRONIC_RESULT), num(m, Metric.DIGITISED),
            num(m, Metric.REUSE), num(m, Metric.POPULATION_DATA), t.measured(), t.early(), t.onTime(), t.late(), t.open(),
            num(m, Metric.SATISFACTION), m.resolved(), m.resolutionMinutes()};
    }

    private static long num(dev.dvc4j.stats.Metrics m, Metric metric) {
        return m.rate(metric).numerator();
    }

    private static long den(dev.dvc4j.stats.Metrics m, Metric metric) {
        return m.rate(metric).denominator();
    }

    /**
     * Runs the expert query and checks that it gives dvc4j's numbers on every province and counter.
     *
     * @param st the statement
     * @param rows the rows
     * @param report dvc4j's report of the same facts, grouped by province
     * @return the number of rows compared
     * @throws Exception if the query fails
     * @throws IllegalStateException if any number differs
     */
    static int checkExpert(Statement st, String rows, dev.dvc4j.stats.report.StatsReport report) throws Exception {
        int compared = 0;
        try (java.sql.ResultSet rs = st.executeQuery(expertSql(rows))) {
            while (rs.next()) {
                String province = rs.getString("province");
                dev.dvc4j.stats.Metrics m = province == null ? report.overall()
                        : report.groups().get(dev.dvc4j.stats.GroupKey.of(province));
                long[] expected = counters(m);
                for (int k = 0; k < COUNTERS.length; k++) {
                    long sql = rs.getLong(COUNTERS[k]);
                    long dvc4j = expected[k];
                    // dvc4j clamps the satisfied count at zero; the query sums it unclamped over provinces
                    if (COUNTERS[k].equals("satisfied") ? Math.max(0, sql) != dvc4j : sql != dvc4j) {
                        throw new IllegalStateException("DuckDB and dvc4j disagree on " + COUNTERS[k] + " of "
                                + (province == null ? "all" : province) + ": " + sql + " against " + dvc4j);
                    }
                }
                compared++;
            }
        }
        if (compared != report.groups().size() + 1) {
            throw new IllegalStateException("DuckDB gave " + compared + " rows for " + (report.groups().size() + 1));
        }
        return compared;
    }
}
