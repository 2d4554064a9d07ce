package dev.dvc4j.jackson3.internal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.internal.json.InputTexts;
import dev.dvc4j.core.internal.json.InputTexts.JsonType;
import dev.dvc4j.core.internal.json.JsonProblems;
import dev.dvc4j.core.internal.json.JsonProblems.Kind;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Jackson 3's exceptions as the reading policy's problems, with the same codes, texts, lines, columns and paths the
 * Jackson 2 readers give ({@link JsonProblems}). Not part of the API.
 */
public final class Problems3 {

    private Problems3() {
    }

    /**
     * The problem an exception from reading JSON with Jackson 3 stands for.
     *
     * @param source the input's name, or empty
     * @param e what reading threw
     * @param limits the limits applied
     * @return the problem
     */
    public static ReadProblem of(String source, Throwable e, ReadLimits limits) {
        InputFormatException guard = JsonProblems.find(e, InputFormatException.class);
        if (guard != null) {
            ReadProblem p = guard.problem();
            String path = p.path().isEmpty() && e instanceof JacksonException j && !j.getPath().isEmpty() ? path(j) : p.path();
            return new ReadProblem(source.isEmpty() ? p.source() : source, p.line(), p.column(), path, p.code(), p.message());
        }
        long line = 0;
        long column = 0;
        String path = "";
        if (e instanceof JacksonException j) {
            TokenStreamLocation loc = j.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                line = loc.getLineNr();
                column = Math.max(loc.getColumnNr(), 0);
            }
            path = !j.getPath().isEmpty() ? path(j) : j.processor() instanceof JsonParser p ? path(p.streamReadContext()) : "";
        }
        Dvc4jException domain = JsonProblems.find(e, Dvc4jException.class);
        if (domain != null) {
            return new ReadProblem(source, line, column, path, domain.code(), domain.text());
        }
        return JsonProblems.at(source, line, column, path, classify(streamCause(e), limits));
    }

    /** A syntax or limit error that data binding wrapped keeps its own kind (the wrapper adds only the path). */
    private static Throwable streamCause(Throwable e) {
        if (e instanceof DatabindException) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof JacksonException && !(t instanceof DatabindException)) {
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
            return JsonProblems.limit(m, limits);
        }
        if (m.startsWith("Duplicate field '") || m.startsWith("Duplicate Object property \"")) {
            return JsonProblems.duplicate(m);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new Kind(InputTexts.UNKNOWN_PROPERTY, InputTexts.unknownProperty(u.getPropertyName()));
        }
        if (e instanceof InvalidTypeIdException t) {
            return new Kind(InputTexts.UNKNOWN_TYPE, InputTexts.unknownType(t.getTypeId()));
        }
        if (e instanceof InvalidFormatException f) {
            return JsonProblems.invalidFormat(f.getValue(), f.getTargetType());
        }
        if (e instanceof MismatchedInputException mi) {
            if (mi.getTargetType() != null && mi.getTargetType().isPrimitive()
                    && m.startsWith("Missing required creator property '")) {
                // A missing primitive (required by WireIntrospector): Jackson 2 reads it as null, which it refuses.
                return JsonProblems.mismatch("", mi.getTargetType(), JsonType.END);
            }
            return JsonProblems.mismatch(m, mi.getTargetType(), found(mi.processor() instanceof JsonParser p ? p.currentToken() : null));
        }
        if (e instanceof ValueInstantiationException vi) {
            return JsonProblems.instantiation(vi.getCause(), vi.getType() == null ? null : vi.getType().getRawClass());
        }
        if (e instanceof DatabindException) {
            return e.getCause() instanceof NullPointerException ? JsonProblems.instantiation(e.getCause(), null)
                    : new Kind(InputTexts.INVALID_VALUE, InputTexts.invalidValue(null, JsonType.VALUE));
        }
        return JsonProblems.syntax(m);
    }

    private static JsonType found(JsonToken t) {
        if (t == null) {
            return JsonType.END;
        }
        return switch (t) {
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> JsonType.OBJECT;
            case START_ARRAY, END_ARRAY -> JsonType.ARRAY;
            case VALUE_STRING -> JsonType.STRING;
            case VALUE_NUMBER_INT -> JsonType.INTEGER;
            case VALUE_NUMBER_FLOAT -> JsonType.DECIMAL;
            case VALUE_TRUE, VALUE_FALSE -> JsonType.BOOLEAN;
            case VALUE_NULL -> JsonType.NULL;
            default -> JsonType.VALUE;
        };
    }

    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder("$");
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append('.').append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String path(TokenStreamContext ctx) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder("$");
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                sb.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.currentName() != null) {
                sb.append('.').append(c.currentName());
            }
        }
        return sb.toString();
    }
}
