package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.HeadSignature;
import dev.dvc4j.core.dossier.HistoryVerification;
import dev.dvc4j.core.dossier.SignatureCheck;
import dev.dvc4j.core.dossier.SignedHistoryVerification;
import dev.dvc4j.core.dossier.TrustedKeys;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.LineReader;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvc4j validate DOSSIER.json}: reads a dossier strictly and reports every violation with its JSON path. A
 * {@code .jsonl} file is checked line by line, in constant memory. A national-portal payload (an object with
 * {@code data}) and a procedure catalogue (an object with {@code procedures} or {@code offers}) are recognised and
 * checked with their own readers, which list every problem at once.
 *
 * <p>The hash chain alone cannot tell a history edited and consistently re-hashed from the genuine one. Two options
 * can: {@code --head-hash HEX}, the head hash stored elsewhere, which the history must end at; and
 * {@code --trusted-keys FILE}, which verifies the dossier's head signatures and reports how far they cover it (exit 1
 * on an invalid signature or when no event is covered).
 */
@Command(name = "validate", description = {"Check a dossier file: strict JSON, legal history, intact hash chain.",
    "A .jsonl file (one dossier per line) is checked line by line; a national-portal payload",
    "(\"data\") or a procedure catalogue (\"procedures\", \"offers\") is checked with its own reader.",
    "--head-hash and --trusted-keys also catch a history edited and re-hashed (see dvc4j sign)."})
public final class ValidateCommand extends Dvc4jSubcommand {

    @Parameters(paramLabel = "DOSSIER.json", description = "The dossier in dvc4j's JSON wire format.")
    String file;

    @Option(names = "--head-hash", paramLabel = "HEX", description = {"The dossier's head hash as stored elsewhere (64 hex digits):",
        "the history must end at it, so an edited, cut or extended history is reported."})
    String headHash;

    @Option(names = "--trusted-keys", paramLabel = "FILE", description = {"PEM file of trusted public keys (PUBLIC KEY blocks): verify the",
        "head signatures; exit 1 on an invalid one or when no event is covered."})
    String trustedKeys;

    /** Violations listed at most, for a JSON Lines file. */
    static final int MAX_LISTED = 100;

    /**
     * One problem found.
     *
     * @param path the JSON path, {@code $} for the whole document (prefixed with {@code line N:} in JSON Lines)
     * @param line the 1-based line in the file, or 0 when not known
     * @param column the 1-based column (in characters), or 0 when not known
     * @param code the stable code
     * @param message the message in the chosen language
     */
    record Violation(String path, long line, long column, String code, String message) {
        Violation(String path, String code, String message) {
            this(path, 0, 0, code, message);
        }

        /** @return the line and column, {@code 3:14}, or empty */
        String position() {
            return line == 0 ? "" : column == 0 ? String.valueOf(line) : line + ":" + column;
        }
    }

    /** The trusted keys, when given. */
    private TrustedKeys trusted;

    @Override
    protected int run() throws java.io.IOException {
        Inputs.file(file);
        String anchor = headHash == null ? null : headHash();
        trusted = trustedKeys == null ? null : TrustedKeys.read(Inputs.file(trustedKeys));
        if (file.endsWith(".jsonl") || file.endsWith(".ndjson")) {
            if (anchor != null) {
                throw new CliInputException("cli.option-not-applicable", LocalizedText.of(
                        "--head-hash áp dụng cho một hồ sơ, không cho tệp nhiều hồ sơ %s",
                        "--head-hash applies to one dossier, not to the file of many dossiers %s").formatted(file));
            }
            return runLines();
        }
        String kind = kind();
        if (kind.equals("portal") || kind.equals("catalogue")) {
            if (anchor != null || trusted != null) {
                throw new CliInputException("cli.option-not-applicable", LocalizedText.of(
                        "--head-hash và --trusted-keys chỉ áp dụng cho hồ sơ, %s không phải hồ sơ",
                        "--head-hash and --trusted-keys apply to dossiers only; %s is not a dossier").formatted(file));
            }
            return report(kind, kind.equals("portal") ? portalProblems() : catalogueProblems(), null, null);
        }
        List<Violation> violations = new ArrayList<>();
        Dossier dossier = null;
        try {
            dossier = Dvc4jJson.read(Path.of(file), Dossier.class);
        } catch (WireFormatException e) {
            ReadProblem p = e.problem();
            if (p.code().equals("input.io")) {
                throw new CliInputException("cli.io", LocalizedText.of(p.describe(false), p.describe(true)), e);
            }
            violations.add(new Violation(p.path().isEmpty() ? "$" : p.path(), p.line(), p.column(), p.code(), options.t(p.message())));
        }
        SignedHistoryVerification signed = null;
        if (dossier != null) {
            HistoryVerification v = dossier.verifyHistory();
            if (!v.intact()) {
                violations.add(new Violation("$.events[" + v.firstBadIndex() + "]", "dossier.history", options.t(v.problem())));
            } else if (anchor != null) {
                HistoryVerification anchored = Dossier.verifyHistory(dossier.events(), anchor);
                if (!anchored.intact()) {
                    violations.add(new Violation("$.headHash", "dossier.head-mismatch", options.t(anchored.problem())));
                }
            }
            if (trusted != null) {
                signed = dossier.verifyHistory(trusted);
                violations.addAll(signatureViolations("", signed, dossier));
            }
        }
        return report("dossier", violations, dossier, signed);
    }

    /** The violations of a signed history: each failed signature, and no event covered. */
    private List<Violation> signatureViolations(String prefix, SignedHistoryVerification signed, Dossier dossier) {
        List<Violation> out = new ArrayList<>();
        for (SignatureCheck c : signed.failures()) {
            out.add(new Violation(prefix + "$.signatures[" + c.index() + "]", "dossier.signature." + c.status().wireName(),
                    options.t(c.message())));
        }
        if (signed.covered() == 0) {
            out.add(new Violation(prefix + "$.events[0]", "dossier.signature.uncovered", options.t(signed.coverage(dossier.events()))));
        }
        return out;
    }

    /** @return the --head-hash option as 64 lower-case hex digits */
    private String headHash() {
        String h = headHash.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.length() != 64 || !h.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new CliInputException("cli.invalid-head-hash", LocalizedText.of(
                    "--head-hash: mã băm đầu chuỗi phải gồm 64 chữ số hệ 16", "--head-hash: a head hash is 64 hex digits"));
        }
        return h;
    }

    private int report(String kind, List<Violation> violations, Dossier dossier, SignedHistoryVerification signed) {
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", file);
            r.put("kind", kind);
            r.put("valid", violations.isEmpty());
            if (dossier != null) {
                r.put("code", dossier.code().toString());
                r.put("status", dossier.status().wireName());
                r.put("statusCode", dossier.status().portalCode());
                r.put("events", dossier.version());
                r.put("headHash", dossier.headHash());
                if (headHash != null) {
                    r.put("headHashMatches", violations.stream().noneMatch(v -> v.code().equals("dossier.head-mismatch")
                            || v.code().equals("dossier.history")));
                }
                if (signed != null) {
                    r.put("signatures", signed.signatures().stream().map(this::signatureJson).toList());
                    r.put("coveredEvents", signed.covered());
                    r.put("firstUncoveredEvent", signed.firstUncovered().isPresent() ? signed.firstUncovered().getAsInt() : null);
                    r.put("coverage", options.t(signed.coverage(dossier.events())));
                }
            }
            r.put("violations", violations);
            printJson(r);
        } else if (violations.isEmpty() && dossier == null) {
            out().println(options.t("Hợp lệ: ", "Valid: ") + file + " (" + (kind.equals("portal")
                    ? options.t("gói đồng bộ Cổng DVC quốc gia", "national-portal payload") : options.t("danh mục thủ tục", "procedure catalogue")) + ")");
        } else if (violations.isEmpty()) {
            out().println(options.t("Hợp lệ: ", "Valid: ") + file);
            out().println(options.t("  Mã hồ sơ:   ", "  Dossier:    ") + dossier.code());
            out().println(options.t("  Trạng thái: ", "  Status:     ") + options.t(dossier.status().label())
                    + " (" + dossier.status().portalCode() + ")");
            out().println(options.t("  Sự kiện:    ", "  Events:     ") + dossier.version()
                    + options.t(", chuỗi băm nguyên vẹn", ", hash chain intact"));
            out().println(options.t("  Mã băm đầu: ", "  Head hash:  ") + dossier.headHash()
                    + (headHash == null ? "" : options.t(" (khớp mã băm đã lưu)", " (matches the stored one)")));
            printSignatures(dossier, signed);
        } else {
            out().println(options.t("Không hợp lệ: ", "Invalid: ") + file);
            table(violations);
            if (dossier != null) {
                printSignatures(dossier, signed);
            }
        }
        return violations.isEmpty() ? 0 : Dvc4jCommand.INVALID_INPUT;
    }

    private Map<String, Object> signatureJson(SignatureCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", c.index());
        m.put("version", c.signature().version());
        m.put("keyId", c.signature().keyId());
        m.put("algorithm", c.signature().algorithm().wireName());
        m.put("signedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.signature().signedAt().atZone(dev.dvc4j.core.Dvc4j.VIETNAM)));
        m.put("status", c.status().wireName());
        m.put("message", options.t(c.message()));
        return m;
    }

    /** The signatures and the coverage, when trusted keys were given. */
    private void printSignatures(Dossier dossier, SignedHistoryVerification signed) {
        if (signed == null) {
            return;
        }
        out().println(options.t("  Chữ ký:     ", "  Signatures: ") + signed.signatures().size());
        if (!signed.signatures().isEmpty()) {
            TextTable t = new TextTable("#", options.t("Số sự kiện", "Events"), options.t("Mã khóa", "Key id"),
                    options.t("Thuật toán", "Algorithm"), options.t("Thời điểm ký", "Signed at"), options.t("Kết quả", "Result"));
            for (SignatureCheck c : signed.signatures()) {
                HeadSignature s = c.signature();
                t.row(String.valueOf(c.index()), String.valueOf(s.version()), s.keyId(), s.algorithm().wireName(),
                        Calendars.local(s.signedAt(), options), options.t(c.status().label()));
            }
            t.print(out());
        }
        out().println("  " + options.t(signed.coverage(dossier.events())));
    }

    /** What the file holds, from its top-level keys; "dossier" when it cannot tell (the dossier reader then explains). */
    private String kind() {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file));
             com.fasterxml.jackson.core.JsonParser p = Dvc4jJson.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return "dossier";
            }
            String found = "dossier";
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (name.equals("events")) {
                    return "dossier";
                }
                if (name.equals("data")) {
                    found = "portal";
                } else if (name.equals("procedures") || name.equals("offers")) {
                    found = "catalogue";
                }
                p.nextToken();
                p.skipChildren();
            }
            return found;
        } catch (java.io.IOException e) {
            return "dossier";
        }
    }

    private List<Violation> portalProblems() throws java.io.IOException {
        List<Violation> violations = new ArrayList<>();
        dev.dvc4j.core.portal.ReadResult result;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(file))) {
            result = dev.dvc4j.core.portal.PortalReader.defaults().read(file, in);
        }
        for (dev.dvc4j.core.portal.PortalProblem p : result.problems()) {
            violations.add(new Violation(p.path().isEmpty() ? "$" : "$." + p.path(), "portal.payload", options.t(p.message())));
        }
        return violations;
    }

    private List<Violation> catalogueProblems() {
        List<Violation> violations = new ArrayList<>();
        for (dev.dvc4j.core.procedure.CatalogueProblem p
                : dev.dvc4j.core.procedure.CatalogueLoader.withDefaultValidator().check(java.nio.file.Path.of(file))) {
            String where = p.path().isEmpty() ? "$" : "$." + p.path();
            if (p.line().isPresent()) {
                where += " (" + options.t("dòng ", "line ") + p.line().getAsInt() + ")";
            }
            violations.add(new Violation(where, p.code(), options.t(p.message())));
        }
        return violations;
    }

    private int runLines() throws java.io.IOException {
        long size = java.nio.file.Files.size(Path.of(file));
        ReadSummary summary;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(file));
             Progress progress = new Progress(err(), options.t("Đang kiểm tra", "Checking"), -1)) {
            summary = LineReader.of(ReadMode.LENIENT)
                    .limits(new ReadLimits(ReadLimits.DEFAULTS.maxLineBytes(), ReadLimits.DEFAULTS.maxDocumentBytes(),
                            ReadLimits.DEFAULTS.maxNestingDepth(), ReadLimits.DEFAULTS.maxStringLength(),
                            ReadLimits.DEFAULTS.maxNumberLength(), MAX_LISTED))
                    .read(file, in, (number, line) -> {
                        progress.advance(1);
                        check(line);
                    });
        }
        List<Violation> violations = new ArrayList<>();
        for (ReadProblem p : summary.problems()) {
            violations.add(new Violation("line " + p.line() + ": " + (p.path().isEmpty() ? "$" : p.path()), p.line(), p.column(),
                    p.code(), options.t(p.message())));
        }
        long invalid = summary.malformed();
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", file);
            r.put("valid", invalid == 0);
            r.put("lines", summary.lines());
            r.put("bytes", size);
            r.put("records", summary.records());
            r.put("validLines", summary.accepted());
            r.put("invalidLines", invalid);
            r.put("blankLines", summary.blank());
            r.put("violations", violations);
            r.put("violationsListed", violations.size());
            printJson(r);
        } else {
            out().println((invalid == 0 ? options.t("Hợp lệ: ", "Valid: ") : options.t("Không hợp lệ: ", "Invalid: ")) + file);
            out().printf("  %s %,d, %s %,d%n", options.t("Số dòng:", "Lines:"), summary.lines(), options.t("dòng lỗi:", "invalid:"), invalid);
            if (!violations.isEmpty()) {
                table(violations);
                if (invalid > violations.size()) {
                    out().println(options.t("… và " + (invalid - violations.size()) + " dòng lỗi khác",
                            "… and " + (invalid - violations.size()) + " more invalid lines"));
                }
            }
        }
        return invalid == 0 ? 0 : Dvc4jCommand.INVALID_INPUT;
    }

    private void table(List<Violation> violations) {
        TextTable t = new TextTable(options.t("Đường dẫn", "Path"), options.t("Dòng:cột", "Line:col"),
                options.t("Mã lỗi", "Code"), options.t("Thông báo", "Message"));
        violations.forEach(v -> t.row(v.path(), v.position(), v.code(), v.message()));
        t.print(out());
    }

    /** Checks one line's dossier: strict JSON, an intact history and, with trusted keys, its signatures. */
    private void check(String line) {
        Dossier d = Dvc4jJson.read(line, Dossier.class);
        HistoryVerification v = d.verifyHistory();
        if (!v.intact()) {
            throw new InputFormatException(new ReadProblem("", 1, 0, "$.events[" + v.firstBadIndex() + "]", "dossier.history",
                    v.problem()), null);
        }
        if (trusted != null) {
            SignedHistoryVerification signed = d.verifyHistory(trusted);
            if (!signed.failures().isEmpty()) {
                SignatureCheck c = signed.failures().get(0);
                throw new InputFormatException(new ReadProblem("", 1, 0, "$.signatures[" + c.index() + "]",
                        "dossier.signature." + c.status().wireName(), c.message()), null);
            }
            if (signed.covered() == 0) {
                throw new InputFormatException(new ReadProblem("", 1, 0, "$.events[0]", "dossier.signature.uncovered",
                        signed.coverage(d.events())), null);
            }
        }
    }
}
