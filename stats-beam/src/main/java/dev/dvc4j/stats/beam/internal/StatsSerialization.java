package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.core.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Optional;

/**
 * Java serialization of stats objects (accumulators, specifications, reports, read summaries) for shipping between
 * Beam workers. The stats types declare {@link Serializable}, but some hold values that are not: core's
 * {@link LocalizedText} (labels of the 766 index groups, read problems) and {@link Optional} (target assessments).
 * These travel here as serializable proxies and are rebuilt on reading, so the stats types need no change.
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
        try (Out out = new Out(bytes)) {
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

    /** The serializable form of a {@link LocalizedText}. */
    private record TextProxy(String vi, String en) implements Serializable {
    }

    /** The serializable form of an {@link Optional}: {@code null} for empty. */
    private record OptionalProxy(Object value) implements Serializable {
    }

    private static final class Out extends ObjectOutputStream {
        Out(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof LocalizedText) {
                LocalizedText t = (LocalizedText) obj;
                return new TextProxy(t.vi(), t.en());
            }
            if (obj instanceof Optional) {
                return new OptionalProxy(((Optional<?>) obj).orElse(null));
            }
            return obj;
        }
    }

    private static final class In extends ObjectInputStream {
        In(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            if (obj instanceof TextProxy) {
                TextProxy p = (TextProxy) obj;
                return LocalizedText.of(p.vi(), p.en());
            }
            if (obj instanceof OptionalProxy) {
                return Optional.ofNullable(((OptionalProxy) obj).value());
            }
            return obj;
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
