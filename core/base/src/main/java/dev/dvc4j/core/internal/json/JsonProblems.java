package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.InputTexts.JsonType;
import dev.dvc4j.core.internal.json.InputTexts.Limit;
import dev.dvc4j.core.internal.json.InputTexts.Syntax;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns Jackson 2's exceptions into the reading policy's problems: the input's name, line, column and JSON path, a
 * stable code and a text in both languages, never Jackson's own wording or a Java class name (the exception stays the
 * cause, for a host's debug output). A dvc4j error behind the exception (a bad identifier, an impossible date, an
 * illegal history) keeps its code and text. Not part of the API.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * The problem an exception from reading JSON stands for.
     *
     * @param source the input's name, or empty
     * @param e what reading threw: a Jackson exception, an {@link InputFormatException} of the input guard, another
     *     I/O failure or a dvc4j error
     * @param limits the limits the reader applied, to name the one exceeded
     * @return the problem
     */
    public static ReadProblem of(String source, Throwable e, ReadLimits limits) {
        InputFormatException guard = find(e, InputFormatException.class);
        if (guard != null) {
            ReadProblem p = guard.problem();
            String path = p.path().isEmpty() && e instanceof JsonMappingException m ? path(m) : p.path();
            return new ReadProblem(source.isEmpty() ? p.source() : source, p.line(), p.column(), path, p.code(), p.message());
        }
        long line = 0;
        long column = 0;
        String path = "";
        if (e instanceof JacksonException j) {
            JsonLocation loc = j.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                line = loc.getLineNr();
                column = Math.max(loc.getColumnNr(), 0);
            }
            path = j instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m)
                    : j.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "";
        }
        Dvc4jException domain = find(e, Dvc4jException.class);
        if (domain != null) {
            return new ReadProblem(source, line, column, path, domain.code(), domain.text());
        }
        Kind k = classify(streamCause(e), limits);
        return new ReadProblem(source, line, column, k.path == null ? path : k.path, k.code, k.text);
    }

    /**
     * What went wrong, before the position is added: shared by the Jackson 2 and Jackson 3 readers.
     *
     * @param code the problem's code
     * @param text the problem's text
     * @param path the path to use instead of the exception's, or {@code null}
     */
    public record Kind(String code, LocalizedText text, String path) {
        /**
         * @param code the code
         * @param text the text
         */
        public Kind(String code, LocalizedText text) {
            this(code, text, null);
        }
    }

    /**
     * A problem from its position and kind.
     *
     * @param source the input's name, or empty
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param path the JSON path, used when the kind names none
     * @param k what went wrong
     * @return the problem
     */
    public static ReadProblem at(String source, long line, long column, String path, Kind k) {
        return new ReadProblem(source, line, column, k.path() == null ? path : k.path(), k.code(), k.text());
    }

    /** A syntax or limit error that data binding wrapped keeps its own kind (the wrapper adds only the path). */
    private static Throwable streamCause(Throwable e) {
        if (e instanceof JsonMappingException) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof JacksonException && !(t instanceof JsonMappingException)) {
                    return t;
                }
            }
        }
        return e;
    }

    private static Kind classify(Throwable e, ReadLimits limits) {
        if (!(e instanceof JacksonException j)) {
            return new Kind(InputTexts.IO, InputTexts.io(e.getMessage()));
        }
        String m = j.getOriginalMessage() == null ? "" : j.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(m, limits);
        }
        if (m.startsWith("Duplicate field '") || m.startsWith("Duplicate Object property \"")) {
            return duplicate(m);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new Kind(InputTexts.UNKNOWN_PROPERTY, InputTexts.unknownProperty(u.getPropertyName()));
        }
        if (e instanceof InvalidTypeIdException t) {
            return new Kind(InputTexts.UNKNOWN_TYPE, InputTexts.unknownType(t.getTypeId()));
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f.getValue(), f.getTargetType());
        }
        if (e instanceof MismatchedInputException mi) {
            return mismatch(m, mi.getTargetType(), found(mi.getProcessor() instanceof JsonParser p ? p.currentToken() : null));
        }
        if (e instanceof ValueInstantiationException vi) {
            return instantiation(vi.getCause(), vi.getType() == null ? null : vi.getType().getRawClass());
        }
        if (e instanceof JsonMappingException) {
            Throwable c = e.getCause();
            return c instanceof NullPointerException ? instantiation(c, null)
                    : new Kind(InputTexts.INVALID_VALUE, InputTexts.invalidValue(null, JsonType.VALUE));
        }
        return syntax(m);
    }

    /**
     * A value that does not fit: trailing content, no content, a missing creator property or a wrong type.
     *
     * @param m the library's message
     * @param target the type being read, or {@code null}
     * @param current the type of the parser's current token
     * @return the kind
     */
    public static Kind mismatch(String m, Class<?> target, JsonType current) {
        if (m.startsWith("Trailing token")) {
            return new Kind(InputTexts.TRAILING, InputTexts.trailing());
        }
        if (m.startsWith("No content to map")) {
            return new Kind(InputTexts.EMPTY, InputTexts.empty(), "$");
        }
        if (m.startsWith("Missing required creator property '")) {
            return new Kind(InputTexts.MISSING, InputTexts.missing(quoted(m, "Missing required creator property '")));
        }
        JsonType found = foundIn(m);
        return new Kind(InputTexts.WRONG_TYPE, InputTexts.wrongType(JsonType.of(target), found == null ? current : found));
    }

    /**
     * A key twice in one object.
     *
     * @param m the library's message, which names the key in quotes
     * @return the kind
     */
    public static Kind duplicate(String m) {
        String name = m.startsWith("Duplicate field '") ? quoted(m, "Duplicate field '") : between(m, '"');
        return new Kind(InputTexts.DUPLICATE_KEY, InputTexts.duplicateKey(name));
    }

    private static String between(String m, char q) {
        int from = m.indexOf(q);
        int to = from == -1 ? -1 : m.indexOf(q, from + 1);
        return to == -1 ? "" : m.substring(from + 1, to);
    }

    /** The type Jackson's coercion and mismatch messages name as found ("Cannot coerce String value", "from Array value"). */
    private static JsonType foundIn(String m) {
        for (String[] p : new String[][] {{"String", "STRING"}, {"Floating-point", "DECIMAL"}, {"Integer", "INTEGER"},
                {"Boolean", "BOOLEAN"}, {"Array", "ARRAY"}, {"Object", "OBJECT"}, {"Null", "NULL"}}) {
            if (m.startsWith("Cannot coerce " + p[0]) || m.startsWith("Cannot coerce empty " + p[0])
                    || m.contains(" from " + p[0] + " ")) {
                return JsonType.valueOf(p[1]);
            }
        }
        return null;
    }

    /**
     * A value its type's constructor refused without a dvc4j error: a {@code null} where one is required, or another
     * failure, never shown.
     *
     * @param cause the constructor's failure
     * @param type the type, or {@code null}
     * @return the kind
     */
    public static Kind instantiation(Throwable cause, Class<?> type) {
        if (cause instanceof NullPointerException npe) {
            String name = npe.getMessage();
            return new Kind(InputTexts.MISSING, InputTexts.missing(name != null && name.matches("[A-Za-z][A-Za-z0-9]{0,40}") ? name : null));
        }
        return new Kind(InputTexts.INVALID_VALUE, InputTexts.invalidValue(null, JsonType.of(type)));
    }

    /**
     * A scalar that cannot be read as its target type.
     *
     * @param value the value as the parser read it, or {@code null}
     * @param target the type, or {@code null}
     * @return the kind
     */
    public static Kind invalidFormat(Object value, Class<?> target) {
        JsonType expected = JsonType.of(target);
        JsonType found = value instanceof String ? JsonType.STRING
                : value instanceof Boolean ? JsonType.BOOLEAN
                : value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal ? JsonType.DECIMAL
                : value instanceof Number ? JsonType.INTEGER : null;
        if (found != null && found != expected && !(expected == JsonType.NUMBER && found == JsonType.INTEGER)
                && expected != JsonType.VALUE && expected != JsonType.DATE && expected != JsonType.DATE_TIME) {
            return new Kind(InputTexts.WRONG_TYPE, InputTexts.wrongType(expected, found));
        }
        return new Kind(InputTexts.INVALID_VALUE, InputTexts.invalidValue(value == null ? null : String.valueOf(value), expected));
    }

    /**
     * An exceeded limit, from the library's message.
     *
     * @param m the message
     * @param limits the limits applied
     * @return the kind
     */
    public static Kind limit(String m, ReadLimits limits) {
        Limit l;
        long value;
        if (m.startsWith("String value length")) {
            l = Limit.STRING;
            value = limits.maxStringLength();
        } else if (m.startsWith("Number value length")) {
            l = Limit.NUMBER;
            value = limits.maxNumberLength();
        } else if (m.contains("nesting depth")) {
            l = Limit.DEPTH;
            value = limits.maxNestingDepth();
        } else if (m.startsWith("Name length")) {
            l = Limit.NAME;
            value = StrictJson.MAX_NAME_LENGTH;
        } else if (m.startsWith("Token count")) {
            l = Limit.TOKENS;
            value = StrictJson.MAX_TOKENS;
        } else {
            l = Limit.DOCUMENT;
            value = limits.maxDocumentBytes();
        }
        return new Kind(l.code(), l.text(value));
    }

    /**
     * Malformed JSON, from the library's message.
     *
     * @param m the message
     * @return the kind
     */
    public static Kind syntax(String m) {
        Syntax s;
        String token = "";
        if (m.contains("end-of-input")) {
            s = Syntax.END;
        } else if (m.contains("CTRL-CHAR") || m.startsWith("Illegal unquoted character")) {
            s = Syntax.CONTROL;
        } else if (m.startsWith("Unexpected close marker")) {
            s = Syntax.CLOSE;
        } else if (m.startsWith("Unexpected character ('")) {
            s = Syntax.CHARACTER;
            token = quoted(m, "Unexpected character ('");
        } else if (m.startsWith("Unrecognized token '")) {
            s = Syntax.WORD;
            token = quoted(m, "Unrecognized token '");
        } else if (m.startsWith("Non-standard token")) {
            s = Syntax.NON_NUMERIC;
        } else if (m.startsWith("Unrecognized character escape")) {
            s = Syntax.ESCAPE;
        } else if (m.contains("numeric value") || m.startsWith("Leading zeroes") || m.startsWith("Invalid number")) {
            s = Syntax.NUMBER;
        } else if (m.startsWith("Invalid UTF-8")) {
            return new Kind(InputTexts.UTF8, InputTexts.utf8(hexByte(m)));
        } else {
            s = Syntax.OTHER;
        }
        return new Kind(InputTexts.SYNTAX, InputTexts.syntax(s, token));
    }

    private static int hexByte(String m) {
        int at = m.indexOf("0x");
        if (at != -1 && at + 4 <= m.length()) {
            try {
                return Integer.parseInt(m.substring(at + 2, at + 4), 16);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** The text from after a prefix up to the next single quote. */
    static String quoted(String m, String prefix) {
        int from = m.indexOf(prefix);
        if (from == -1) {
            return "";
        }
        from += prefix.length();
        // The quoted text is at least one character, which may be a quote itself: (''' (code 39)).
        int to = m.indexOf('\'', from + 1);
        return to == -1 ? m.substring(from, Math.min(m.length(), from + 40)) : m.substring(from, to);
    }

    /**
     * The JSON type of a token.
     *
     * @param t the token, or {@code null} at the end of the input
     * @return its type
     */
    public static JsonType found(JsonToken t) {
        if (t == null) {
            return JsonType.END;
        }
        return switch (t) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> JsonType.OBJECT;
            case START_ARRAY, END_ARRAY -> JsonType.ARRAY;
            case VALUE_STRING -> JsonType.STRING;
            case VALUE_NUMBER_INT -> JsonType.INTEGER;
            case VALUE_NUMBER_FLOAT -> JsonType.DECIMAL;
            case VALUE_TRUE, VALUE_FALSE -> JsonType.BOOLEAN;
            case VALUE_NULL -> JsonType.NULL;
            default -> JsonType.VALUE;
        };
    }

    /**
     * The JSON path of a mapping failure: {@code $.events[3].at}.
     *
     * @param e the failure
     * @return the path
     */
    public static String path(JsonMappingException e) {
        return path(e.getPath());
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /**
     * The JSON path of a parser's position: {@code $.data[2].MaHoSo}.
     *
     * @param ctx the parser's context
     * @return the path
     */
    public static String path(JsonStreamContext ctx) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                sb.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                sb.append('.').append(c.getCurrentName());
            }
        }
        return sb.toString();
    }

    /**
     * The first throwable of a type in a cause chain.
     *
     * @param e the outermost
     * @param type the type
     * @param <T> the type
     * @return it, or {@code null}
     */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The typed error of an exception from reading JSON.
     *
     * @param source the input's name, or empty
     * @param e the failure
     * @param limits the limits applied
     * @return the error to throw
     */
    public static InputFormatException exception(String source, Throwable e, ReadLimits limits) {
        return new InputFormatException(of(source, e, limits), e);
    }

    /** An I/O failure, typed: the operating system's reason, no class name. */
    static InputFormatException io(String source, IOException e) {
        return exception(source, e, ReadLimits.DEFAULTS);
    }
}
