package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.money.Vnd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The strict mapper's own codecs (exact scalars, the time codec, Vnd, the base value types, labelled enums as values
 * and keys) and the policy's input guard at the edges of its buffer.
 */
class StrictCodecsTest {

    private static <T> T read(JsonMapper mapper, String json, Class<T> type) {
        return StrictJson.read(StrictJson.parser(mapper, "c.json", json), mapper.readerFor(type), "c.json");
    }

    private static InputFormatException refusal(JsonMapper mapper, String json, Class<?> type) {
        return catchThrowableOfType(InputFormatException.class, () -> read(mapper, json, type));
    }

    @Test
    void exactScalarsAreReadOnlyFromTheirOwnJsonType() {
        JsonMapper exact = StrictJson.limit(StrictJson.builder().addModule(StrictJson.exactScalars()).build());
        assertThat(read(exact, "\"x\"", String.class)).isEqualTo("x");
        assertThat(read(exact, "true", Boolean.class)).isTrue();
        assertThat(read(exact, "false", Boolean.class)).isFalse();
        assertThat(read(exact, "2147483647", Integer.class)).isEqualTo(Integer.MAX_VALUE);
        assertThat(read(exact, "-2147483648", Integer.class)).isEqualTo(Integer.MIN_VALUE);
        assertThat(read(exact, "5", Long.class)).isEqualTo(5L);
        assertThat(read(exact, "9223372036854775807", Long.class)).isEqualTo(Long.MAX_VALUE);
        InputFormatException intAsString = refusal(exact, "1", String.class);
        assertThat(intAsString.code()).isEqualTo("input.wrong-type");
        assertThat(intAsString.getMessage(Locale.ENGLISH)).isEqualTo("c.json:1:1 ($): wrong type: expected a string, found an integer");
        assertThat(refusal(exact, "\"true\"", Boolean.class).getMessage(Locale.ENGLISH))
                .isEqualTo("c.json:1:1 ($): wrong type: expected true or false, found a string");
        assertThat(refusal(exact, "1.5", Integer.class).getMessage(Locale.ENGLISH))
                .isEqualTo("c.json:1:1 ($): wrong type: expected an integer, found a decimal number");
        assertThat(refusal(exact, "true", Long.class).code()).isEqualTo("input.wrong-type");
        InputFormatException tooBig = refusal(exact, "2147483648", Integer.class);
        assertThat(tooBig.code()).isEqualTo("input.invalid-value");
        assertThat(tooBig.getMessage(Locale.ENGLISH)).as("a number that could be personal is masked").isEqualTo("c.json:1:1 ($): invalid value \"2147****48\", expected an integer");
        assertThat(tooBig.getMessage(Locale.forLanguageTag("vi")))
                .isEqualTo("c.json:1:1 ($): giá trị \"2147****48\" không hợp lệ, cần số nguyên");
        assertThat(refusal(exact, "9223372036854775808", Long.class).code()).isEqualTo("input.invalid-value");
        assertThat(refusal(exact, "3000000000", Long.class)).isNull();
    }

    record Stamp(Instant at) {
    }

    @Test
    void theTimeCodecWritesVietnamTimeAndReadsOffsetDateTimes() throws IOException {
        SimpleModule time = new SimpleModule().addSerializer(Instant.class, new VnTimeSerializer())
                .addDeserializer(Instant.class, new VnTimeDeserializer());
        JsonMapper mapper = StrictJson.limit(StrictJson.builder().addModule(time).build());
        Instant at = Instant.parse("2026-02-13T09:00:00Z");
        assertThat(mapper.writeValueAsString(new Stamp(at))).isEqualTo("{\"at\":\"2026-02-13T16:00:00+07:00\"}");
        assertThat(mapper.writeValueAsString(new Stamp(Instant.parse("+10000-01-01T00:00:00Z"))))
                .isEqualTo("{\"at\":\"+10000-01-01T07:00:00+07:00\"}");
        assertThat(read(mapper, "{\"at\":\"2026-02-13T16:00:00+07:00\"}", Stamp.class)).isEqualTo(new Stamp(at));
        assertThat(read(mapper, "{\"at\":\"2026-02-13T16:00+07:00\"}", Stamp.class)).isEqualTo(new Stamp(at));
        InputFormatException bad = refusal(mapper, "{\"at\":\"2026-02-30T16:00:00+07:00\"}", Stamp.class);
        assertThat(bad.code()).isEqualTo("input.invalid-value");
        assertThat(bad.getMessage(Locale.ENGLISH))
                .isEqualTo("c.json:1:7 ($.at): invalid value \"2026-02-30T16:00:00+07:00\", expected an ISO-8601 date-time string");
        assertThat(refusal(mapper, "{\"at\":5}", Stamp.class).getMessage(Locale.ENGLISH))
                .isEqualTo("c.json:1:7 ($.at): wrong type: expected an ISO-8601 date-time string, found an integer");
    }

    record Fee(Vnd fee) {
    }

    @Test
    void vndIsAJsonIntegerOfWholeDong() throws IOException {
        JsonMapper mapper = StrictJson.shared();
        assertThat(mapper.writeValueAsString(new Fee(Vnd.of(1500)))).isEqualTo("{\"fee\":1500}");
        assertThat(read(mapper, "{\"fee\":1500}", Fee.class)).isEqualTo(new Fee(Vnd.of(1500)));
        assertThat(refusal(mapper, "{\"fee\":\"1500\"}", Fee.class).code()).isEqualTo("input.wrong-type");
    }

    @Test
    void theBaseValueTypesUseTheirDirectCodecsNotReflection() throws IOException {
        JsonMapper mapper = StrictJson.newMapper();
        for (Class<?> type : List.of(DossierCode.class, AgencyCode.class, ProcedureCode.class, PersonalId.class, TaxCode.class,
                PhoneNumber.class)) {
            assertThat(mapper.getSerializerProviderInstance().findValueSerializer(type)).as(type.getSimpleName())
                    .isInstanceOf(ValueCodecs.TextSerializer.class);
        }
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(Vnd.class)).isInstanceOf(ValueCodecs.VndSerializer.class);
        assertThat(mapper.writeValueAsString(TaxCode.parse("0100109106"))).isEqualTo("\"0100109106\"");
        assertThat(read(mapper, "\"0100109106\"", TaxCode.class)).isEqualTo(TaxCode.parse("0100109106"));
        assertThat(refusal(mapper, "true", TaxCode.class).code()).isEqualTo("input.wrong-type");
    }

    /** A labelled enum with an old spelling. */
    enum Channel implements Labelled {
        ONLINE_PORTAL, DESK;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }
    }

    @Test
    void labelledEnumsAreReadByWireNameAsValuesAndAsMapKeys() throws IOException {
        JsonMapper mapper = StrictJson.newMapper();
        assertThat(mapper.getRegisteredModuleIds()).contains(LabelledEnums.class.getName());
        assertThat(JsonMapper.builder().addModule(new LabelledEnums()).addModule(new LabelledEnums()).build()
                .getRegisteredModuleIds()).containsOnlyOnce(LabelledEnums.class.getName());
        assertThat(read(mapper, "\"online_portal\"", Channel.class)).isEqualTo(Channel.ONLINE_PORTAL);
        Map<Channel, Integer> counts = mapper.readValue("{\"online_portal\":1,\"desk\":2}", new TypeReference<Map<Channel, Integer>>() { });
        Map<Channel, Integer> expected = new EnumMap<>(Channel.class);
        expected.put(Channel.ONLINE_PORTAL, 1);
        expected.put(Channel.DESK, 2);
        assertThat(counts).isEqualTo(expected);
        InputFormatException value = refusal(mapper, "\"post\"", Channel.class);
        assertThat(value.code()).isEqualTo("wire-name.unknown");
        assertThat(value.getMessage(Locale.ENGLISH)).isEqualTo("c.json:1:1 ($): Unknown value \"post\"; accepted: online-portal, desk");
        assertThat(refusal(mapper, "1", Channel.class).code()).isEqualTo("input.wrong-type");
        InputFormatException key = catchThrowableOfType(InputFormatException.class, () -> StrictJson.read(
                StrictJson.parser(mapper, "c.json", "{\"post\":1}"), mapper.readerFor(new TypeReference<Map<Channel, Integer>>() { }),
                "c.json"));
        assertThat(key.getCause()).hasMessageContaining("accepted: online-portal, desk");
    }

    @Test
    void theUtf8LengthOfTextCountsEachCharactersBytesUpToJustPastTheBound() {
        assertThat(StrictJson.utf8Length("a\u007F", 100)).isEqualTo(2);
        assertThat(StrictJson.utf8Length("\u0080\u07FF", 100)).isEqualTo(4);
        assertThat(StrictJson.utf8Length("\u0800\uFFFF", 100)).isEqualTo(6);
        assertThat(StrictJson.utf8Length("😀", 100)).as("a surrogate pair is four bytes").isEqualTo(4);
        assertThat(StrictJson.utf8Length("", 100)).isZero();
        assertThat(StrictJson.utf8Length("abcdef", 2)).isEqualTo(3);
        assertThat(StrictJson.utf8Length("abcdef", 0)).isEqualTo(1);
        assertThat(StrictJson.checked("d", "\uFEFF{}")).isEqualTo("{}");
        assertThat(StrictJson.checked("d", "{}\uFEFF")).isEqualTo("{}\uFEFF");
    }

    @Test
    void aProblemOfTheReadersOwnIsThrownAsItIs() {
        InputFormatException empty = catchThrowableOfType(InputFormatException.class, () -> StrictJson.readTree("e.json", " "));
        assertThat(empty.code()).isEqualTo("input.empty");
        assertThat(empty.getCause()).isNull();
        InputFormatException badByte = catchThrowableOfType(InputFormatException.class,
                () -> StrictJson.readTree("e.json", new ByteArrayInputStream(new byte[] {'[', (byte) 0xFF, ']'})));
        assertThat(badByte.code()).isEqualTo("input.utf8");
        assertThat(badByte.getMessage(Locale.ENGLISH)).isEqualTo("e.json:1:2: byte 0xFF is not valid UTF-8");
        assertThat(StrictJson.shared()).isSameAs(StrictJson.shared());
        assertThat(StrictJson.canonical(StrictJson.builder())).isNotNull();
    }

    /** A stream that hands out 0 or 1 bytes per read, alternately. */
    private static InputStream stuttering(byte[] b) {
        return new ByteArrayInputStream(b) {
            private boolean zero;

            @Override
            public synchronized int read(byte[] out, int off, int len) {
                zero = !zero;
                return zero && len > 0 ? 0 : super.read(out, off, Math.min(len, 1));
            }
        };
    }

    private static String drain(Reader r, int off, int size) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[off + size];
        int n;
        while ((n = r.read(buf, off, size)) >= 0) {
            sb.append(buf, off, n);
        }
        return sb.toString();
    }

    @Test
    void theInputGuardDecodesEveryLengthOfSequenceWhateverItsReadsAndBufferOffsets() throws IOException {
        String text = "a\u07FFế\uFFFF\uD800\uDC00\uDBFF\uDFFF😀z";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(drain(new Utf8Input("t", new ByteArrayInputStream(b), 100), 3, 7)).isEqualTo(text);
        assertThat(drain(new Utf8Input("t", stuttering(b), 100), 0, 1)).isEqualTo(text);
        Utf8Input in = new Utf8Input("t", new ByteArrayInputStream(b), 100);
        char[] buf = new char[40];
        assertThat(in.read(buf, 5, 30)).isEqualTo(text.length());
        assertThat(in.bytesRead()).isEqualTo(b.length);
        assertThat(in.read(buf, 0, 0)).isZero();
        String big = "x".repeat(20_000) + "ế".repeat(5_000);
        assertThat(drain(new Utf8Input("t", new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), 1 << 20), 0, 4096))
                .isEqualTo(big);
    }

    @Test
    void columnsOfAnErrorCountCharactersAndTheLimitStopsAtItsLastByte() throws IOException {
        for (String before : new String[] {"ế", "😀", "ab"}) {
            byte[] b = (before + "\u0000").getBytes(StandardCharsets.UTF_8);
            b[b.length - 1] = (byte) 0xC0;
            InputFormatException e = catchThrowableOfType(InputFormatException.class,
                    () -> drain(new Utf8Input("t", new ByteArrayInputStream(b), 100), 0, 10));
            assertThat(e.problem().column()).as(before).isEqualTo(before.length() + 1L);
        }
        Utf8Input limited = new Utf8Input("t", new ByteArrayInputStream("abcd".getBytes(StandardCharsets.UTF_8)), 3);
        char[] buf = new char[10];
        assertThat(limited.read(buf, 0, 10)).as("what fits is handed out first").isEqualTo(3);
        InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> limited.read(buf, 0, 10));
        assertThat(e.code()).isEqualTo("input.limit.document");
        assertThat(e.problem().column()).isEqualTo(4);
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("t:1:4: the document is longer than 3 bytes");
        Utf8Input wide = new Utf8Input("t", new ByteArrayInputStream("aế".getBytes(StandardCharsets.UTF_8)), 3);
        assertThat(wide.read(buf, 0, 10)).as("a character's bytes count whole").isEqualTo(1);
        InputFormatException atStart = catchThrowableOfType(InputFormatException.class, () -> wide.read(buf, 0, 10));
        assertThat(atStart.code()).isEqualTo("input.limit.document");
        InputFormatException none = catchThrowableOfType(InputFormatException.class,
                () -> new Utf8Input("t", new ByteArrayInputStream(new byte[] {'a'}), 0).read(buf, 0, 10));
        assertThat(none.code()).isEqualTo("input.limit.document");
        assertThat(none.problem().column()).isEqualTo(1);
    }
}
