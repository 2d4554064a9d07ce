package dev.dvc4j.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik mutation fuzzing of readers: arbitrary hostile variants of valid inputs, as a careless user or an attacker
 * would make them. Each variant is a valid seed changed by one to three mutations:
 *
 * <ul>
 *   <li>byte flips (a random byte anywhere, a bit of one);</li>
 *   <li>truncations (a prefix, cut anywhere, also inside a multi-byte character);</li>
 *   <li>splices (a piece of one seed inserted into another, or the seed into itself);</li>
 *   <li>duplicated keys (a property of an object written twice);</li>
 *   <li>deep nesting (a value wrapped in arrays or objects, up to past the nesting limit);</li>
 *   <li>huge tokens (a string, number or property name at, or one past, its limit; long runs of whitespace);</li>
 *   <li>invalid UTF-8 (stray continuation bytes, overlong forms, encoded surrogates, code points past U+10FFFF,
 *       truncated sequences), a byte order mark in the middle;</li>
 *   <li>type swaps (a string where a number goes, a decimal for an integer, {@code null}, an empty string);</li>
 *   <li>and the degenerate documents: empty, {@code null}, blank, a lone byte order mark.</li>
 * </ul>
 *
 * <p>A reader under test must answer every variant with a value or its typed error, never another exception, and
 * within bounded memory ({@link #allocatedBy(Runnable)}). Sizes are chosen so a property of a few hundred tries stays
 * within seconds; the huge tokens are at the limits given.
 */
public final class HostileInputs {

    /** Byte sequences that are not UTF-8. */
    public static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xBF},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xC1, (byte) 0xBF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xFE},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xC3});

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern KEY = Pattern.compile("[{,]\\s*\"([^\"\\\\]{1,40})\"\\s*:");
    private static final Pattern STRING_VALUE = Pattern.compile(":\\s*\"[^\"\\\\]*\"");
    private static final Pattern NUMBER_VALUE = Pattern.compile(":\\s*-?\\d+(\\.\\d+)?");

    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxDepth;

    private HostileInputs(int maxStringLength, int maxNumberLength, int maxDepth) {
        this.maxStringLength = maxStringLength;
        this.maxNumberLength = maxNumberLength;
        this.maxDepth = maxDepth;
    }

    /**
     * Mutations sized for dvc4j's default limits: strings of 1,000,000 characters, numbers of 100, nesting 64.
     *
     * @return the mutator
     */
    public static HostileInputs withDefaultLimits() {
        return new HostileInputs(1_000_000, 100, 64);
    }

    /**
     * Mutations sized for other limits.
     *
     * @param maxStringLength the longest string accepted
     * @param maxNumberLength the longest number accepted
     * @param maxDepth the deepest nesting accepted
     * @return the mutator
     */
    public static HostileInputs withLimits(int maxStringLength, int maxNumberLength, int maxDepth) {
        return new HostileInputs(maxStringLength, maxNumberLength, maxDepth);
    }

    /**
     * Hostile variants of valid documents.
     *
     * @param seeds valid inputs, as text
     * @return one to three mutations of a seed, or a degenerate document
     */
    public Arbitrary<byte[]> of(List<String> seeds) {
        Objects.requireNonNull(seeds, "seeds");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed is needed");
        }
        List<byte[]> bytes = seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        return of(Arbitraries.of(bytes));
    }

    /**
     * Hostile variants of generated valid inputs.
     *
     * @param seeds valid inputs as bytes
     * @return one to three mutations of a seed, or a degenerate document
     */
    public Arbitrary<byte[]> of(Arbitrary<byte[]> seeds) {
        Arbitrary<byte[]> mutated = Combinators.combine(seeds, seeds, Arbitraries.integers().between(1, 3),
                        Arbitraries.longs())
                .as((seed, other, times, salt) -> {
                    java.util.Random r = new java.util.Random(salt);
                    byte[] b = seed;
                    for (int i = 0; i < times; i++) {
                        b = mutate(b, other, r);
                    }
                    return b;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, mutated),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(degenerate())));
    }

    /** @return the degenerate documents: empty, null, blank, a lone byte order mark */
    public static List<byte[]> degenerate() {
        return List.of(new byte[0], utf8("null"), utf8(" \n\t "), BOM, utf8("\"\""), utf8("[]"), utf8("{}"), utf8("0"));
    }

    /**
     * One mutation of an input.
     *
     * @param b the input
     * @param other another input, for splices
     * @param r the randomness
     * @return the mutated input (a new array)
     */
    public byte[] mutate(byte[] b, byte[] other, java.util.Random r) {
        if (b.length == 0) {
            return other.clone();
        }
        int at = r.nextInt(b.length + 1);
        return switch (r.nextInt(13)) {
            case 0 -> flip(b, r);
            case 1 -> Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> splice(b, other, r);
            case 3 -> duplicateKey(b, r);
            case 4 -> nest(b, r);
            case 5 -> hugeString(b, r);
            case 6 -> hugeNumber(b, r);
            case 7 -> insert(b, at, INVALID_UTF8.get(r.nextInt(INVALID_UTF8.size())));
            case 8 -> insert(b, at == 0 ? Math.min(1, b.length) : at, BOM);
            case 9 -> swapType(b, r);
            case 10 -> insert(b, at, utf8(" ".repeat(1 + r.nextInt(100_000))));
            case 11 -> removeKey(b, r);
            default -> hugeName(b, r);
        };
    }

    private static byte[] flip(byte[] b, java.util.Random r) {
        byte[] c = b.clone();
        int i = r.nextInt(c.length);
        c[i] = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) (c[i] ^ (1 << r.nextInt(8)));
        return c;
    }

    private static byte[] splice(byte[] b, byte[] other, java.util.Random r) {
        byte[] source = r.nextBoolean() ? other : b;
        int from = r.nextInt(source.length + 1);
        int to = from + r.nextInt(source.length - from + 1);
        return insert(b, r.nextInt(b.length + 1), Arrays.copyOfRange(source, from, to));
    }

    private static byte[] duplicateKey(byte[] b, java.util.Random r) {
        String s = latin1(b);
        Matcher m = KEY.matcher(s);
        List<int[]> keys = new java.util.ArrayList<>();
        while (m.find()) {
            keys.add(new int[] {m.start(1) - 1, m.end()});
        }
        if (keys.isEmpty()) {
            return flip(b, r);
        }
        int[] k = keys.get(r.nextInt(keys.size()));
        String copy = s.substring(k[0], k[1]) + "null,";
        return insert(b, k[0], copy.getBytes(StandardCharsets.ISO_8859_1));
    }

    private byte[] nest(byte[] b, java.util.Random r) {
        int depth = switch (r.nextInt(3)) {
            case 0 -> maxDepth - 1;
            case 1 -> maxDepth + 1;
            default -> 1 + r.nextInt(maxDepth * 4);
        };
        boolean arrays = r.nextBoolean();
        String open = arrays ? "[" : "{\"k\":";
        String close = arrays ? "]" : "}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextBoolean() ? 0 : valueStart(b, r);
        out.write(b, 0, at);
        out.writeBytes(utf8(open.repeat(depth)));
        if (at == 0) {
            out.writeBytes(b);
            out.writeBytes(utf8(close.repeat(depth)));
        } else {
            out.writeBytes(utf8("0" + close.repeat(depth)));
            out.write(b, at, b.length - at);
        }
        return out.toByteArray();
    }

    private byte[] hugeString(byte[] b, java.util.Random r) {
        int n = r.nextBoolean() ? maxStringLength + 1 : maxStringLength - r.nextInt(2);
        return replaceValue(b, r, "\"" + "x".repeat(Math.max(0, n)) + "\"");
    }

    private byte[] hugeNumber(byte[] b, java.util.Random r) {
        int n = r.nextBoolean() ? maxNumberLength + 1 : maxNumberLength;
        return replaceValue(b, r, "1" + "0".repeat(Math.max(0, n - 1)));
    }

    private static byte[] hugeName(byte[] b, java.util.Random r) {
        int at = Math.max(0, latin1(b).indexOf('{') + 1);
        return insert(b, at, utf8("\"" + "n".repeat(50_000 + r.nextInt(2)) + "\":1,"));
    }

    private static byte[] swapType(byte[] b, java.util.Random r) {
        String[] replacements = {": 6.5", ": \"6\"", ": null", ": \"\"", ": true", ": 100.5", ": []", ": {}", ": -1", ": 1e400"};
        return replaceValue(b, r, replacements[r.nextInt(replacements.length)].substring(2));
    }

    private static byte[] removeKey(byte[] b, java.util.Random r) {
        String s = latin1(b);
        Matcher m = Pattern.compile(",\\s*\"[^\"\\\\]{1,40}\"\\s*:\\s*(\"[^\"\\\\]*\"|-?\\d+|true|false|null)").matcher(s);
        List<int[]> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return Arrays.copyOf(b, b.length / 2);
        }
        int[] f = found.get(r.nextInt(found.size()));
        byte[] c = new byte[b.length - (f[1] - f[0])];
        System.arraycopy(b, 0, c, 0, f[0]);
        System.arraycopy(b, f[1], c, f[0], b.length - f[1]);
        return c;
    }

    /** Replaces a string or number value (or, when there is none, inserts at a value position). */
    private static byte[] replaceValue(byte[] b, java.util.Random r, String value) {
        String s = latin1(b);
        Matcher m = (r.nextBoolean() ? STRING_VALUE : NUMBER_VALUE).matcher(s);
        List<int[]> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start() + 1, m.end()});
        }
        if (found.isEmpty()) {
            return utf8(value);
        }
        int[] f = found.get(r.nextInt(found.size()));
        byte[] v = utf8(" " + value);
        byte[] c = new byte[b.length - (f[1] - f[0]) + v.length];
        System.arraycopy(b, 0, c, 0, f[0]);
        System.arraycopy(v, 0, c, f[0], v.length);
        System.arraycopy(b, f[1], c, f[0] + v.length, b.length - f[1]);
        return c;
    }

    private static int valueStart(byte[] b, java.util.Random r) {
        String s = latin1(b);
        Matcher m = KEY.matcher(s);
        List<Integer> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.end());
        }
        return found.isEmpty() ? 0 : found.get(r.nextInt(found.size()));
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] c = new byte[b.length + piece.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(piece, 0, c, at, piece.length);
        System.arraycopy(b, at, c, at + piece.length, b.length - at);
        return c;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks that an error a reader raised speaks to a person: in both languages, it names no Java class or package
     * and repeats none of Jackson's wording.
     *
     * @param e the error
     */
    public static void assertSpeaksPlainly(dev.dvc4j.core.Dvc4jException e) {
        for (java.util.Locale l : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("vi"))) {
            org.assertj.core.api.Assertions.assertThat(e.getMessage(l)).as("%s", e.code())
                    .isNotBlank()
                    // A back-quoted qualified name is Jackson's way of naming a type; a lone back quote may be the input's.
                    .doesNotContainPattern("`[\\w$]+(\\.[\\w$]+)+`")
                    .doesNotContain("com.fasterxml", "tools.jackson", "java.lang", "java.time", "dev.dvc4j.", "Exception",
                            "Cannot construct", "Cannot deserialize", "Unexpected character ('", "Unrecognized field",
                            "StreamReadConstraints", "JsonToken", "(through reference chain");
        }
        org.assertj.core.api.Assertions.assertThat(e.code()).isNotBlank();
    }

    /**
     * The bytes the current thread allocated while running an action, the bound of the memory the action can have
     * held: a reader that stays within a multiple of its input plus a constant cannot run out of memory on input
     * within its limits.
     *
     * @param action the action
     * @return the bytes allocated, or -1 when the JVM cannot tell
     */
    public static long allocatedBy(Runnable action) {
        // Looked up reflectively: dvc4j's own modules compile this class into their tests, and their module
        // descriptors do not read java.management.
        Object bean;
        java.lang.reflect.Method allocated;
        try {
            bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            action.run();
            return -1;
        }
        long id = Thread.currentThread().getId();
        long before = bytes(allocated, bean, id);
        action.run();
        return before < 0 ? -1 : bytes(allocated, bean, id) - before;
    }

    private static long bytes(java.lang.reflect.Method allocated, Object bean, long thread) {
        try {
            return (long) allocated.invoke(bean, thread);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }
}
