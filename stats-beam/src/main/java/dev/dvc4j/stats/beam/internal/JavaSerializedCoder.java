package dev.dvc4j.stats.beam.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Codes any {@link Serializable} value (an accumulator, a report) with Java serialization
 * ({@link StatsSerialization}), length-prefixed so it can
 * be nested in other coders. Unlike Beam's {@code SerializableCoder} it accepts values whose static type is an
 * interface or a generic type (such as {@code SortedMap<GroupKey, Metrics>}); a value that turns out not to be
 * serializable fails with a {@link CoderException} naming its class.
 *
 * <p>Not deterministic (Java serialization of hash maps is not), so these values cannot be grouping keys.
 *
 * @param <T> the value type
 */
public final class JavaSerializedCoder<T> extends CustomCoder<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    private JavaSerializedCoder(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A coder for a class.
     *
     * @param type the values' class
     * @param <T> the type
     * @return the coder
     */
    public static <T> JavaSerializedCoder<T> of(Class<T> type) {
        return new JavaSerializedCoder<>(type);
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        byte[] bytes;
        try {
            bytes = StatsSerialization.toBytes(value);
        } catch (NotSerializableException e) {
            throw new CoderException("cannot encode a " + type.getName() + ": " + e.getMessage()
                    + " is not serializable", e);
        }
        VarInt.encode(bytes.length, out);
        out.write(bytes);
    }

    @Override
    public T decode(InputStream in) throws IOException {
        int length = VarInt.decodeInt(in);
        if (length < 0) {
            throw new CoderException("negative length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new CoderException("end of stream: " + bytes.length + " of " + length + " bytes");
        }
        try {
            return type.cast(StatsSerialization.fromBytes(bytes));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new CoderException("cannot decode a " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void verifyDeterministic() throws NonDeterministicException {
        throw new NonDeterministicException(this, "Java serialization is not deterministic");
    }

    @Override
    public TypeDescriptor<T> getEncodedTypeDescriptor() {
        return TypeDescriptor.of(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaSerializedCoder && ((JavaSerializedCoder<?>) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return "JavaSerializedCoder<" + type.getName() + ">";
    }
}
