package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dvc4j postal ...}: the public postal service (BCCI). */
@Command(name = "postal", description = "Public postal service (BCCI) prices.",
        subcommands = {PostalCommand.Quote.class})
public final class PostalCommand implements Runnable {

    @Mixin(name = "common")
    CommonOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw UsageException.missingSubcommand(spec.commandLine(), "quote");
    }

    /**
     * {@code dvc4j postal quote --leg send|return|both --zone ZONE --weight GRAMS [--date D] [--category C]
     * [--tariff FILE]}: the quote with its lines and the applicant/budget split.
     */
    @Command(name = "quote", description = "Quote sending a dossier and/or returning its result by public post.")
    public static final class Quote extends Dvc4jSubcommand {

        @Option(names = "--leg", required = true, paramLabel = "send|return|both", description = "Which legs.")
        String leg;

        @Option(names = "--zone", required = true, paramLabel = "ZONE",
                description = "The tariff zone, e.g. intra-district, inter-district, inter-province-same-region, inter-province-other-region.")
        String zone;

        @Option(names = "--weight", required = true, paramLabel = "GRAMS", description = "Weight of each item in grams.")
        int weight;

        @Option(names = "--date", paramLabel = "DATE", description = "The day of the service (default: today in Vietnam).")
        String date;

        @Option(names = "--category", paramLabel = "CODE", description = "A beneficiary category with an exemption, e.g. war-invalid.")
        String category;

        @Option(names = "--province", paramLabel = "NN", description = "The 2-digit province where the service is provided (selects local tariffs and subsidies).")
        String province;

        @Option(names = "--commune", paramLabel = "NNNNN", description = "The 5-digit commune where the service is provided.")
        String commune;

        @Option(names = "--fee-remittance", description = "The postal worker also collects the procedure fee.")
        boolean feeRemittance;

        @Option(names = "--tariff", paramLabel = "FILE", description = "A tariff JSON file that takes precedence over the bundled one.")
        String tariffFile;

        @Option(names = "--strict-scope", description = {"Refuse a quote that no tariff's declared scope (provinces, days) covers,",
            "instead of pricing it with the default tariff and flagging it out of scope."})
        boolean strictScope;

        @Override
        protected int run() {
            LocalDate day = date == null ? Runtimes.today() : Inputs.date("--date", date);
            PostalCalculator calculator;
            if (tariffFile == null) {
                calculator = PostalCalculator.from(Runtimes.runtime());
            } else {
                PostalTariff tariff;
                try {
                    tariff = PostalTariffs.load(Inputs.file(tariffFile));
                } catch (dev.dvc4j.core.Dvc4jException e) {
                    if (e instanceof CliInputException) {
                        throw e;
                    }
                    throw new CliInputException(e.code(), LocalizedText.of(tariffFile + ": " + e.text().vi(), tariffFile + ": " + e.text().en()), e);
                }
                calculator = PostalCalculator.builder().withBundledDefaults().tariff(tariff, Integer.MAX_VALUE).build();
            }
            if (strictScope) {
                calculator = calculator.withStrictScope();
            }
            PostalQuoteRequest.Builder b = PostalQuoteRequest.builder().legs(PostalLeg.parseChoice(leg)).zone(zone)
                    .weightGrams(weight).date(day);
            if (category != null) {
                b.category(category);
            }
            if (province != null) {
                b.province(province);
            }
            if (commune != null) {
                b.commune(commune);
            }
            if (feeRemittance) {
                b.feeRemittance();
            }
            PostalQuote q = calculator.quote(b.build());
            if (options.json()) {
                printJson(json(q));
                return 0;
            }
            String zoneName = q.zoneName() == null ? q.zone() : options.t(q.zoneName());
            out().println(options.t("Vùng: ", "Zone: ") + zoneName + (zoneName.equals(q.zone()) ? "" : " (" + q.zone() + ")")
                    + options.t(", khối lượng ", ", weight ") + q.weightGrams() + " g" + options.t(", ngày ", ", on ") + q.date());
            TextTable t = new TextTable(options.t("Khoản", "Line"), options.t("Số tiền", "Amount"),
                    options.t("Người nộp trả", "Applicant pays"), options.t("Ngân sách trả", "Budget pays")).right(1, 2, 3);
            for (PostalQuote.Line l : q.lines()) {
                t.row(options.t(l.label()), money(l.amount()), money(l.applicantShare()), money(l.budgetShare()));
            }
            t.row(options.t("Tổng cộng", "Total"), money(q.total()), money(q.applicantPays()), money(q.budgetPays()));
            t.print(out());
            out().println();
            out().println(q.describe(options.locale()));
            return 0;
        }

        private static String money(Vnd v) {
            return v.toVietnamese();
        }

        private Map<String, Object> json(PostalQuote q) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("tariff", q.tariffId());
            r.put("tariffName", options.t(q.tariffName()));
            r.put("tariffSource", q.tariffSource());
            r.put("vat", q.vat().toString().toLowerCase(java.util.Locale.ROOT));
            r.put("legs", q.legs().stream().map(PostalLeg::wireName).toList());
            r.put("zone", q.zone());
            r.put("weightGrams", q.weightGrams());
            r.put("date", q.date().toString());
            r.put("category", q.category());
            r.put("inScope", q.inScope());
            r.put("outOfScope", q.outOfScope() == null ? null : options.t(q.outOfScope()));
            List<Map<String, Object>> lines = new ArrayList<>();
            for (PostalQuote.Line l : q.lines()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", l.kind().wireName());
                m.put("leg", l.leg() == null ? null : l.leg().wireName());
                m.put("code", l.code());
                m.put("label", options.t(l.label()));
                m.put("amount", l.amount().dong());
                m.put("applicantShare", l.applicantShare().dong());
                m.put("budgetShare", l.budgetShare().dong());
                m.put("rounded", l.rounded());
                lines.add(m);
            }
            r.put("lines", lines);
            r.put("total", q.total().dong());
            r.put("applicantPays", q.applicantPays().dong());
            r.put("budgetPays", q.budgetPays().dong());
            r.put("explanation", q.explanation().stream().map(options::t).toList());
            return r;
        }
    }
}
