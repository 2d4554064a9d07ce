package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.HistoryVerification;
import dev.dvc4j.core.json.Dvc4jJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dvc4j validate DOSSIER.json}: reads a dossier strictly and reports every violation with its JSON path. */
@Command(name = "validate", description = "Check a dossier file: strict JSON, legal history, intact hash chain.")
public final class ValidateCommand extends Dvc4jSubcommand {

    private static final ObjectReader READER = Dvc4jJson.mapper().readerFor(Dossier.class);

    @Parameters(paramLabel = "DOSSIER.json", description = "The dossier in dvc4j's JSON wire format.")
    String file;

    /**
     * One problem found.
     *
     * @param path the JSON path, {@code $} for the whole document
     * @param code the stable code
     * @param message the message in the chosen language
     */
    record Violation(String path, String code, String message) {
    }

    @Override
    protected int run() {
        Inputs.file(file);
        List<Violation> violations = new ArrayList<>();
        Dossier dossier = null;
        try {
            dossier = Inputs.readJson(file, READER);
        } catch (CliInputException e) {
            if (e.code().equals("cli.file-not-found") || e.code().equals("cli.io")) {
                throw e;
            }
            String path = e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException jme ? Inputs.path(jme) : "$";
            violations.add(new Violation(path, e.code(), options.t(e.text())));
        }
        if (dossier != null) {
            HistoryVerification v = dossier.verifyHistory();
            if (!v.intact()) {
                violations.add(new Violation("$.events[" + v.firstBadIndex() + "]", "dossier.history", options.t(v.problem())));
            }
        }
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", file);
            r.put("valid", violations.isEmpty());
            if (dossier != null) {
                r.put("code", dossier.code().toString());
                r.put("status", dossier.status().wireName());
                r.put("statusCode", dossier.status().portalCode());
                r.put("events", dossier.version());
                r.put("headHash", dossier.headHash());
            }
            r.put("violations", violations);
            printJson(r);
        } else if (violations.isEmpty()) {
            out().println(options.t("Hợp lệ: ", "Valid: ") + file);
            out().println(options.t("  Mã hồ sơ:   ", "  Dossier:    ") + dossier.code());
            out().println(options.t("  Trạng thái: ", "  Status:     ") + options.t(dossier.status().label())
                    + " (" + dossier.status().portalCode() + ")");
            out().println(options.t("  Sự kiện:    ", "  Events:     ") + dossier.version()
                    + options.t(", chuỗi băm nguyên vẹn", ", hash chain intact"));
            out().println(options.t("  Mã băm đầu: ", "  Head hash:  ") + dossier.headHash());
        } else {
            out().println(options.t("Không hợp lệ: ", "Invalid: ") + file);
            TextTable t = new TextTable(options.t("Đường dẫn", "Path"), options.t("Mã lỗi", "Code"), options.t("Thông báo", "Message"));
            violations.forEach(v -> t.row(v.path(), v.code(), v.message()));
            t.print(out());
        }
        return violations.isEmpty() ? 0 : Dvc4jCommand.INVALID_INPUT;
    }
}
