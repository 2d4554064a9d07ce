package dev.dvc4j.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A constant of a dvc4j enum: a bilingual {@link #label()} and one {@link #wireName()}, the spelling used wherever
 * the value is written as text — JSON (dossiers and their hash chain, catalogues, tariffs, facts, reports), the keys
 * of data tables such as the portal code table, and command-line option values.
 *
 * <p><b>One spelling: kebab-case.</b> A wire name is the constant's name in lower case with each {@code _} written
 * {@code -}: {@code IN_PERSON} is {@code in-person}, {@code ONLINE_PAYMENT_NATIONAL_PORTAL} is
 * {@code online-payment-national-portal}. Kebab-case is what the dossier statuses and the event types were already
 * written in ({@code supplement-requested}, {@code result-returned}), the spelling most of the wire format used; it
 * reads the same in a URL, a file name and a command line, and it cannot be confused with a Java constant. An enum
 * whose external spelling is fixed by someone else (a portal service name) does not implement this interface.
 *
 * <p><b>The old spelling, for one release.</b> Before this release some names were written in snake_case
 * ({@code in_person}, {@code national_portal}, {@code at_receipt}). Every reader — the JSON wire format, the catalogue,
 * tariff, code-table and facts readers, the command line — still accepts that spelling ({@link #legacyWireName()})
 * and logs a deprecation through SLF4J (INFO the first time each spelling is seen, DEBUG after; the message names the
 * enum and the spelling, never the data around it). Writers use the kebab-case spelling only. The next release
 * removes the old spelling.
 *
 * <p>Implementations are enums; the name table is computed once per enum, so {@link #wireName()} allocates nothing.
 */
public interface Labelled {

    /** @return the constant's label in Vietnamese and English */
    LocalizedText label();

    /**
     * The constant's one wire name, kebab-case; Jackson writes the constant as this name.
     *
     * @return the wire name, such as {@code "in-person"}
     */
    @JsonValue
    default String wireName() {
        return WireNames.of(this).wire(this);
    }

    /**
     * The spelling this constant had before kebab-case became the one spelling: its name in lower case with
     * underscores kept. Readers accept it for one release; nothing writes it, except the hash chain's check of a
     * dossier history written before (see {@code DossierEvent}).
     *
     * @return the old spelling, or empty when it was the same as {@link #wireName()}
     */
    default Optional<String> legacyWireName() {
        return Optional.ofNullable(WireNames.of(this).legacy(this));
    }

    /**
     * The constant with a wire name: the kebab-case name, or (deprecated, logged) the old snake_case spelling. Case
     * and surrounding spaces must match exactly, as the JSON wire format requires.
     *
     * @param type the enum
     * @param wire the text
     * @param <E> the enum type
     * @return the constant, or empty when the text names none
     */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String wire) {
        Objects.requireNonNull(wire, "wire");
        return Optional.ofNullable(WireNames.of(type).find(wire, false));
    }

    /**
     * The constant with a wire name written by a person (a command-line option, a data file): as {@link #find}, but
     * ignoring case and surrounding spaces.
     *
     * @param type the enum
     * @param text the text
     * @param <E> the enum type
     * @return the constant, or empty when the text names none
     */
    static <E extends Enum<E> & Labelled> Optional<E> findIgnoringCase(Class<E> type, String text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(WireNames.of(type).find(text, true));
    }

    /**
     * The constant with a wire name, or a typed error that lists the accepted names.
     *
     * @param type the enum
     * @param wire the text
     * @param <E> the enum type
     * @return the constant
     * @throws Dvc4jException {@code wire-name.unknown} when the text names no constant
     */
    static <E extends Enum<E> & Labelled> E fromWire(Class<E> type, String wire) {
        return find(type, wire).orElseThrow(() -> unknown(type, wire));
    }

    /**
     * The error for a text that names no constant: {@code wire-name.unknown}, with the accepted names.
     *
     * @param type the enum
     * @param text the text read
     * @return the exception, to throw
     */
    static Dvc4jException unknown(Class<? extends Labelled> type, String text) {
        Objects.requireNonNull(text, "text");
        return new Dvc4jException("wire-name.unknown", LocalizedText.of(
                "Giá trị \"%s\" không hợp lệ; các giá trị hợp lệ: %s",
                "Unknown value \"%s\"; accepted: %s").formatted(dev.dvc4j.core.internal.json.InputTexts.shown(text),
                acceptedNames(type)));
    }

    /**
     * The accepted wire names, for messages and help texts.
     *
     * @param type the enum
     * @return the names in declaration order, separated by {@code ", "}
     */
    static String acceptedNames(Class<? extends Labelled> type) {
        return WireNames.of(type).accepted();
    }
}
