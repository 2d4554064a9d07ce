package dev.dvc4j.stats.beam.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;

/**
 * Java serialization of stats objects (accumulators, specifications, reports, read summaries) for shipping between
 * Beam workers, resolving classes through the thread's context class loader as runners expect.
 */
public final class StatsSerialization {

    private StatsSerialization() {
    }

    /**
     * Serializes a value.
     *
     * @param value the value
     * @return the bytes
     * @throws NotSerializableException if part of the value cannot be serialized
     */
    public static byte[] toBytes(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /**
     * Deserializes a value written by {@link #toBytes(Object)}.
     *
     * @param bytes the bytes
     * @return the value
     * @throws IOException if the bytes are corrupt
     * @throws ClassNotFoundException if a class is missing
     */
    public static Object fromBytes(byte[] bytes) throws IOException, ClassNotFoundException {
        try (In in = new In(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static final class In extends ObjectInputStream {
        In(InputStream in) throws IOException {
            super(in);
        }

        /** Tries the thread's context class loader first (runners load user code there). */
        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // the default resolution below
                }
            }
            return super.resolveClass(desc);
        }
    }
}
