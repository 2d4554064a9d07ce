package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.CatalogueException;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.ServiceAccumulator;
import dev.dvc4j.stats.ServiceFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.StatsPoints;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.Target;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportRenderer;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import dev.dvc4j.testkit.SyntheticDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvc4j report [FILE…]}: the rates provinces are ranked on (Decision 766), from dossier-facts JSON Lines or
 * CSV, dossier JSON Lines or a national-portal payload; without a file, from a bundled synthetic province dataset.
 * Streams its input (constant memory), draws a progress bar for long runs, and optionally writes a PNG chart.
 */
@Command(name = "report", description = {"Statistics of online public services (online, on-time, payment, digitisation rates;",
    "Decision 766 index) from JSON Lines, CSV or portal-payload files; without a file, on a bundled synthetic dataset."})
public final class ReportCommand extends Dvc4jSubcommand {

    /** The bundled dataset: how many dossiers, which seed, which year. */
    static final int BUNDLED_COUNT = 20_000;
    static final long BUNDLED_SEED = 2025;
    static final LocalDate BUNDLED_FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate BUNDLED_TO = LocalDate.of(2025, 12, 31);
    static final String SYNTHETIC_CATALOGUE = "/dev/dvc4j/examples/cli/synthetic-province-catalogue.json";


    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Inputs: .jsonl (dossiers or dossier facts), .csv (facts), .json (national-portal payload).")
    List<String> files = new ArrayList<>();

    @Option(names = "--by", paramLabel = "DIM", description = "Group by agency, procedure, sector, province, channel, level, day, week or month (repeatable).")
    List<String> by = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets to assess (JSON: {\"targets\": [...]}).")
    String targetsFile;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (by receipt, else filing).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period, inclusive; open dossiers are measured at its end.")
    String to;

    @Option(names = "--as-of", paramLabel = "DATETIME", description = "When open dossiers are measured (default: the end of --to, else now).")
    String asOf;

    @Option(names = "--index766", description = "Score the Decision 766 index.")
    boolean index766;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Write a PNG: monthly online and on-time trends and the ranking (rate, 95%% interval, ranked value).")
    String chart;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Write a self-contained HTML report (tables, trends and ranking as inline SVG; works offline).")
    String html;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", description = "Write an Excel workbook: one sheet per grouping, numerators, denominators and rates as numbers.")
    String xlsx;

    @Option(names = "--rank-by", paramLabel = "DIM", description = "What the chart, HTML and workbook rank (default: the first --by that is not a time, else procedure).")
    String rankBy;

    @Option(names = "--catalogue", paramLabel = "FILE", description = {"Procedure catalogue: sectors and service levels for dossier and portal inputs;",
                "'synthetic' for the catalogue of the synthetic data (dvc4j generate)."})
    String catalogueFile;

    @Option(names = "--supplement-clock", paramLabel = "subtract|restart", description = "How supplements count in the on-time rate (default: the runtime's, restart: Decision 45/2016; subtract: the portal's formula sheet).")
    String supplementClock;

    @Option(names = "--lenient", description = "Skip malformed rows (counted and listed) instead of stopping at the first.")
    boolean lenient;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read JSON Lines and CSV inputs (default: the available processors).")
    Integer threads;

    @Override
    protected int run() throws IOException {
        boolean bundled = files.isEmpty();
        int readers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (readers < 1) {
            throw new UsageException(spec.commandLine(), "cli.usage.invalid-value", dev.dvc4j.core.LocalizedText.of(
                    "--threads: cần ít nhất 1 luồng, nhận được " + readers, "--threads: at least 1 thread is needed, got " + readers));
        }
        List<Dimension> groups = new ArrayList<>();
        for (String d : by) {
            groups.add(dimension("--by", d));
        }
        Instant start = from == null ? (bundled ? vn(BUNDLED_FROM) : null) : vn(Inputs.date("--from", from));
        Instant end = to == null ? (bundled ? vn(BUNDLED_TO.plusDays(1)) : null) : vn(Inputs.date("--to", to).plusDays(1));
        Instant measuredAt = asOf != null ? Inputs.instant("--as-of", asOf) : end != null ? end : Runtimes.runtime().clock().instant();
        SupplementClock clock = supplementClock == null ? null : switch (supplementClock.toLowerCase(java.util.Locale.ROOT)) {
            case "subtract" -> SupplementClock.SUBTRACT;
            case "restart" -> SupplementClock.RESTART;
            default -> throw new CliInputException("cli.supplement-clock", LocalizedText.of(
                    "--supplement-clock: \"%s\" không hợp lệ (subtract hoặc restart)", "--supplement-clock: \"%s\" is not subtract or restart")
                    .formatted(supplementClock));
        };
        List<Target> targets = targetsFile == null ? List.of() : targets(targetsFile);
        for (String f : files) {
            ReportInputs.kindOf(f); // every input checked before any work
        }
        boolean readable = chart != null || html != null || xlsx != null;
        String[][] outputs = {{"--chart", chart}, {"--html", html}, {"--xlsx", xlsx}};
        for (String[] o : outputs) {
            if (o[1] != null) {
                Outputs.target(o[0], o[1]);
            }
        }
        Catalogue catalogue = "synthetic".equals(catalogueFile) || (catalogueFile == null && bundled) ? syntheticCatalogue()
                : catalogueFile != null ? catalogue(catalogueFile) : null;
        ServiceLevels levels = ServiceLevels.from(Runtimes.runtime());
        // The runtime's on-time rule: its working calendar and supplement clock, as its dossiers' overdue checks use.
        MeasureSettings settings = MeasureSettings.from(Runtimes.runtime(), measuredAt);
        if (clock != null) {
            settings = settings.withSupplementClock(clock);
        }
        ReportSpec.Builder spec;
        try {
            spec = ReportSpec.builder(settings).groupBy(groups).targets(targets);
            if (start != null || end != null) {
                spec.period(start, end);
            }
            if (groups.size() == 1 && !groups.get(0).isTime()) {
                spec.ranking(Ranking.byWilsonLowerBound(), Metric.ON_TIME);
            }
            if (index766) {
                spec.index766(Runtimes.runtime().get(StatsPoints.INDEX_766));
                if (catalogue != null) {
                    spec.services(services(catalogue, levels, LocalDate.ofInstant(measuredAt, Dvc4j.VIETNAM)));
                }
            }
        } catch (StatsException e) {
            throw new CliInputException(e.code(), e.text(), e);
        }
        ReportSpec reportSpec = build(spec);
        ReportAccumulator main = ReportAccumulator.of(reportSpec);
        ReportAccumulator months = null;
        ReportAccumulator ranked = null;
        Dimension rankDimension = null;
        if (readable) {
            rankDimension = rankBy != null ? dimension("--rank-by", rankBy)
                    : groups.stream().filter(d -> !d.isTime()).findFirst().orElse(Dimension.PROCEDURE);
            if (rankDimension.isTime()) {
                throw new CliInputException("cli.rank-by", LocalizedText.of(
                        "--rank-by cần một chiều không phải thời gian: %s", "--rank-by needs a dimension that is not a time: %s")
                        .formatted(rankBy));
            }
            months = ReportAccumulator.of(build(copy(settings, start, end).groupBy(Dimension.MONTH)));
            ranked = ReportAccumulator.of(build(copy(settings, start, end).groupBy(rankDimension)
                    .ranking(Ranking.byWilsonLowerBound(), Metric.ON_TIME)));
        }
        Reports reports = new Reports(main, months, ranked);

        FactsMapper mapper = FactsMapper.defaults();
        if (catalogue != null) {
            mapper = mapper.withCatalogue(catalogue, levels);
        }
        ReadSummary summary = null;
        if (bundled) {
            SyntheticDossiers gen = SyntheticDossiers.builder().seed(BUNDLED_SEED).period(BUNDLED_FROM, BUNDLED_TO).build();
            FactsMapper fm = mapper;
            try (Progress progress = new Progress(err(), options.t("Đang tạo dữ liệu tổng hợp", "Generating synthetic data"), BUNDLED_COUNT)) {
                gen.stream(BUNDLED_COUNT).forEach(d -> {
                    reports.add(fm.fromDossier(d));
                    progress.advance(1);
                });
            }
        } else {
            ReportInputs inputs = new ReportInputs(mapper, lenient, readers);
            long total = 0;
            for (String f : files) {
                total += Files.size(Path.of(f));
            }
            try (Progress progress = new Progress(err(), options.t("Đang đọc", "Reading"), total).inBytes()) {
                for (String f : files) {
                    ReadSummary s = inputs.read(f, reports, progress);
                    summary = summary == null ? s : summary.plus(s, FactsReader.DEFAULT_MAX_PROBLEMS);
                }
            }
        }
        StatsReport report = main.result();
        if (summary != null) {
            report = report.withInput(summary);
        }
        String count = String.format(java.util.Locale.ROOT, "%,d", BUNDLED_COUNT);
        String label = bundled ? options.t(SyntheticDossiers.LABEL) + options.t(" — " + count.replace(',', '.') + " hồ sơ năm 2025, seed "
                + BUNDLED_SEED, " — " + count + " dossiers of 2025, seed " + BUNDLED_SEED) : "";
        if (readable) {
            ReportView view = new ReportView(report, months.result().groups(), ranked.result(), rankDimension,
                    ReportView.names(rankDimension, catalogue, LocalDate.ofInstant(measuredAt, Dvc4j.VIETNAM), options),
                    bundled ? options.t("Dữ liệu tổng hợp, không phải số liệu thật", "Synthetic data, not real figures") : "",
                    options);
            if (chart != null) {
                ReportCharts.png(Path.of(chart), view);
            }
            if (html != null) {
                HtmlReport.write(html, view);
            }
            if (xlsx != null) {
                XlsxReport.write(Path.of(xlsx), view);
            }
        }
        ReportRenderer renderer = ReportRenderer.of(options.locale());
        if (options.json()) {
            ObjectNode root = Dvc4jJson.mapper().createObjectNode();
            ObjectNode dataset = root.putObject("dataset");
            dataset.put("synthetic", bundled);
            if (bundled) {
                dataset.put("label", label);
                dataset.put("count", BUNDLED_COUNT);
                dataset.put("seed", BUNDLED_SEED);
            } else {
                dataset.putPOJO("files", files);
            }
            if (chart != null) {
                dataset.put("chart", chart);
            }
            if (html != null) {
                dataset.put("html", html);
            }
            if (xlsx != null) {
                dataset.put("xlsx", xlsx);
            }
            root.setAll((ObjectNode) Dvc4jJson.mapper().readTree(renderer.json(report)));
            printJson(root);
        } else {
            if (bundled) {
                out().println("[" + label + "]");
                out().println();
            }
            out().print(renderer.text(report));
            if (readable) {
                out().println();
            }
            if (chart != null) {
                out().println(options.t("Biểu đồ: ", "Chart: ") + chart);
            }
            if (html != null) {
                out().println(options.t("Báo cáo HTML: ", "HTML report: ") + html);
            }
            if (xlsx != null) {
                out().println(options.t("Bảng tính Excel: ", "Excel workbook: ") + xlsx);
            }
        }
        return 0;
    }

    private static Instant vn(LocalDate day) {
        return day.atStartOfDay(Dvc4j.VIETNAM).toInstant();
    }

    private static Dimension dimension(String option, String text) {
        try {
            return Dimension.parse(text);
        } catch (Dvc4jException e) {
            throw new CliInputException("cli.dimension", LocalizedText.of(
                    "%s: \"%s\" không phải chiều nhóm (agency, procedure, sector, province, channel, level, day, week, month)",
                    "%s: \"%s\" is not a grouping (agency, procedure, sector, province, channel, level, day, week, month)")
                    .formatted(option, text), e);
        } catch (RuntimeException e) {
            throw new CliInputException("cli.dimension", LocalizedText.of("%s: \"%s\" không phải chiều nhóm", "%s: \"%s\" is not a grouping")
                    .formatted(option, text), e);
        }
    }

    private static ReportSpec.Builder copy(MeasureSettings settings, Instant start, Instant end) {
        ReportSpec.Builder b = ReportSpec.builder(settings);
        if (start != null || end != null) {
            b.period(start, end);
        }
        return b;
    }

    private static ReportSpec build(ReportSpec.Builder b) {
        try {
            return b.build();
        } catch (StatsException e) {
            throw new CliInputException(e.code(), e.text(), e);
        }
    }

    private static List<Target> targets(String file) {
        Path p = Inputs.file(file);
        try (InputStream in = Files.newInputStream(p)) {
            return Target.read(in);
        } catch (IOException e) {
            throw Inputs.jsonProblem(file, e);
        } catch (Dvc4jException e) {
            throw new CliInputException(e.code(), LocalizedText.of(file + ": " + e.text().vi(), file + ": " + e.text().en()), e);
        }
    }

    private static Catalogue catalogue(String file) {
        Inputs.exists(file);
        try {
            return CatalogueLoader.withDefaultValidator().load(Path.of(file));
        } catch (CatalogueException e) {
            throw new CliInputException(e.code(), LocalizedText.of(file + ": " + e.text().vi(), file + ": " + e.text().en()), e);
        }
    }

    static Catalogue syntheticCatalogue() {
        try (InputStream in = ReportCommand.class.getResourceAsStream(SYNTHETIC_CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SYNTHETIC_CATALOGUE);
            }
            return CatalogueLoader.withDefaultValidator().load("synthetic-province-catalogue.json", in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Formulas 3.1 and 3.5 count procedures: each procedure once, at its highest level among its offers. */
    private static ServiceAccumulator.Result services(Catalogue catalogue, ServiceLevels levels, LocalDate day) {
        ServiceAccumulator acc = ServiceAccumulator.create();
        for (Procedure p : catalogue.procedures()) {
            Collection<ServiceOffer> offers = catalogue.offersFor(p.code());
            int level = 0;
            OnlineMode mode = OnlineMode.NOT_ONLINE;
            boolean payOnline = false;
            for (ServiceOffer o : offers) {
                LevelAssessment a = levels.assess(p, o, day);
                level = Math.max(level, a.legacyLevel());
                if (a.onlineMode().compareTo(mode) > 0) {
                    mode = a.onlineMode();
                }
                payOnline |= o.capabilities().contains(ServiceCapability.ONLINE_PAYMENT_NATIONAL_PORTAL)
                        || o.capabilities().contains(ServiceCapability.ONLINE_PAYMENT_OWN_GATEWAY);
            }
            acc.add(new ServiceFacts(p.code().toString(), "", level, mode, p.hasFeesOn(day), payOnline));
        }
        return acc.result();
    }

    /**
     * The report and, with a chart, the monthly and ranked reports, filled in one pass: a monoid, so the inputs can be
     * read on several threads, each into its own copy.
     */
    static final class Reports implements Accumulator<DossierFacts, Reports, StatsReport> {

        private static final long serialVersionUID = 1L;

        private final ReportAccumulator main;
        private final ReportAccumulator months;
        private final ReportAccumulator ranked;

        Reports(ReportAccumulator main, ReportAccumulator months, ReportAccumulator ranked) {
            this.main = main;
            this.months = months;
            this.ranked = ranked;
        }

        @Override
        public Reports empty() {
            return new Reports(main.empty(), months == null ? null : months.empty(), ranked == null ? null : ranked.empty());
        }

        @Override
        public void add(DossierFacts f) {
            main.add(f);
            if (months != null) {
                months.add(f);
                ranked.add(f);
            }
        }

        @Override
        public Reports merge(Reports other) {
            main.merge(other.main);
            if (months != null) {
                months.merge(other.months);
                ranked.merge(other.ranked);
            }
            return this;
        }

        @Override
        public StatsReport result() {
            return main.result();
        }
    }
}
