package dev.dvc4j.stats.beam.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * A value that Java-serializes through {@link StatsSerialization}, for places where Beam serializes a value itself
 * (such as the default output that {@code Combine.globally} keeps for an empty input).
 *
 * @param <T> the value type
 */
public final class Shipped<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;

    private Shipped(T value) {
        this.value = value;
    }

    /**
     * Wraps a value.
     *
     * @param value the value
     * @param <T> its type
     * @return the wrapper
     */
    public static <T> Shipped<T> of(T value) {
        return new Shipped<>(value);
    }

    /** @return the value */
    public T get() {
        return value;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        byte[] bytes = StatsSerialization.toBytes(value);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        value = (T) StatsSerialization.fromBytes(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shipped && Objects.equals(((Shipped<?>) o).value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "Shipped[" + value + "]";
    }
}
