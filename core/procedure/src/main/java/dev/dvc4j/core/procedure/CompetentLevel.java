package dev.dvc4j.core.procedure;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The administrative level competent to settle a procedure (cấp thực hiện). */
public enum CompetentLevel implements Labelled {
    /** Central: a ministry or its agencies (cấp trung ương). */
    CENTRAL("Cấp trung ương", "Central"),
    /** Province (cấp tỉnh). */
    PROVINCE("Cấp tỉnh", "Province"),
    /** District (cấp huyện): abolished from 2025-07-01, kept for historical catalogues and dossiers. */
    DISTRICT("Cấp huyện", "District"),
    /** Commune (cấp xã). */
    COMMUNE("Cấp xã", "Commune");

    private final LocalizedText label;

    CompetentLevel(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The level with a wire name.
     *
     * @param wire the wire name, such as {@code "province"}
     * @return the level, if the name is known
     */
    public static Optional<CompetentLevel> fromWire(String wire) {
        Objects.requireNonNull(wire, "wire");
        return Labelled.find(CompetentLevel.class, wire);
    }
}
