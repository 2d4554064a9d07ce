package dev.dvc4j.stats.internal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;

/**
 * Reads one fact from one JSON line, straight from its UTF-8 bytes: a hand-written, allocation-light parser for the
 * one closed object shape of the facts format (26 known keys, one array of two-key objects), with JSON's grammar
 * enforced in full (RFC 8259: literals, numbers, escapes, strings without raw control characters) and strict
 * UTF-8. A repeated key, an unknown key, a value of the wrong JSON type and anything after the object are errors, each
 * with the position of the offending byte and the JSON path.
 *
 * <p>Why not Jackson's byte parser, which dvc4j uses everywhere else: measured in {@code FactsParseBenchmark} (JMH,
 * one thread, the benchmarks' 1,000,000 facts, 464 MB), building the same facts through Jackson's
 * {@code UTF8StreamJsonParser} (one parser for the whole file, the fastest way Jackson reads) costs more than this
 * parser; the figures are in BENCHMARKS.md ("Parsing facts: the hand-written parser against Jackson's"). The parser
 * knows the shape, so it matches each key against the one the writer puts next, reads times and names in place
 * without making strings, and never builds a token stream.
 *
 * <p>One instance per worker thread; it keeps a scratch buffer and a string cache.
 */
public final class FactsJsonParser implements BlockIngest.Parser<DossierFacts> {

    private static final Word REQUESTED = new Word("requestedAt");
    private static final Word COMPLETED = new Word("completedAt");

    private final ReadLimits limits;
    private final Strings strings = new Strings();
    private byte[] scratch = new byte[128];
    private int scratchLength;
    private byte[] b;
    private int end;
    private int lineBreak;

    /**
     * A parser.
     *
     * @param limits the limits on strings and numbers
     */
    public FactsJsonParser(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean findsLineEnd() {
        return true;
    }

    @Override
    public int lineEnd() {
        return lineBreak;
    }

    /**
     * Parses the fact that starts a line. The line ends at the first {@code '\n'} at or after {@code start}, or at
     * {@code limit}: the parser never reads past it, and after a successful parse {@link #lineEnd()} gives its index.
     */
    @Override
    public DossierFacts parse(byte[] buf, int start, int limit) {
        this.b = buf;
        this.end = limit;
        int i = ws(start);
        if (i >= end || b[i] != '{') {
            throw syntax(i, null, "một đối tượng JSON", "a JSON object");
        }
        DossierFacts.Builder f = DossierFacts.builder();
        int seen = 0;
        FactField likely = FactField.CODE;
        i = ws(i + 1);
        if (i < end && b[i] == '}') {
            i++;
        } else {
            while (true) {
                if (i >= end || b[i] != '"') {
                    throw syntax(i, null, "một khóa trong ngoặc kép", "a quoted key");
                }
                int ks = i + 1;
                FactField field;
                if (likely != null && likely.isKeyAt(b, ks, end)) {
                    field = likely;
                    i = ks + field.keyLength() + 1;
                } else {
                    i = string(ks - 1, null);
                    field = FactField.byKey(scratch, 0, scratchLength);
                    if (field == null) {
                        throw unknown(ks - 1, Utf8.decode(scratch, 0, scratchLength));
                    }
                }
                int bit = 1 << field.ordinal();
                if ((seen & bit) != 0) {
                    throw new Malformed(ks - 1, path(field), "input.duplicate-key", LocalizedText.of(
                            "Khóa \"%s\" lặp lại", "The key \"%s\" is repeated").formatted(field.key()));
                }
                seen |= bit;
                likely = field.next();
                i = ws(i);
                if (i >= end || b[i] != ':') {
                    throw syntax(i, field, "dấu hai chấm", "':'");
                }
                i = value(field, f, ws(i + 1));
                i = ws(i);
                if (i < end && b[i] == ',') {
                    i = ws(i + 1);
                } else if (i < end && b[i] == '}') {
                    i++;
                    break;
                } else {
                    throw syntax(i, null, "',' hoặc '}'", "',' or '}'");
                }
            }
        }
        i = ws(i);
        if (i < end && b[i] != '\n') {
            throw syntax(i, null, "hết dòng sau đối tượng", "nothing after the object");
        }
        lineBreak = i;
        try {
            return f.build();
        } catch (StatsException e) {
            throw new Malformed(Malformed.NO_POSITION, "", e.code(), e.text());
        }
    }

    /** Reads one value of a field; returns the index after it. */
    private int value(FactField field, DossierFacts.Builder f, int i) {
        if (i >= end) {
            throw syntax(i, field, "một giá trị", "a value");
        }
        byte c = b[i];
        FactField.Kind kind = field.kind();
        if (c == '"') {
            if (kind == FactField.Kind.INTEGER || kind == FactField.Kind.BOOLEAN || kind == FactField.Kind.SUPPLEMENTS) {
                throw wrongType(i, field);
            }
            int vs = i + 1;
            int ve = vs;
            byte x;
            while (ve < end && (x = b[ve]) != '"' && x >= 0x20 && x != '\\') {
                ve++;
            }
            if (ve < end && b[ve] == '"') {
                checkLength(i, b, vs, ve - vs, field);
                set(field, f, b, vs, ve - vs, i);
                return ve + 1;
            }
            int next = string(i, field);
            checkLength(i, scratch, 0, scratchLength, field);
            set(field, f, scratch, 0, scratchLength, i);
            return next;
        }
        if (c == 'n') {
            return literal(i, "null", field);
        }
        if (c == 't' || c == 'f') {
            int next = literal(i, c == 't' ? "true" : "false", field);
            if (kind != FactField.Kind.BOOLEAN) {
                throw wrongType(i, field);
            }
            field.bool(f, c == 't');
            return next;
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number(i, field, f);
        }
        if (c == '[') {
            if (kind != FactField.Kind.SUPPLEMENTS) {
                throw wrongType(i, field);
            }
            return supplements(i, f);
        }
        if (c == '{') {
            throw wrongType(i, field);
        }
        throw syntax(i, field, "một giá trị", "a value");
    }

    private void set(FactField field, DossierFacts.Builder f, byte[] s, int off, int len, int at) {
        try {
            field.text(f, s, off, len, false, strings);
        } catch (RuntimeException e) {
            throw new Malformed(at, path(field), "stats.read.value", field.badValue(s, off, len));
        }
    }

    /**
     * Refuses a string value longer than the limit, in characters; its UTF-8 bytes are counted only when there are
     * more of them than the limit allows characters. Keys are not values: a known key is short, and an unknown one is
     * refused by name (its excerpt cut at 80 characters), the line's own limit bounding both.
     */
    private void checkLength(int quote, byte[] s, int off, int bytes, Object where) {
        if (bytes > limits.maxStringLength() && Utf8.codePoints(s, off, off + bytes) > limits.maxStringLength()) {
            throw new Malformed(quote, pathOf(where), "input.limit", LocalizedText.of(
                    "Chuỗi dài quá %d ký tự", "A string is longer than %d characters").formatted(limits.maxStringLength()));
        }
    }

    /** A JSON number; only integers of up to nine digits are values of the integer fields. */
    private int number(int i, FactField field, DossierFacts.Builder f) {
        int j = i;
        boolean negative = b[j] == '-';
        if (negative) {
            j++;
        }
        int digits = j;
        if (j >= end || b[j] < '0' || b[j] > '9') {
            throw syntax(j, field, "một chữ số", "a digit");
        }
        if (b[j] == '0') {
            j++;
        } else {
            while (j < end && b[j] >= '0' && b[j] <= '9') {
                j++;
            }
        }
        int digitsEnd = j;
        boolean whole = true;
        if (j < end && b[j] == '.') {
            j++;
            if (j >= end || b[j] < '0' || b[j] > '9') {
                throw syntax(j, field, "một chữ số", "a digit");
            }
            while (j < end && b[j] >= '0' && b[j] <= '9') {
                j++;
            }
            whole = false;
        }
        if (j < end && (b[j] == 'e' || b[j] == 'E')) {
            j++;
            if (j < end && (b[j] == '+' || b[j] == '-')) {
                j++;
            }
            if (j >= end || b[j] < '0' || b[j] > '9') {
                throw syntax(j, field, "một chữ số", "a digit");
            }
            while (j < end && b[j] >= '0' && b[j] <= '9') {
                j++;
            }
            whole = false;
        }
        delimiter(j, field);
        if (j - i > limits.maxNumberLength()) {
            throw new Malformed(i, path(field), "input.limit", LocalizedText.of(
                    "Số dài quá %d ký tự", "A number is longer than %d characters").formatted(limits.maxNumberLength()));
        }
        FactField.Kind kind = field.kind();
        if (kind != FactField.Kind.INTEGER && kind != FactField.Kind.CODED) {
            throw wrongType(i, field);
        }
        if (!whole) {
            throw new Malformed(i, path(field), "stats.read.type", LocalizedText.of(
                    "Trường \"%s\" phải là số nguyên", "\"%s\" must be a whole number").formatted(field.key()));
        }
        if (digitsEnd - digits > 9) {
            throw new Malformed(i, path(field), "stats.read.value", field.badValue(b, i, j - i));
        }
        int v = 0;
        for (int k = digits; k < digitsEnd; k++) {
            v = v * 10 + (b[k] - '0');
        }
        try {
            field.integer(f, negative ? -v : v);
        } catch (RuntimeException e) {
            throw new Malformed(i, path(field), "stats.read.value", field.badValue(b, i, j - i));
        }
        return j;
    }

    private int literal(int i, String word, FactField field) {
        int n = word.length();
        if (end - i < n) {
            throw syntax(i, field, "một giá trị", "a value");
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                throw syntax(i, field, "một giá trị", "a value");
            }
        }
        delimiter(i + n, field);
        return i + n;
    }

    /** After a literal or a number: whitespace, a comma, a closing bracket or the end of the line. */
    private void delimiter(int j, FactField field) {
        if (j < end) {
            byte c = b[j];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                throw syntax(j, field, "',', '}' hoặc ']'", "',', '}' or ']'");
            }
        }
    }

    /** {@code [{"requestedAt": …, "completedAt": …}, …]}; returns the index after the array. */
    private int supplements(int i, DossierFacts.Builder f) {
        int j = ws(i + 1);
        if (j < end && b[j] == ']') {
            return j + 1;
        }
        int index = 0;
        while (true) {
            if (j >= end || b[j] != '{') {
                if (j < end && b[j] != ']' && b[j] != ',' && b[j] != '\n') {
                    throw new Malformed(j, supplementPath(index, null), "stats.read.type", FactField.SUPPLEMENTS.wrongType());
                }
                throw syntax(j, supplementPath(index, null), "một đối tượng bổ sung", "a supplement object");
            }
            j = supplement(j, f, index);
            j = ws(j);
            if (j < end && b[j] == ',') {
                j = ws(j + 1);
                index++;
            } else if (j < end && b[j] == ']') {
                return j + 1;
            } else {
                throw syntax(j, FactField.SUPPLEMENTS, "',' hoặc ']'", "',' or ']'");
            }
        }
    }

    private static String supplementPath(int index, String key) {
        return "$.supplements[" + index + "]" + (key == null ? "" : "." + key);
    }

    private int supplement(int i, DossierFacts.Builder f, int index) {
        long requested = DossierFacts.NO_TIME;
        long completed = DossierFacts.NO_TIME;
        int seen = 0;
        int j = ws(i + 1);
        if (j < end && b[j] == '}') {
            f.addSupplementEpochSeconds(requested, completed);
            return j + 1;
        }
        while (true) {
            if (j >= end || b[j] != '"') {
                throw syntax(j, supplementPath(index, null), "một khóa trong ngoặc kép", "a quoted key");
            }
            int keyAt = j;
            j = string(j, supplementPath(index, null));
            int which = REQUESTED.equals(scratch, 0, scratchLength) ? 1 : COMPLETED.equals(scratch, 0, scratchLength) ? 2 : 0;
            String key = which == 1 ? "requestedAt" : which == 2 ? "completedAt" : Utf8.excerpt(scratch, 0, scratchLength, 80);
            if (which == 0) {
                throw new Malformed(keyAt, supplementPath(index, key), "stats.read.unknown-field", LocalizedText.of(
                        "Trường không xác định \"%s\"", "Unknown field \"%s\"").formatted("supplements." + key));
            }
            if ((seen & which) != 0) {
                throw new Malformed(keyAt, supplementPath(index, key), "input.duplicate-key", LocalizedText.of(
                        "Khóa \"%s\" lặp lại", "The key \"%s\" is repeated").formatted(key));
            }
            seen |= which;
            j = ws(j);
            if (j >= end || b[j] != ':') {
                throw syntax(j, supplementPath(index, key), "dấu hai chấm", "':'");
            }
            j = ws(j + 1);
            if (j < end && b[j] == 'n') {
                j = literal(j, "null", FactField.SUPPLEMENTS);
            } else if (j < end && b[j] == '"') {
                int at = j;
                j = string(j, supplementPath(index, key));
                checkLength(at, scratch, 0, scratchLength, supplementPath(index, key));
                long t;
                try {
                    t = VnTimes.parseLenientEpochSecond(scratch, 0, scratchLength);
                } catch (RuntimeException e) {
                    throw new Malformed(at, supplementPath(index, key), "stats.read.value", LocalizedText.of(
                            "Thời điểm không hợp lệ ở \"supplements.%s\": \"%s\"", "Invalid time in \"supplements.%s\": \"%s\"")
                            .formatted(key, Utf8.excerpt(scratch, 0, scratchLength, 80)));
                }
                if (which == 1) {
                    requested = t;
                } else {
                    completed = t;
                }
            } else if (j >= end || b[j] == '\n') {
                throw syntax(j, supplementPath(index, key), "một giá trị", "a value");
            } else {
                throw new Malformed(j, supplementPath(index, key), "stats.read.type", LocalizedText.of(
                        "\"supplements.%s\" phải là một chuỗi thời điểm", "\"supplements.%s\" must be a time string")
                        .formatted(key));
            }
            j = ws(j);
            if (j < end && b[j] == ',') {
                j = ws(j + 1);
            } else if (j < end && b[j] == '}') {
                f.addSupplementEpochSeconds(requested, completed);
                return j + 1;
            } else {
                throw syntax(j, supplementPath(index, null), "',' hoặc '}'", "',' or '}'");
            }
        }
    }

    /**
     * Reads the string whose opening quote is at {@code q} into the scratch buffer, unescaped, as UTF-8. Its length
     * is the caller's to check ({@link #checkLength}): keys have none.
     *
     * @return the index after the closing quote
     */
    private int string(int q, Object where) {
        int j = q + 1;
        int n = 0;
        byte[] out = scratch;
        while (true) {
            if (j >= end) {
                throw syntax(j, where, "dấu ngoặc kép đóng chuỗi", "the closing quote of a string");
            }
            if (out.length - n < 4) {
                out = scratch = java.util.Arrays.copyOf(out, out.length * 2);
            }
            byte c = b[j];
            if (c == '"') {
                scratchLength = n;
                return j + 1;
            }
            if (c == '\\') {
                if (j + 1 >= end) {
                    throw syntax(j, where, "một ký tự thoát", "an escape");
                }
                byte e = b[j + 1];
                int simple = switch (e) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '/' -> '/';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> -1;
                };
                if (simple >= 0) {
                    out[n++] = (byte) simple;
                    j += 2;
                    continue;
                }
                if (e != 'u') {
                    throw syntax(j, where, "một ký tự thoát hợp lệ", "a valid escape");
                }
                int cp = hex4(j + 2, j, where);
                j += 6;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (j + 1 >= end || b[j] != '\\' || b[j + 1] != 'u') {
                        throw syntax(j - 6, where, "một cặp thay thế UTF-16 đầy đủ", "a complete UTF-16 surrogate pair");
                    }
                    int low = hex4(j + 2, j, where);
                    if (low < 0xDC00 || low > 0xDFFF) {
                        throw syntax(j, where, "một cặp thay thế UTF-16 đầy đủ", "a complete UTF-16 surrogate pair");
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    j += 6;
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    throw syntax(j - 6, where, "một cặp thay thế UTF-16 đầy đủ", "a complete UTF-16 surrogate pair");
                }
                n = appendCodePoint(out, n, cp);
                continue;
            }
            if (c >= 0) {
                if (c == '\n') {
                    throw syntax(j, where, "dấu ngoặc kép đóng chuỗi", "the closing quote of a string");
                }
                if (c < 0x20) {
                    throw syntax(j, where, "ký tự điều khiển được thoát (\\uXXXX)", "control characters escaped (\\uXXXX)");
                }
                out[n++] = c;
                j++;
                continue;
            }
            int len = Utf8.sequenceLength(b, j, end);
            if (len < 0) {
                throw utf8(j, where);
            }
            if (out.length - n < len) {
                out = scratch = java.util.Arrays.copyOf(out, out.length * 2);
            }
            System.arraycopy(b, j, out, n, len);
            n += len;
            j += len;
        }
    }

    private int hex4(int at, int escape, Object where) {
        if (at + 4 > end) {
            throw syntax(escape, where, "bốn chữ số thập lục phân", "four hex digits");
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int c = b[k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw syntax(escape, where, "bốn chữ số thập lục phân", "four hex digits");
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static int appendCodePoint(byte[] out, int n, int cp) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }

    private int ws(int i) {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Where a problem is: {@code null} for the object, a field, or a path already made. */
    private static String pathOf(Object where) {
        return where == null ? "$" : where instanceof FactField f ? path(f) : (String) where;
    }

    private static String path(FactField field) {
        return "$." + field.key();
    }

    private Malformed syntax(int at, Object where, String vi, String en) {
        if (at < end && b[at] < 0 && Utf8.sequenceLength(b, at, end) < 0) {
            return utf8(at, where);
        }
        return new Malformed(at, pathOf(where), "input.json", LocalizedText.of("JSON hỏng: cần " + vi, "Malformed JSON: expected " + en));
    }

    private static Malformed utf8(int at, Object where) {
        return new Malformed(at, pathOf(where), "input.utf8", LocalizedText.of("Byte UTF-8 không hợp lệ", "Malformed UTF-8"));
    }

    private static Malformed wrongType(int at, FactField field) {
        return new Malformed(at, path(field), "stats.read.type", field.wrongType());
    }

    private static Malformed unknown(int at, String key) {
        String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        return new Malformed(at, "$." + shown, "stats.read.unknown-field", LocalizedText.of(
                "Trường không xác định \"%s\"", "Unknown field \"%s\"").formatted(shown));
    }
}
