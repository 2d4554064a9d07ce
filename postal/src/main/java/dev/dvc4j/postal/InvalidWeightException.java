package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;

/** A dossier weight that is zero, negative, or heavier than the tariff (or the sanity ceiling) allows. Code {@code postal.weight}. */
public class InvalidWeightException extends PostalException {

    private static final long serialVersionUID = 1L;

    private final long weightGrams;

    /**
     * Creates the exception.
     *
     * @param weightGrams the weight given
     * @param maxGrams the largest weight accepted
     */
    public InvalidWeightException(long weightGrams, long maxGrams) {
        super("postal.weight", LocalizedText.of(
                "Khối lượng %d g không hợp lệ: phải từ 1 g đến %d g",
                "Invalid weight %d g: must be between 1 g and %d g").formatted(weightGrams, maxGrams));
        this.weightGrams = weightGrams;
    }

    /**
     * The weight that was refused.
     *
     * @return grams
     */
    public long weightGrams() {
        return weightGrams;
    }
}
