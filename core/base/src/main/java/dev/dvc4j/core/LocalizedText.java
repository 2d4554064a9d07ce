package dev.dvc4j.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in Vietnamese and English: every message dvc4j shows a person (errors, explanations, unmet
 * criteria) carries both, so a host can show the one its user reads.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record LocalizedText(String vi, String en) implements java.io.Serializable {

    /** Validates that both texts are present. */
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Creates a text.
     *
     * @param vi Vietnamese
     * @param en English
     * @return the text
     */
    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /**
     * The text for a locale: Vietnamese when the locale's language is {@code vi}, English otherwise.
     *
     * @param locale the reader's locale
     * @return the text in that language
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale != null && "vi".equals(locale.getLanguage()) ? vi : en;
    }

    /**
     * Formats both texts with the same arguments ({@link String#format(String, Object...)}).
     *
     * @param args the arguments
     * @return a formatted copy
     */
    public LocalizedText formatted(Object... args) {
        Objects.requireNonNull(args, "args");
        return new LocalizedText(String.format(Locale.ROOT, vi, args), String.format(Locale.ROOT, en, args));
    }

    /**
     * A copy with another English text.
     *
     * @param english the English text
     * @return the copy
     */
    public LocalizedText withEnglish(String english) {
        Objects.requireNonNull(english, "english");
        return new LocalizedText(vi, english);
    }

    /** English, then Vietnamese: {@code "en / vi"}. */
    @Override
    public String toString() {
        return en.equals(vi) ? en : en + " / " + vi;
    }
}
