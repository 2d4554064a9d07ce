package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code dvc4j} command line: statistics, deadlines, holidays, lunar dates, postal quotes, service levels,
 * validation and signing of dossier histories, portal payloads and synthetic data, for operators and test harnesses.
 *
 * <p>Exit codes: 0 success; 1 invalid input or any other failure (one message naming the file, line or field, in
 * the chosen language; a stack trace only with {@code --debug}; nothing more when standard output was closed by its
 * reader); 2 usage errors, in the chosen language too. With {@code --format json} every error, usage errors included,
 * is {@code {"error": {"code": …, "message": …}}} on standard error. No other exit code is used.
 */
@Command(name = "dvc4j", versionProvider = Dvc4jCommand.Version.class,
        description = "dvc4j: Vietnam's online public services from the command line.",
        subcommands = {ReportCommand.class, PortalCommand.class, PostalCommand.class, DeadlineCommand.class, HolidaysCommand.class, LunarCommand.class, LevelCommand.class, ValidateCommand.class, SignCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 invalid input, 2 usage error."})
public final class Dvc4jCommand implements Runnable {

    /** Exit code for invalid input. */
    public static final int INVALID_INPUT = 1;
    /** Exit code for usage errors. */
    public static final int USAGE = 2;

    /** Hibernate Validator announces itself on java.util.logging; a command line keeps standard error for errors. */
    private static final java.util.logging.Logger QUIET_HIBERNATE = java.util.logging.Logger.getLogger("org.hibernate");

    @Mixin(name = "common")
    CommonOptions options;

    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits with its code: 0, 1 or 2, whatever happens.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        QUIET_HIBERNATE.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = StandardOutput.of(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        try {
            out.flush();
        } catch (StandardOutput.Closed e) {
            code = code == 0 ? INVALID_INPUT : code;
        }
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this process (tests and harnesses use this). Every failure ends in exit code 1 with
     * one message (2 for a usage error), in the chosen language and format; a stack trace only with {@code --debug}.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code: 0, 1 or 2
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        Prescan given = Prescan.of(args);
        try {
            int code = cl.execute(args);
            return code == 0 || code == INVALID_INPUT || code == USAGE ? code : INVALID_INPUT;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Every documented limit is checked while reading; this is the last guard, for a heap smaller than the
            // limits need. The memory the failed step held is free again once the error has unwound it.
            report(err, given, "cli.memory", LocalizedText.of(
                    "Không đủ bộ nhớ để xử lý dữ liệu này; hãy tăng -Xmx hoặc chia nhỏ dữ liệu",
                    "Not enough memory for this input; raise -Xmx or split the input"), given.debug ? e : null);
            return INVALID_INPUT;
        }
    }

    /** @return a configured command line */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Dvc4jCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Dvc4jCommand::handle);
        cl.setParameterExceptionHandler(Dvc4jCommand::usage);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_INPUT);
        return cl;
    }

    /** A usage error: one localized sentence and where help is, or the documented JSON; exit code 2. */
    private static int usage(CommandLine.ParameterException ex, String[] args) {
        Prescan given = Prescan.of(args);
        CommandLine cmd = ex.getCommandLine();
        String code;
        LocalizedText text;
        if (ex instanceof UsageException u) {
            code = u.code();
            text = u.text();
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            code = "cli.usage.unknown-argument";
            String unmatched = String.join(" ", u.getUnmatched());
            text = LocalizedText.of("Tùy chọn hoặc đối số không xác định: %s", "Unknown option or argument: %s").formatted(unmatched);
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                String s = String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size())));
                text = LocalizedText.of(text.vi() + " (có phải " + s + "?)", text.en() + " (did you mean " + s + "?)");
            }
        } else if (ex instanceof CommandLine.MissingParameterException m) {
            code = "cli.usage.missing";
            String names = m.getMissing().stream().map(Dvc4jCommand::name).collect(Collectors.joining(", "));
            text = LocalizedText.of("Thiếu tham số bắt buộc: %s", "Missing required parameter: %s").formatted(names);
        } else if (ex instanceof CommandLine.OverwrittenOptionException o) {
            code = "cli.usage.repeated";
            text = LocalizedText.of("Tùy chọn %s chỉ được dùng một lần", "Option %s may be given only once")
                    .formatted(name(o.getOverwritten()));
        } else if (ex.getArgSpec() != null && ex.getValue() != null) {
            code = "cli.usage.invalid-value";
            CommandLine.Model.ArgSpec arg = ex.getArgSpec();
            String expected = arg.type().isEnum() ? Arrays.stream(arg.type().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) : null;
            text = expected == null
                    ? LocalizedText.of("Giá trị \"%s\" không hợp lệ cho %s", "Invalid value \"%s\" for %s").formatted(ex.getValue(), name(arg))
                    : LocalizedText.of("Giá trị \"%s\" không hợp lệ cho %s (có: %s)", "Invalid value \"%s\" for %s (one of: %s)")
                    .formatted(ex.getValue(), name(arg), expected);
        } else {
            code = "cli.usage";
            text = LocalizedText.of("Dòng lệnh không hợp lệ", "Invalid command line").withEnglish(ex.getMessage());
        }
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        text = LocalizedText.of(text.vi() + ". Xem: " + help, text.en() + ". See: " + help);
        report(cmd.getErr(), given, code, text, given.debug ? ex : null);
        return USAGE;
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static int handle(Exception ex, CommandLine cmd, ParseResult parsed) {
        CommonOptions o = cmd.getCommand() instanceof Dvc4jSubcommand s ? s.options()
                : cmd.getCommand() instanceof Dvc4jCommand c ? c.options : new CommonOptions();
        Prescan given = new Prescan(o.lang() == CommonOptions.Lang.EN, o.json(), o.debug());
        PrintWriter err = cmd.getErr();
        if (ex instanceof CommandLine.ParameterException pe) {
            return usage(pe, parsed == null ? new String[0] : parsed.originalArgs().toArray(String[]::new));
        }
        if (ex instanceof StandardOutput.Closed) {
            // The reader of standard output has gone (a pipe closed): stop, and say nothing more.
            return INVALID_INPUT;
        }
        String code;
        LocalizedText text;
        if (ex instanceof Dvc4jException d) {
            code = d.code();
            text = d.text();
        } else if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            code = "cli.io";
            String why = io instanceof java.nio.file.NoSuchFileException ? "" : io.getMessage() == null ? "" : ": " + io.getMessage();
            String file = io instanceof java.nio.file.FileSystemException f && f.getFile() != null ? " " + f.getFile() : "";
            text = LocalizedText.of("Lỗi vào/ra" + file + why, "I/O error" + file + why);
        } else {
            code = "cli.internal";
            text = LocalizedText.of("Lỗi không mong đợi trong dvc4j; chạy lại với --debug để xem chi tiết",
                    "Unexpected error in dvc4j; run again with --debug for details");
        }
        report(err, given, code, text, o.debug() ? ex : null);
        return INVALID_INPUT;
    }

    /** Writes one error: {@code dvc4j: message}, or the documented JSON object, on standard error. */
    private static void report(PrintWriter err, Prescan given, String code, LocalizedText text, Throwable debug) {
        String message = text.in(given.english ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        if (given.json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            try {
                err.println(Dvc4jSubcommand.JSON.writeValueAsString(Map.of("error", error)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                err.println("{\"error\": {\"code\": \"" + code + "\"}}");
            }
        } else {
            err.println("dvc4j: " + message);
        }
        if (debug != null) {
            debug.printStackTrace(err);
        }
        err.flush();
    }

    /**
     * The common options as written on the command line, read before picocli parses it: a usage error and a
     * failure outside any command must still speak the chosen language and format.
     */
    private record Prescan(boolean english, boolean json, boolean debug) {
        static Prescan of(String[] args) {
            String lang = null;
            String format = null;
            boolean debug = false;
            for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
                String a = args[i];
                if (a.equals("--lang") && i + 1 < args.length) {
                    lang = args[++i];
                } else if (a.startsWith("--lang=")) {
                    lang = a.substring(7);
                } else if (a.equals("--format") && i + 1 < args.length) {
                    format = args[++i];
                } else if (a.startsWith("--format=")) {
                    format = a.substring(9);
                } else if (a.equals("--debug")) {
                    debug = true;
                }
            }
            return new Prescan("en".equalsIgnoreCase(lang), "json".equalsIgnoreCase(format), debug);
        }
    }

    /** The version shown by {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dvc4j " + Dvc4j.VERSION + " (Java " + Runtime.version() + ")"};
        }
    }
}
