package dev.dvc4j.stats.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * A small open-addressing hash map from {@code long} to objects, so grouping by day, week or month boxes nothing.
 *
 * @param <V> the value type
 */
public final class LongObjectMap<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    /**
     * The value for a key, created when absent.
     *
     * @param key the key
     * @param create makes the value for a new key
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(long key, LongFunction<V> create) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            Object v = values[i];
            if (v == null) {
                V created = create.apply(key);
                keys[i] = key;
                values[i] = created;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return created;
            }
            if (keys[i] == key) {
                return (V) v;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The value for a key.
     *
     * @param key the key
     * @return the value, or {@code null}
     */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            Object v = values[i];
            if (v == null || keys[i] == key) {
                return (V) v;
            }
            i = (i + 1) & mask;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = mix(oldKeys[j]) & mask;
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** @return the number of keys */
    public int size() {
        return size;
    }

    /**
     * Visits every entry.
     *
     * @param visitor receives each key and value
     */
    @SuppressWarnings("unchecked")
    public void forEach(Visitor<V> visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                visitor.visit(keys[i], (V) values[i]);
            }
        }
    }

    /**
     * Receives map entries.
     *
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface Visitor<V> {
        /**
         * One entry.
         *
         * @param key the key
         * @param value the value
         */
        void visit(long key, V value);
    }

    @Override
    public String toString() {
        return "LongObjectMap[size=" + size + ", keys=" + Arrays.toString(keys) + "]";
    }
}
