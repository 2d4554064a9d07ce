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
import java.time.Instant;
import java.time.LocalDate;
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

    /** Loads a JSON Lines file into tables {@code f} (times as epoch seconds) and {@code s} (supplements). */
    static void load(Statement st, Path file) throws Exception {
        st.execute("CREATE OR REPLACE TABLE f AS SELECT row_number() OVER () AS id, agency, province, channel, level, "
                + "onlineMode AS mode, status, CAST(epoch(receivedAt) AS BIGINT) AS rec, CAST(epoch(dueAt) AS BIGINT) AS due, "
                + "coalesce(CAST(epoch(finishedAt) AS BIGINT), CAST(epoch(returnedAt) AS BIGINT)) AS end0, "
                + "coalesce(payment, 0) AS payment, coalesce(feeBearing, false) AS fee, coalesce(digitised, false) AS digitised, "
                + "coalesce(reused, false) AS reused, coalesce(electronicResult, false) AS eres, "
                + "coalesce(vneid, false) OR coalesce(populationData, false) AS pop, "
                + "coalesce(feedback IN ('dissatisfied', 'complaint'), false) AS neg, resultDelivery AS delivery, "
                + "legalMaxMinutes, supplements FROM read_json('" + file + "', format = 'newline_delimited', columns = "
                + COLUMNS + ")");
        st.execute("CREATE OR REPLACE TABLE s AS SELECT id, CAST(epoch(u.requestedAt) AS BIGINT) AS req, "
                + "CAST(epoch(u.completedAt) AS BIGINT) AS done FROM (SELECT id, UNNEST(supplements) AS u FROM f "
                + "WHERE supplements IS NOT NULL)");
    }

    /**
     * The report's numbers in SQL: per province and overall (grouping sets), every counter behind the dossier
     * metrics, with formula 2.1 (SUBTRACT, wall clock, 480-minute early margin) and 2.2.
     */
    static String reportSql() {
        long asOf = AS_OF.getEpochSecond();
        return "WITH b1 AS (SELECT id, rec, due, legalMaxMinutes, status, (end0 IS NULL OR end0 > " + asOf + ") AS is_open, "
                + " CASE WHEN end0 IS NULL OR end0 > " + asOf + " THEN " + asOf + " ELSE end0 END AS end1 FROM f "
                + " WHERE rec IS NOT NULL AND status <> 'refused-at-reception'), "
                + "o AS (SELECT b1.id, count(*) AS oc, min(s.req) AS first_open FROM b1 JOIN s ON s.id = b1.id "
                + " WHERE s.req < b1.end1 AND (s.done IS NULL OR s.done > b1.end1) GROUP BY b1.id), "
                + "b2 AS (SELECT b1.*, coalesce(o.oc, 0) AS oc, "
                + " CASE WHEN o.oc = 1 THEN greatest(o.first_open, b1.rec) ELSE b1.end1 END AS end2 "
                + " FROM b1 LEFT JOIN o ON o.id = b1.id), "
                + "m AS (SELECT b2.id, sum((greatest(s.done, b2.rec) - greatest(s.req, b2.rec)) // 60) AS sup "
                + " FROM b2 JOIN s ON s.id = b2.id WHERE s.req < b2.end2 AND s.done IS NOT NULL AND s.done <= b2.end2 "
                + " GROUP BY b2.id), "
                + "c AS (SELECT b2.id, b2.is_open, b2.status, b2.end1 < b2.rec AS too_early, "
                + " greatest(0, (b2.end2 - b2.rec) // 60 - coalesce(m.sup, 0)) AS used, "
                + " CASE WHEN b2.due IS NOT NULL THEN (CASE WHEN b2.due > b2.rec THEN (b2.due - b2.rec) // 60 ELSE 0 END) "
                + "      WHEN b2.legalMaxMinutes >= 0 THEN b2.legalMaxMinutes ELSE NULL END AS allowed, "
                + " b2.oc, (b2.is_open OR b2.oc = 1) AS still_open FROM b2 LEFT JOIN m ON m.id = b2.id), "
                + "d AS (SELECT id, NOT too_early AND allowed IS NOT NULL AS measured, (oc > 1 OR used > allowed) AS late, "
                + " still_open, used, allowed, NOT too_early AND NOT is_open AND status IN ('processed', 'result-returned') AS resolved "
                + " FROM c) "
                + "SELECT f.province, count(*) AS total, "
                + "count(*) FILTER (WHERE rec IS NOT NULL AND status <> 'refused-at-reception') AS received, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND channel = 'online') AS online, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND level = 3) AS l3, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND level = 3 AND channel = 'online') AS l3o, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND level = 4) AS l4, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND level = 4 AND channel = 'online') AS l4o, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND mode = 'partial') AS mp, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND mode = 'partial' AND channel = 'online') AS mpo, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND mode = 'full') AS mf, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND mode = 'full' AND channel = 'online') AS mfo, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND (channel = 'postal' OR delivery = 'postal')) AS postal, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND fee) AS fee, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND fee AND payment IN (1, 2)) AS paid, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND status IN ('processed', 'result-returned')) AS results, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND status IN ('processed', 'result-returned') AND eres) AS eresults, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND digitised) AS digitised, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND reused) AS reused, "
                + "count(*) FILTER (WHERE d.id IS NOT NULL AND pop) AS pop, "
                + "count(*) FILTER (WHERE measured) AS measured, count(*) FILTER (WHERE measured AND late) AS late, "
                + "count(*) FILTER (WHERE measured AND NOT late AND NOT still_open AND used <= allowed - 480) AS early, "
                + "count(*) FILTER (WHERE measured AND still_open) AS open, "
                + "count(*) FILTER (WHERE measured AND neg) AS negmeasured, "
                + "count(*) FILTER (WHERE resolved) AS resolved, coalesce(sum(used) FILTER (WHERE resolved), 0) AS resmin "
                + "FROM f LEFT JOIN d ON d.id = f.id GROUP BY GROUPING SETS ((f.province), ())";
    }
}
