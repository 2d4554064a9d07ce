package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-criterion 2: on 1,000,000 generated facts, every rate's numerator and denominator equals an independent SQL
 * computation by DuckDB over the same JSON Lines file (DuckDB parses the file and the timestamps itself).
 */
class DuckDbOracleTest {

    static final int N = 1_000_000;
    static final Instant AS_OF = Instant.parse("2026-03-20T10:00:00Z");

    static final String COLUMNS = "{code:'VARCHAR', agency:'VARCHAR', procedure:'VARCHAR', sector:'VARCHAR', "
            + "province:'VARCHAR', channel:'VARCHAR', level:'INTEGER', onlineMode:'VARCHAR', filedAt:'TIMESTAMPTZ', "
            + "receivedAt:'TIMESTAMPTZ', dueAt:'TIMESTAMPTZ', finishedAt:'TIMESTAMPTZ', returnedAt:'TIMESTAMPTZ', "
            + "status:'VARCHAR', supplements:'STRUCT(requestedAt TIMESTAMPTZ, completedAt TIMESTAMPTZ)[]', "
            + "payment:'INTEGER', feeBearing:'BOOLEAN', digitised:'BOOLEAN', reused:'BOOLEAN', "
            + "electronicResult:'BOOLEAN', vneid:'BOOLEAN', populationData:'BOOLEAN', feedback:'VARCHAR', "
            + "resultDelivery:'VARCHAR', legalMaxMinutes:'INTEGER', distanceKm:'INTEGER'}";

    /** Per-dossier SQL of formula 2.1 (SUBTRACT, wall clock, 480-minute early margin) written from the spec. */
    static String perDossierSql(long asOf) {
        return "WITH base AS (SELECT id, province, status, "
                + " CAST(epoch(receivedAt) AS BIGINT) AS rec, CAST(epoch(dueAt) AS BIGINT) AS due, legalMaxMinutes, "
                + " coalesce(CAST(epoch(finishedAt) AS BIGINT), CAST(epoch(returnedAt) AS BIGINT)) AS end0 FROM f "
                + " WHERE receivedAt IS NOT NULL AND status <> 'refused-at-reception'), "
                + "b1 AS (SELECT *, (end0 IS NULL OR end0 > " + asOf + ") AS is_open, "
                + " CASE WHEN end0 IS NULL OR end0 > " + asOf + " THEN " + asOf + " ELSE end0 END AS end1 FROM base), "
                + "s AS (SELECT id, CAST(epoch(u.requestedAt) AS BIGINT) AS req, CAST(epoch(u.completedAt) AS BIGINT) AS done "
                + " FROM (SELECT id, UNNEST(supplements) AS u FROM f WHERE supplements IS NOT NULL)), "
                + "o AS (SELECT b1.id, count(*) AS oc, min(s.req) AS first_open FROM b1 JOIN s ON s.id = b1.id "
                + " WHERE s.req < b1.end1 AND (s.done IS NULL OR s.done > b1.end1) GROUP BY b1.id), "
                + "b2 AS (SELECT b1.*, coalesce(o.oc, 0) AS oc, "
                + " CASE WHEN o.oc = 1 THEN greatest(o.first_open, b1.rec) ELSE b1.end1 END AS end2 "
                + " FROM b1 LEFT JOIN o ON o.id = b1.id), "
                + "m AS (SELECT b2.id, sum((greatest(s.done, b2.rec) - greatest(s.req, b2.rec)) // 60) AS sup "
                + " FROM b2 JOIN s ON s.id = b2.id WHERE s.req < b2.end2 AND s.done IS NOT NULL AND s.done <= b2.end2 "
                + " GROUP BY b2.id), "
                + "c AS (SELECT b2.*, greatest(0, (b2.end2 - b2.rec) // 60 - coalesce(m.sup, 0)) AS used, "
                + " CASE WHEN b2.due IS NOT NULL THEN (CASE WHEN b2.due > b2.rec THEN (b2.due - b2.rec) // 60 ELSE 0 END) "
                + "      WHEN b2.legalMaxMinutes >= 0 THEN b2.legalMaxMinutes ELSE NULL END AS allowed "
                + " FROM b2 LEFT JOIN m ON m.id = b2.id) "
                + "SELECT c.*, (c.end1 < c.rec) AS too_early, "
                + " (c.end1 >= c.rec AND c.allowed IS NOT NULL) AS measured, "
                + " (c.oc > 1 OR c.used > c.allowed) AS late, "
                + " (c.is_open OR c.oc = 1) AS still_open FROM c";
    }

    @Test
    void everyRateMatchesAnIndependentSqlComputation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("facts.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            FactsWriter w = FactsWriter.jsonLines(out);
            SyntheticFacts.builder().seed(2026).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).build()
                    .stream(N).forEach(w::write);
        }
        MeasureSettings settings = MeasureSettings.wallClock(AS_OF);
        MetricsAccumulator acc = MetricsAccumulator.empty(settings);
        GroupedAccumulator<MetricsAccumulator, Metrics> byProvince =
                GroupedAccumulator.of(List.of(Dimension.PROVINCE), acc);
        ReadSummary summary = FactsReader.jsonLines().strict().read(file, f -> {
            acc.add(f);
            byProvince.add(f);
        });
        assertThat(summary.accepted()).isEqualTo(N);
        Metrics m = acc.result();

        long asOf = AS_OF.getEpochSecond();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            st.execute("CREATE TABLE f AS SELECT row_number() OVER () AS id, * FROM read_json('" + file
                    + "', format = 'newline_delimited', columns = " + COLUMNS + ")");
            st.execute("CREATE TABLE d AS " + perDossierSql(asOf));
            Map<String, Long> sql = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT "
                    + "(SELECT count(*) FROM f) AS total, "
                    + "count(*) AS received, "
                    + "count(*) FILTER (WHERE channel = 'online') AS online, "
                    + "count(*) FILTER (WHERE level = 3) AS l3, count(*) FILTER (WHERE level = 3 AND channel = 'online') AS l3o, "
                    + "count(*) FILTER (WHERE level = 4) AS l4, count(*) FILTER (WHERE level = 4 AND channel = 'online') AS l4o, "
                    + "count(*) FILTER (WHERE onlineMode = 'partial') AS mp, count(*) FILTER (WHERE onlineMode = 'partial' AND channel = 'online') AS mpo, "
                    + "count(*) FILTER (WHERE onlineMode = 'full') AS mf, count(*) FILTER (WHERE onlineMode = 'full' AND channel = 'online') AS mfo, "
                    + "count(*) FILTER (WHERE channel = 'postal' OR resultDelivery = 'postal') AS postal, "
                    + "count(*) FILTER (WHERE feeBearing) AS fee, count(*) FILTER (WHERE feeBearing AND payment IN (1, 2)) AS paid, "
                    + "count(*) FILTER (WHERE status IN ('processed', 'result-returned')) AS results, "
                    + "count(*) FILTER (WHERE status IN ('processed', 'result-returned') AND electronicResult) AS eresults, "
                    + "count(*) FILTER (WHERE digitised) AS digitised, count(*) FILTER (WHERE reused) AS reused, "
                    + "count(*) FILTER (WHERE vneid OR populationData) AS pop "
                    + "FROM f WHERE receivedAt IS NOT NULL AND status <> 'refused-at-reception'")) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sql.put(rs.getMetaData().getColumnName(i), rs.getLong(i));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT "
                    + "count(*) FILTER (WHERE measured) AS measured, "
                    + "count(*) FILTER (WHERE measured AND late) AS late, "
                    + "count(*) FILTER (WHERE measured AND NOT late AND NOT still_open AND used <= allowed - 480) AS early, "
                    + "count(*) FILTER (WHERE measured AND NOT late AND NOT (NOT still_open AND used <= allowed - 480)) AS ontime, "
                    + "count(*) FILTER (WHERE measured AND still_open) AS open, "
                    + "count(*) FILTER (WHERE measured AND still_open AND late) AS openlate, "
                    + "count(*) FILTER (WHERE NOT measured) AS unmeasured, "
                    + "count(*) FILTER (WHERE NOT too_early AND NOT is_open AND status IN ('processed', 'result-returned')) AS resolved, "
                    + "coalesce(sum(used) FILTER (WHERE NOT too_early AND NOT is_open AND status IN ('processed', 'result-returned')), 0) AS resmin "
                    + "FROM d")) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sql.put(rs.getMetaData().getColumnName(i), rs.getLong(i));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM d JOIN f ON f.id = d.id WHERE d.measured "
                    + "AND f.feedback IN ('dissatisfied', 'complaint')")) {
                rs.next();
                sql.put("negmeasured", rs.getLong(1));
            }

            assertThat(m.total()).isEqualTo(sql.get("total")).isEqualTo(N);
            assertThat(m.received()).isEqualTo(sql.get("received"));
            assertRate(m, Metric.ONLINE_SHARE, sql.get("online"), sql.get("received"));
            assertRate(m, Metric.ONLINE_SHARE_LEVEL_3, sql.get("l3o"), sql.get("l3"));
            assertRate(m, Metric.ONLINE_SHARE_LEVEL_4, sql.get("l4o"), sql.get("l4"));
            assertRate(m, Metric.ONLINE_SHARE_PARTIAL, sql.get("mpo"), sql.get("mp"));
            assertRate(m, Metric.ONLINE_SHARE_FULL, sql.get("mfo"), sql.get("mf"));
            assertRate(m, Metric.POSTAL_SHARE, sql.get("postal"), sql.get("received"));
            assertRate(m, Metric.ONLINE_PAYMENT, sql.get("paid"), sql.get("fee"));
            assertRate(m, Metric.ELECTRONIC_RESULT, sql.get("eresults"), sql.get("results"));
            assertRate(m, Metric.DIGITISED, sql.get("digitised"), sql.get("received"));
            assertRate(m, Metric.REUSE, sql.get("reused"), sql.get("received"));
            assertRate(m, Metric.POPULATION_DATA, sql.get("pop"), sql.get("received"));
            assertRate(m, Metric.ON_TIME, sql.get("early") + sql.get("ontime"), sql.get("measured"));
            assertThat(m.onTime()).isEqualTo(new Metrics.OnTime(sql.get("measured"), sql.get("early"), sql.get("ontime"),
                    sql.get("late"), sql.get("open"), sql.get("openlate"), sql.get("unmeasured")));
            assertRate(m, Metric.SATISFACTION,
                    Math.max(0, sql.get("measured") - sql.get("late") - sql.get("negmeasured")), sql.get("measured"));
            assertThat(m.resolved()).isEqualTo(sql.get("resolved"));
            assertThat(m.resolutionMinutes()).isEqualTo(sql.get("resmin"));
            // The data exercises every branch.
            assertThat(m.onTime().early()).isPositive();
            assertThat(m.onTime().late()).isPositive();
            assertThat(m.onTime().open()).isPositive();
            assertThat(m.onTime().openLate()).isPositive();
            assertThat(m.onTime().unmeasured()).isPositive();
            assertThat(m.withStatus(DossierStatus.REFUSED_AT_RECEPTION)).isPositive();

            try (ResultSet rs = st.executeQuery("SELECT status, count(*) FROM f GROUP BY status")) {
                while (rs.next()) {
                    DossierStatus s = DossierStatus.valueOf(rs.getString(1).toUpperCase().replace('-', '_'));
                    assertThat(m.withStatus(s)).as(s.name()).isEqualTo(rs.getLong(2));
                }
            }
            // Per province: online share and on-time rate.
            var groups = byProvince.result();
            int checked = 0;
            try (ResultSet rs = st.executeQuery("SELECT d.province, count(*) FILTER (WHERE f.channel = 'online'), count(*), "
                    + "count(*) FILTER (WHERE d.measured AND NOT d.late), count(*) FILTER (WHERE d.measured) "
                    + "FROM d JOIN f ON f.id = d.id GROUP BY d.province")) {
                while (rs.next()) {
                    Metrics g = groups.get(GroupKey.of(rs.getString(1)));
                    assertThat(g.rate(Metric.ONLINE_SHARE)).isEqualTo(Rate.of(rs.getLong(2), rs.getLong(3)));
                    assertThat(g.rate(Metric.ON_TIME)).isEqualTo(Rate.of(rs.getLong(4), rs.getLong(5)));
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(34);
        }
    }

    static void assertRate(Metrics m, Metric metric, long numerator, long denominator) {
        assertThat(m.rate(metric)).as(metric.name()).isEqualTo(Rate.of(numerator, denominator));
    }
}
