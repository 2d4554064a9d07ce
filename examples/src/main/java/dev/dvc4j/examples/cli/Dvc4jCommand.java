package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * <p>Exit codes: 0 success; 1 invalid input (one message naming the file, line or field; a stack trace only with
 * {@code --debug}); 2 usage errors.
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
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        QUIET_HIBERNATE.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this process (tests and harnesses use this).
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** @return a configured command line */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Dvc4jCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Dvc4jCommand::handle);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_INPUT);
        return cl;
    }

    private static int handle(Exception ex, CommandLine cmd, ParseResult parsed) {
        CommonOptions o = cmd.getCommand() instanceof Dvc4jSubcommand s ? s.options()
                : cmd.getCommand() instanceof Dvc4jCommand c ? c.options : new CommonOptions();
        PrintWriter err = cmd.getErr();
        if (ex instanceof CommandLine.ParameterException pe) {
            err.println(pe.getMessage());
            pe.getCommandLine().usage(err);
            err.flush();
            return USAGE;
        }
        String code;
        String message;
        if (ex instanceof Dvc4jException d) {
            code = d.code();
            message = o.t(d.text());
        } else if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            code = "cli.io";
            message = o.t("Lỗi vào/ra: ", "I/O error: ") + ex.getMessage();
        } else {
            code = "cli.internal";
            message = o.t("Lỗi không mong đợi: ", "Unexpected error: ") + ex
                    + (o.debug() ? "" : o.t(" (chạy lại với --debug để xem chi tiết)", " (run again with --debug for details)"));
        }
        if (o.json()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            try {
                err.println(Dvc4jSubcommand.JSON.writeValueAsString(Map.of("error", error)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                err.println(message);
            }
        } else {
            err.println("dvc4j: " + message);
        }
        if (o.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return INVALID_INPUT;
    }

    /** The version shown by {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dvc4j " + Dvc4j.VERSION + " (Java " + Runtime.version() + ")"};
        }
    }
}
