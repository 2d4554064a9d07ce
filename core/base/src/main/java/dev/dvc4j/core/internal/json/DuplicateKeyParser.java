package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;

/**
 * A parser that refuses a key repeated in one object, in place of Jackson's own duplicate detection
 * ({@code STRICT_DUPLICATE_DETECTION}), with the same exception and message, pointing at the repeated key.
 *
 * <p>Why not Jackson's: its detector allocates a new {@code HashSet} for every object of more than two keys and a
 * node for every key of it (it keeps nothing between objects), which was a third of all the memory a verified dossier
 * read allocated — 29.0 kB per read against 18.5 kB before the reading policy turned it on, measured with
 * {@code DossierLifecycleBenchmark.dossierRead -prof gc} (JMH, JDK 17, 2026-12-07) — and the read was 11% slower.
 * This one keeps, per nesting depth, the keys of the object open at that depth in arrays it reuses from one object to
 * the next (four keys at first, doubled up to {@value #LINEAR}). A key is compared with the earlier ones by hash code
 * first, so an object of up to {@value #LINEAR} keys costs a few integer comparisons per key and, once the arrays have
 * grown, no allocation; a larger object switches to a hash set, which bounds the cost of a hostile object with many
 * keys as Jackson's does. BENCHMARKS.md has the figures with it.
 *
 * <p>An object's keys are kept by the nesting depth of Jackson's parsing context and start afresh when an object
 * opens. Every method that moves the parser is checked, so no object opens unseen: {@link #nextToken()},
 * {@link #nextFieldName()} and the other {@code next…} shortcuts (which Jackson's data binding uses),
 * {@link #nextValue()} (which would step over a key) and {@link #skipChildren()} (whose skipped keys Jackson's
 * detector checked too). The underlying parser's own detection is kept off, whatever a reader asks of it.
 */
final class DuplicateKeyParser extends JsonParserDelegate {

    /** Keys per object compared one by one; beyond this the object's keys go into a hash set. */
    static final int LINEAR = 32;

    /** By nesting depth: the keys of the object open at that depth, then their hash codes and how many there are. */
    private String[][] names = new String[8][];
    private int[][] hashes = new int[8][];
    private int[] counts = new int[8];
    /** By nesting depth: the keys of an object with more than {@link #LINEAR} keys, or {@code null}. */
    @SuppressWarnings("unchecked")
    private HashSet<String>[] large = new HashSet[8];

    DuplicateKeyParser(JsonParser parser) {
        super(parser.disable(Feature.STRICT_DUPLICATE_DETECTION));
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            seen(delegate.currentName());
        } else if (t == JsonToken.START_OBJECT) {
            open();
        }
        return t;
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = delegate.nextFieldName();
        if (name != null) {
            seen(name);
        } else if (delegate.hasToken(JsonToken.START_OBJECT)) {
            open();
        }
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
        boolean matched = delegate.nextFieldName(expected);
        after();
        return matched;
    }

    @Override
    public String nextTextValue() throws IOException {
        String value = delegate.nextTextValue();
        after();
        return value;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        int value = delegate.nextIntValue(defaultValue);
        after();
        return value;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        long value = delegate.nextLongValue(defaultValue);
        after();
        return value;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        Boolean value = delegate.nextBooleanValue();
        after();
        return value;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = delegate.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            t = nextToken();
            if (t == null) {
                return this;
            }
            if (t.isStructStart()) {
                open++;
            } else if (t.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    @Override
    public JsonParser enable(Feature f) {
        return f == Feature.STRICT_DUPLICATE_DETECTION ? this : super.enable(f);
    }

    @Override
    public JsonParser overrideStdFeatures(int values, int mask) {
        int dup = Feature.STRICT_DUPLICATE_DETECTION.getMask();
        delegate.overrideStdFeatures(values & ~dup, mask);
        return this;
    }

    @Override
    public boolean isEnabled(Feature f) {
        return f == Feature.STRICT_DUPLICATE_DETECTION || super.isEnabled(f);
    }

    /** Checks the token a {@code next…} shortcut moved to. */
    private void after() throws IOException {
        JsonToken t = delegate.currentToken();
        if (t == JsonToken.FIELD_NAME) {
            seen(delegate.currentName());
        } else if (t == JsonToken.START_OBJECT) {
            open();
        }
    }

    /** An object opened: the keys of its depth start afresh. */
    private void open() {
        int depth = depth();
        counts[depth] = 0;
        large[depth] = null;
    }

    /** The nesting depth of the parser's current context, with room for it in the arrays. */
    private int depth() {
        int depth = delegate.getParsingContext().getNestingDepth();
        if (depth >= counts.length) {
            int n = Math.max(depth + 1, counts.length * 2);
            names = Arrays.copyOf(names, n);
            hashes = Arrays.copyOf(hashes, n);
            counts = Arrays.copyOf(counts, n);
            large = Arrays.copyOf(large, n);
        }
        return depth;
    }

    /** A key of the object open at the current depth: refused if the object had it already. */
    private void seen(String name) throws IOException {
        int depth = depth();
        HashSet<String> set = large[depth];
        if (set != null) {
            if (!set.add(name)) {
                throw duplicate(name);
            }
            return;
        }
        int n = counts[depth];
        String[] keys = names[depth];
        int[] codes = hashes[depth];
        int h = name.hashCode();
        for (int i = 0; i < n; i++) {
            if (codes[i] == h && keys[i].equals(name)) {
                throw duplicate(name);
            }
        }
        if (n == LINEAR) {
            set = new HashSet<>(Arrays.asList(keys));
            set.add(name);
            large[depth] = set;
            return;
        }
        if (keys == null) {
            keys = names[depth] = new String[4];
            codes = hashes[depth] = new int[4];
        } else if (n == keys.length) {
            keys = names[depth] = Arrays.copyOf(keys, 2 * n);
            codes = hashes[depth] = Arrays.copyOf(codes, 2 * n);
        }
        keys[n] = name;
        codes[n] = h;
        counts[depth] = n + 1;
    }

    private JsonParseException duplicate(String name) {
        return new JsonParseException(this, "Duplicate field '" + name + "'", delegate.currentTokenLocation(), null);
    }
}
