package dev.dvc4j.core.procedure;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A national system a procedure is integrated with (Decision 766, indicator 4.5). */
public enum Integration implements Labelled {
    /** The national population database (CSDL quốc gia về dân cư). */
    POPULATION_DATABASE("Cơ sở dữ liệu quốc gia về dân cư", "National population database"),
    /** VNeID electronic identification. */
    VNEID("Định danh điện tử VNeID", "VNeID electronic identification");

    private final LocalizedText label;

    Integration(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The integration with a wire name.
     *
     * @param wire the wire name
     * @return the integration, if known
     */
    public static Optional<Integration> fromWire(String wire) {
        Objects.requireNonNull(wire, "wire");
        return Labelled.find(Integration.class, wire);
    }
}
