package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import org.junit.jupiter.api.Test;

class Dvc4jCommandTest {

    @Test
    void versionAndHelp() {
        Cli.Run v = Cli.run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("dvc4j ");
        Cli.Run h = Cli.run("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("report", "deadline", "holidays", "lunar", "postal", "level", "validate", "portal", "generate", "Exit codes");
        Cli.Run none = Cli.run();
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("Usage: dvc4j");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Run unknown = Cli.run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("dvc4j: Tùy chọn hoặc đối số không xác định: frobnicate (có phải generate?). "
                + "Xem: dvc4j --help\n");
        Cli.Run badOption = Cli.run("generate", "--count", "10", "--nope");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("--nope", "Xem: dvc4j generate --help");
        Cli.Run notANumber = Cli.run("generate", "--count", "many", "--lang", "en");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err()).isEqualTo("dvc4j: Invalid value \"many\" for --count. See: dvc4j generate --help\n");
        Cli.Run badFormat = Cli.run("--format", "xml", "validate", "x.json");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("Giá trị \"xml\" không hợp lệ cho --format (có: text, json)");
        Cli.Run missingParam = Cli.run("validate");
        assertThat(missingParam.code()).isEqualTo(2);
        assertThat(missingParam.err()).contains("Thiếu tham số bắt buộc: DOSSIER.json");
        Cli.Run missingSub = Cli.run("portal", "--lang", "en");
        assertThat(missingSub.code()).isEqualTo(2);
        assertThat(missingSub.err()).contains("Missing subcommand: export");
        for (Cli.Run r : List.of(unknown, badOption, notANumber, badFormat, missingParam, missingSub)) {
            assertThat(r.err()).as("no usage dump, no picocli wording").doesNotContain("Usage:", "Unmatched argument", "\tat ");
        }
    }

    @Test
    void withJsonFormatAUsageErrorIsTheDocumentedJsonOnStandardError() throws Exception {
        Cli.Run r = Cli.run("--format", "json", "--lang", "en", "validate", "--bogus", "x.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        var error = dev.dvc4j.core.json.Dvc4jJson.mapper().readTree(r.err()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("cli.usage.unknown-argument");
        assertThat(error.get("message").asText()).startsWith("Unknown option or argument: --bogus");
        var missing = dev.dvc4j.core.json.Dvc4jJson.mapper().readTree(Cli.run("validate", "--format=json").err()).get("error");
        assertThat(missing.get("code").asText()).isEqualTo("cli.usage.missing");
        assertThat(missing.get("message").asText()).startsWith("Thiếu tham số bắt buộc");
    }

    @Test
    void commonOptionsWorkBeforeAndAfterTheSubcommand() {
        Cli.Run before = Cli.run("--lang", "en", "validate", "missing.json");
        Cli.Run after = Cli.run("validate", "missing.json", "--lang", "EN");
        Cli.Run vi = Cli.run("validate", "missing.json");
        assertThat(before.err()).isEqualTo(after.err()).contains("File not found: missing.json");
        assertThat(vi.err()).contains("Không tìm thấy tệp missing.json");
        Cli.Run json = Cli.run("--format", "json", "validate", "missing.json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.err()).contains("\"code\" : \"cli.file-not-found\"");
    }

    @Test
    void noStackTraceUnlessDebug() {
        Cli.Run plain = Cli.run("validate", "missing.json");
        assertThat(plain.err()).doesNotContain("\tat ");
        Cli.Run debug = Cli.run("validate", "missing.json", "--debug");
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void theProgressBarStaysQuietForShortRunsAndDrawsForLongOnes() {
        AtomicLong now = new AtomicLong();
        StringWriter s = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(s), "Test", 10_000, now::get)) {
            p.advance(5_000);
            assertThat(s.toString()).isEmpty();
            now.set(Progress.QUIET_NANOS + 1);
            p.advance(1_000);
            assertThat(p.shown()).isTrue();
        }
        assertThat(s.toString()).contains("Test [", "60%", "6,000/10,000").endsWith(System.lineSeparator());
        StringWriter quiet = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(quiet), "Test", -1, () -> 0L)) {
            p.advance(100);
        }
        assertThat(quiet.toString()).isEmpty();
    }

    @Test
    void tablesAlignVietnameseText() {
        StringWriter s = new StringWriter();
        new TextTable("Tên", "Số").right(1).row("Hà Tĩnh", 1).row("Đà Nẵng", 1234).print(new PrintWriter(s, true));
        String[] lines = s.toString().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[2]).isEqualTo("Hà Tĩnh     1");
        assertThat(lines[3]).isEqualTo("Đà Nẵng  1234");
    }

    @Test
    void everyCommandTakesTheCommonOptions() {
        for (String[] command : new String[][] {{"report"}, {"deadline"}, {"holidays"}, {"lunar"}, {"postal", "quote"},
            {"level"}, {"validate"}, {"portal", "export"}, {"generate"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Cli.Run r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", command)).isZero();
            assertThat(r.out()).as(String.join(" ", command)).contains("--format=text|json", "--lang=vi|en", "--debug");
        }
    }
}
