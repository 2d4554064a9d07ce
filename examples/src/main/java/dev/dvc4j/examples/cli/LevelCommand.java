package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.CatalogueException;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.procedure.CatalogueProblem;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.LevelGap;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.UnmetCriterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvc4j level PROCEDURE.json [--date D]}: the service level every offer in a catalogue file reaches under the
 * regime in force on a date, and the criteria still unmet for each higher level.
 */
@Command(name = "level", description = {"Assess the service level of the procedures and offers in a catalogue file.",
    "Without a file, the bundled sample catalogue."})
public final class LevelCommand extends Dvc4jSubcommand {

    @Parameters(paramLabel = "PROCEDURE.json", arity = "0..1",
            description = "A catalogue document (procedures and offers) or a directory of them.")
    String file;

    @Option(names = "--date", paramLabel = "DATE", description = "The date of the assessment (default: today in Vietnam).")
    String date;

    @Option(names = "--regime", paramLabel = "KEY", description = "Assess under this regime instead of the one in force.")
    String regime;

    @Override
    protected int run() {
        LocalDate on = date == null ? Runtimes.today() : Inputs.date("--date", date);
        Catalogue catalogue;
        CatalogueLoader loader = CatalogueLoader.withDefaultValidator();
        if (file == null) {
            catalogue = loader.loadSample();
        } else {
            Inputs.exists(file);
            try {
                catalogue = loader.load(java.nio.file.Path.of(file));
            } catch (CatalogueException e) {
                throw problems(e);
            }
        }
        ServiceLevels levels = ServiceLevels.from(Runtimes.runtime());
        List<LevelAssessment> assessments = new ArrayList<>();
        List<Procedure> withoutOffer = new ArrayList<>();
        for (Procedure p : catalogue.procedures()) {
            var offers = catalogue.offersFor(p.code());
            if (offers.isEmpty()) {
                withoutOffer.add(p);
            }
            for (ServiceOffer o : offers) {
                assessments.add(regime == null ? levels.assess(p, o, on) : levels.assess(regime, p, o, on));
            }
        }
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("catalogue", catalogue.label());
            r.put("sample", catalogue.isSample());
            r.put("date", on.toString());
            r.put("assessments", assessments.stream().map(this::json).toList());
            r.put("proceduresWithoutOffer", withoutOffer.stream().map(p -> p.code().toString()).toList());
            printJson(r);
            return 0;
        }
        if (catalogue.isSample()) {
            out().println(options.t("[Danh mục mẫu, chỉ để minh họa] ", "[Sample catalogue, illustrative only] ") + catalogue.label());
        }
        TextTable t = new TextTable(options.t("Thủ tục", "Procedure"), options.t("Cơ quan", "Agency"),
                options.t("Mức đạt", "Level"), options.t("Chưa đạt (tiêu chí)", "Unmet (criteria)"));
        for (LevelAssessment a : assessments) {
            t.row(a.procedure(), a.agency(), options.t(a.level().name()) + " (" + a.level().rank() + "/" + a.maxRank() + ")",
                    String.join(", ", a.unmet().stream().map(UnmetCriterion::code).toList()));
        }
        t.print(out());
        out().println();
        for (LevelAssessment a : assessments) {
            out().println(a.describe(options.locale()));
        }
        for (Procedure p : withoutOffer) {
            out().println(options.t("Thủ tục " + p.code() + " chưa có cơ quan nào cung cấp dịch vụ trực tuyến",
                    "Procedure " + p.code() + " has no agency offering it online"));
        }
        return 0;
    }

    private Map<String, Object> json(LevelAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("procedure", a.procedure().toString());
        m.put("agency", a.agency().toString());
        m.put("date", a.date().toString());
        m.put("regime", a.regime());
        m.put("legalBasis", a.legalBasis());
        m.put("provisional", a.provisional());
        m.put("level", a.level().code());
        m.put("levelName", options.t(a.level().name()));
        m.put("rank", a.level().rank());
        m.put("maxRank", a.maxRank());
        m.put("fullOnline", a.isFullOnline());
        m.put("onlineService", a.isOnlineService());
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (LevelGap g : a.gaps()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("level", g.level().code());
            gm.put("unmet", g.unmet().stream().map(u -> object("code", u.code(), "reason", options.t(u.reason()))).toList());
            gaps.add(gm);
        }
        m.put("gaps", gaps);
        m.put("equivalents", new java.util.TreeMap<>(a.equivalents()));
        return m;
    }

    private CliInputException problems(CatalogueException e) {
        List<CatalogueProblem> ps = e.problems();
        if (ps.isEmpty()) {
            return new CliInputException(e.code(), e.text(), e);
        }
        StringBuilder vi = new StringBuilder("Danh mục có " + ps.size() + " lỗi:");
        StringBuilder en = new StringBuilder("The catalogue has " + ps.size() + " problem(s):");
        for (CatalogueProblem p : ps) {
            vi.append("\n  ").append(p.location()).append(": ").append(p.message().vi()).append(" [").append(p.code()).append(']');
            en.append("\n  ").append(p.location()).append(": ").append(p.message().en()).append(" [").append(p.code()).append(']');
        }
        return new CliInputException(e.code(), LocalizedText.of(vi.toString(), en.toString()), e);
    }
}
