package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every {@code dvc4j} command takes: {@code --format}, {@code --lang} and {@code --debug}. They may be
 * given before the subcommand ({@code dvc4j --lang en holidays 2026}) or after it; the subcommand's own value wins.
 */
public final class CommonOptions {

    /** Output format. */
    public enum Format {
        /** Tables and sentences for people. */
        TEXT,
        /** JSON for machines. */
        JSON
    }

    /** Language of text output and messages. */
    public enum Lang {
        /** Vietnamese. */
        VI,
        /** English. */
        EN
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--format", paramLabel = "text|json", description = "Output: text tables for people or JSON for machines (default: text).")
    Format format;

    @Option(names = "--lang", paramLabel = "vi|en", description = "Language of text output and messages (default: vi).")
    Lang lang;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    Boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** @return the chosen format, from this command or a parent, default text */
    public Format format() {
        if (format != null) {
            return format;
        }
        CommonOptions p = parent();
        return p != null ? p.format() : Format.TEXT;
    }

    /** @return the chosen language, default Vietnamese */
    public Lang lang() {
        if (lang != null) {
            return lang;
        }
        CommonOptions p = parent();
        return p != null ? p.lang() : Lang.VI;
    }

    /** @return whether stack traces are shown */
    public boolean debug() {
        if (debug != null) {
            return debug;
        }
        CommonOptions p = parent();
        return p != null && p.debug();
    }

    /** @return whether the output is JSON */
    public boolean json() {
        return format() == Format.JSON;
    }

    /** @return the locale of the chosen language */
    public Locale locale() {
        return lang() == Lang.VI ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    /**
     * @param text a bilingual text
     * @return it in the chosen language
     */
    public String t(LocalizedText text) {
        return text.in(locale());
    }

    /**
     * @param vi Vietnamese
     * @param en English
     * @return the one in the chosen language
     */
    public String t(String vi, String en) {
        return lang() == Lang.VI ? vi : en;
    }

    private CommonOptions parent() {
        if (mixee == null || mixee.parent() == null) {
            return null;
        }
        CommandSpec mixin = mixee.parent().mixins().get("common");
        return mixin != null && mixin.userObject() instanceof CommonOptions c ? c : null;
    }
}
