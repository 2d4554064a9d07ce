package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The reading policy's duplicate-key check ({@link DuplicateKeyParser}, made by {@link StrictJsonFactory}) refuses
 * exactly what Jackson's own detector refuses, through every way of moving a parser and from every kind of input.
 */
class DuplicateKeyParserTest {

    private static final JsonFactory STRICT = StrictJson.shared().getFactory();
    /** The oracle: Jackson's own detector. */
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** How a document is walked: every token, or the shortcuts Jackson's data binding uses. */
    enum Walk { TOKENS, FIELD_NAMES, TEXT_VALUES, VALUES }

    /** The key refused, or {@code null} when the whole document was read. */
    private static String refusedKey(JsonParser p, Walk walk) throws IOException {
        try (p) {
            while (true) {
                switch (walk) {
                    case TOKENS -> {
                        if (p.nextToken() == null) {
                            return null;
                        }
                    }
                    case FIELD_NAMES -> {
                        if (p.nextFieldName() == null && p.currentToken() == null) {
                            return null;
                        }
                    }
                    case TEXT_VALUES -> {
                        if (p.nextTextValue() == null && p.currentToken() == null) {
                            return null;
                        }
                    }
                    case VALUES -> {
                        if (p.nextValue() == null) {
                            return null;
                        }
                    }
                }
            }
        } catch (JsonParseException e) {
            assertThat(e.getOriginalMessage()).startsWith("Duplicate field '");
            return e.getOriginalMessage();
        }
    }

    /** A random document whose objects draw keys from a few names, so that some repeat; some objects are large. */
    private static String document(Random r, int depth) {
        StringBuilder b = new StringBuilder();
        value(r, depth, b);
        return b.toString();
    }

    private static void value(Random r, int depth, StringBuilder b) {
        int kind = depth == 0 ? r.nextInt(2) : depth > 4 ? 2 : r.nextInt(4);
        switch (kind) {
            case 0 -> {
                int n = r.nextInt(3) == 0 ? DuplicateKeyParser.LINEAR - 2 + r.nextInt(6) : r.nextInt(5);
                int names = r.nextBoolean() ? 4 : 10 * n + 10;
                b.append('{');
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append("\"k").append(r.nextInt(names)).append("\":");
                    value(r, depth + 1, b);
                }
                b.append('}');
            }
            case 1 -> {
                b.append('[');
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",");
                    value(r, depth + 1, b);
                }
                b.append(']');
            }
            default -> {
                if (depth > 4 || r.nextBoolean()) {
                    b.append(r.nextBoolean() ? "\"v\"" : String.valueOf(r.nextInt(100)));
                } else {
                    value(r, depth + 1, b);
                }
            }
        }
    }

    @Property(tries = 400)
    void refusesExactlyWhatJacksonRefusesHoweverTheDocumentIsWalked(@ForAll long seed) throws IOException {
        String doc = document(new Random(seed), 0);
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        String expected = refusedKey(JACKSON.createParser(doc), Walk.TOKENS);
        for (Walk walk : Walk.values()) {
            assertThat(refusedKey(STRICT.createParser(doc), walk)).as("%s %s", walk, doc).isEqualTo(expected);
            assertThat(refusedKey(STRICT.createParser(bytes), walk)).as("%s bytes %s", walk, doc).isEqualTo(expected);
        }
        assertThat(refusedKey(STRICT.createParser(new StringReader(doc)), Walk.TOKENS)).isEqualTo(expected);
        assertThat(refusedKey(STRICT.createParser(new ByteArrayInputStream(bytes)), Walk.TOKENS)).isEqualTo(expected);
    }

    private static String object(int keys, String repeated) {
        String body = IntStream.range(0, keys).mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(","));
        return "{" + body + (repeated == null ? "" : ",\"" + repeated + "\":0") + "}";
    }

    @Test
    void anObjectOfDistinctKeysIsReadOnBothSidesOfTheSwitchToAHashSet() throws IOException {
        for (int keys : new int[] {0, 1, 2, DuplicateKeyParser.LINEAR - 1, DuplicateKeyParser.LINEAR,
                DuplicateKeyParser.LINEAR + 1, 5 * DuplicateKeyParser.LINEAR}) {
            assertThat(refusedKey(STRICT.createParser(object(keys, null)), Walk.TOKENS)).as("%d keys", keys).isNull();
        }
    }

    @Test
    void aRepeatedKeyIsRefusedOnBothSidesOfTheSwitch() throws IOException {
        for (int keys : new int[] {1, 2, DuplicateKeyParser.LINEAR - 1, DuplicateKeyParser.LINEAR,
                DuplicateKeyParser.LINEAR + 1, 5 * DuplicateKeyParser.LINEAR}) {
            for (String repeated : new String[] {"k0", "k" + (keys - 1), "k" + keys / 2}) {
                assertThat(refusedKey(STRICT.createParser(object(keys, repeated)), Walk.TOKENS))
                        .as("%d keys, %s again", keys, repeated).isEqualTo("Duplicate field '" + repeated + "'");
            }
        }
    }

    @Test
    void keysCountPerObjectNotPerDepth() throws IOException {
        String siblings = "[" + object(DuplicateKeyParser.LINEAR + 3, null) + "," + object(3, null) + ","
                + object(DuplicateKeyParser.LINEAR + 3, null) + "]";
        assertThat(refusedKey(STRICT.createParser(siblings), Walk.TOKENS)).as("siblings with the same keys").isNull();
        assertThat(refusedKey(STRICT.createParser("{\"a\":{\"a\":{\"a\":1}},\"b\":{\"a\":2}}"), Walk.TOKENS))
                .as("a key of the enclosing object, inside").isNull();
        assertThat(refusedKey(STRICT.createParser("{\"a\":{\"b\":1},\"b\":2,\"a\":3}"), Walk.TOKENS))
                .as("back in the enclosing object after a nested one").isEqualTo("Duplicate field 'a'");
        assertThat(refusedKey(STRICT.createParser("[{\"a\":1},{\"b\":1,\"a\":2,\"b\":3}]"), Walk.TOKENS))
                .isEqualTo("Duplicate field 'b'");
        String deep = "[".repeat(20) + "{\"x\":1,\"x\":2}" + "]".repeat(20);
        assertThat(refusedKey(STRICT.createParser(deep), Walk.TOKENS)).as("deeper than the first arrays")
                .isEqualTo("Duplicate field 'x'");
    }

    @Test
    void theErrorNamesTheKeyAndPointsAtIt() {
        JsonParseException e = catchThrowableOfType(JsonParseException.class,
                () -> refusedKeyOrThrow("{\n  \"tên\": 1,\n  \"tên\": 2\n}"));
        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'tên'");
        assertThat(e.getLocation().getLineNr()).isEqualTo(3);
        assertThat(e.getLocation().getColumnNr()).isEqualTo(3);
    }

    private static void refusedKeyOrThrow(String doc) throws IOException {
        try (JsonParser p = STRICT.createParser(doc)) {
            while (p.nextToken() != null) {
                // read on
            }
        }
    }

    @Test
    void skippedChildrenAreCheckedAsJacksonChecksThem() throws IOException {
        try (JsonParser p = STRICT.createParser("{\"a\":{\"b\":[{\"c\":1,\"c\":2}]}}")) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            assertThat(catchThrowableOfType(JsonParseException.class, p::skipChildren).getOriginalMessage())
                    .isEqualTo("Duplicate field 'c'");
        }
        try (JsonParser p = STRICT.createParser("{\"a\":{\"b\":[{\"c\":1}]},\"d\":[1,[2]],\"e\":3}")) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(p.nextFieldName()).isEqualTo("a");
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(p.skipChildren().currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextFieldName()).isEqualTo("d");
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            assertThat(p.skipChildren().currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextFieldName()).isEqualTo("e");
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.skipChildren().currentToken()).as("a scalar has no children").isEqualTo(JsonToken.VALUE_NUMBER_INT);
        }
    }

    @Test
    void theShortcutsOfDataBindingAreChecked() throws IOException {
        String doc = "{\"a\":\"x\",\"n\":1,\"m\":2,\"b\":true,\"a\":0}";
        try (JsonParser p = STRICT.createParser(doc)) {
            p.nextToken();
            assertThat(p.nextFieldName(new SerializedString("a"))).isTrue();
            assertThat(p.nextTextValue()).isEqualTo("x");
            assertThat(p.nextFieldName(new SerializedString("zz"))).isFalse();
            assertThat(p.nextIntValue(-1)).isEqualTo(1);
            assertThat(p.nextFieldName()).isEqualTo("m");
            assertThat(p.nextLongValue(-1)).isEqualTo(2L);
            assertThat(p.nextFieldName()).isEqualTo("b");
            assertThat(p.nextBooleanValue()).isTrue();
            assertThat(catchThrowableOfType(JsonParseException.class, () -> p.nextFieldName(new SerializedString("a")))
                    .getOriginalMessage()).isEqualTo("Duplicate field 'a'");
        }
        for (Function<JsonParser, Object> step : java.util.List.<Function<JsonParser, Object>>of(
                p -> call(p::nextTextValue), p -> call(() -> p.nextIntValue(0)), p -> call(() -> p.nextLongValue(0)),
                p -> call(p::nextBooleanValue), p -> call(p::nextValue))) {
            try (JsonParser p = STRICT.createParser("{\"a\":1,\"a\":2}")) {
                p.nextToken();
                p.nextToken();
                p.nextToken();
                assertThat(catchThrowableOfType(java.io.UncheckedIOException.class, () -> step.apply(p)).getCause())
                        .isInstanceOfSatisfying(JsonParseException.class,
                                e -> assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'a'"));
            }
        }
    }

    private interface IoCall {
        Object call() throws IOException;
    }

    private static Object call(IoCall c) {
        try {
            return c.call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aReaderCannotTurnTheCheckOffNorTurnJacksonsOnTwice() throws IOException {
        String doc = "{\"a\":1,\"a\":2}";
        JsonMapper mapper = StrictJson.shared();
        for (var reader : new com.fasterxml.jackson.databind.ObjectReader[] {
                mapper.readerFor(JsonNode.class).without(StreamReadFeature.STRICT_DUPLICATE_DETECTION),
                mapper.readerFor(JsonNode.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)}) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.readValue(doc));
            assertThat(t).isInstanceOf(JsonParseException.class);
            assertThat(((JsonParseException) t).getLocation().getColumnNr()).as("refused by this check, at the key")
                    .isEqualTo(8);
        }
        try (JsonParser p = STRICT.createParser(doc)) {
            assertThat(p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)).isTrue();
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            assertThat(p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)).isTrue();
            assertThat(p.isEnabled(JsonParser.Feature.ALLOW_COMMENTS)).isFalse();
            p.enable(JsonParser.Feature.ALLOW_COMMENTS);
            assertThat(p.isEnabled(JsonParser.Feature.ALLOW_COMMENTS)).as("other features pass through").isTrue();
            assertThat(refusedKey(p, Walk.TOKENS)).isEqualTo("Duplicate field 'a'");
        }
    }

    @Test
    void everyParserTheFactoryMakesIsChecked() throws IOException {
        String doc = "{\"a\":1,\"a\":2}";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        String dup = "Duplicate field 'a'";
        assertThat(refusedKey(STRICT.createParser(doc.toCharArray()), Walk.TOKENS)).isEqualTo(dup);
        assertThat(refusedKey(STRICT.createParser(bytes, 0, bytes.length), Walk.TOKENS)).isEqualTo(dup);
        // Jackson reads data input only without a document-length limit, which the policy's factory has.
        JsonFactory unlimited = new StrictJsonFactory(new com.fasterxml.jackson.core.JsonFactoryBuilder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
        assertThat(refusedKey(unlimited.createParser((java.io.DataInput) new DataInputStream(new ByteArrayInputStream(bytes))),
                Walk.TOKENS)).isEqualTo(dup);
        JsonParser feed = STRICT.createNonBlockingByteArrayParser();
        ((ByteArrayFeeder) feed.getNonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
        ((ByteArrayFeeder) feed.getNonBlockingInputFeeder()).endOfInput();
        assertThat(refusedKey(feed, Walk.TOKENS)).isEqualTo(dup);
        JsonParser buffer = STRICT.createNonBlockingByteBufferParser();
        ((com.fasterxml.jackson.core.async.ByteBufferFeeder) buffer.getNonBlockingInputFeeder())
                .feedInput(java.nio.ByteBuffer.wrap(bytes));
        ((com.fasterxml.jackson.core.async.ByteBufferFeeder) buffer.getNonBlockingInputFeeder()).endOfInput();
        assertThat(refusedKey(buffer, Walk.TOKENS)).isEqualTo(dup);
        assertThat(refusedKey(STRICT.copy().createParser(doc), Walk.TOKENS)).as("a copy").isEqualTo(dup);
        assertThat(STRICT.copy()).isInstanceOf(StrictJsonFactory.class);
        assertThat(refusedKey(STRICT.rebuild().build().createParser(doc), Walk.TOKENS))
                .as("rebuilt into Jackson's own factory, Jackson's detector").isEqualTo(dup);
        assertThat(StrictJson.shared().copy().readTree("{\"a\":{\"b\":1},\"c\":2}").size()).isEqualTo(2);
        assertThatCode(() -> StrictJson.shared().readValue("{\"a\":1,\"b\":1}", Map.class)).doesNotThrowAnyException();
    }
}
