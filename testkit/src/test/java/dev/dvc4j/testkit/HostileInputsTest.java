package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each mutation of the fuzzer, driven by a scripted source of randomness so the exact variant is known; the limits,
 * the degenerate documents and the two assertion helpers.
 */
class HostileInputsTest {

    private static final byte[] DOC = utf8("{\"a\":\"xy\",\"n\":12}");
    private static final byte[] OTHER = utf8("[1]");
    private static final HostileInputs SMALL = HostileInputs.withLimits(3, 5, 3);

    /** A scripted answer: the largest {@code nextInt} may give, whatever its bound. */
    private static final Object MAX = new Object();

    /**
     * A Random whose nextInt and nextBoolean answers are given in order ({@link #MAX} for the largest within the
     * bound); running out is a test error.
     */
    private static final class Script extends Random {
        private static final long serialVersionUID = 1L;
        private final Deque<Object> answers = new ArrayDeque<>();

        Script(Object... answers) {
            this.answers.addAll(Arrays.asList(answers));
        }

        @Override
        public int nextInt(int bound) {
            Object a = answers.removeFirst();
            int v = a == MAX ? bound - 1 : (Integer) a;
            assertThat(v).as("scripted answer within bound %d", bound).isBetween(0, bound - 1);
            return v;
        }

        @Override
        public boolean nextBoolean() {
            return (Boolean) answers.removeFirst();
        }

        void usedUp() {
            assertThat(answers).as("every scripted answer used").isEmpty();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String mutate(HostileInputs h, byte[] b, Object... script) {
        Script r = new Script(script);
        String out = text(h.mutate(b, OTHER, r));
        r.usedUp();
        return out;
    }

    @Test
    void anEmptyInputBecomesACopyOfTheOtherSeed() {
        byte[] out = SMALL.mutate(new byte[0], OTHER, new Script());
        assertThat(out).isEqualTo(OTHER).isNotSameAs(OTHER);
    }

    @Test
    void flipsReplaceAByteOrOneBitOfIt() {
        assertThat(mutate(SMALL, DOC, 0, 0, 2, true, 65)).isEqualTo("{\"A\":\"xy\",\"n\":12}");
        // '{' is 0x7B; bit 1 flipped gives 0x79, 'y'
        assertThat(mutate(SMALL, DOC, 0, 0, 0, false, 1)).isEqualTo("y\"a\":\"xy\",\"n\":12}");
    }

    @Test
    void truncationKeepsAPrefix() {
        assertThat(mutate(SMALL, DOC, 0, 1, 5)).isEqualTo("{\"a\":");
        assertThat(mutate(SMALL, DOC, 0, 1, 0)).isEmpty();
    }

    @Test
    void splicesInsertAPieceOfEitherSeed() {
        assertThat(mutate(SMALL, DOC, 0, 2, true, 0, 3, 1)).isEqualTo("{[1]\"a\":\"xy\",\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 2, false, 1, 3, 17)).isEqualTo("{\"a\":\"xy\",\"n\":12}\"a\"");
        // The piece starts anywhere up to the seed's end and ends anywhere from its start to the seed's end.
        assertThat(mutate(SMALL, DOC, 0, 2, true, MAX, MAX, 0)).isEqualTo(text(DOC));
        assertThat(mutate(SMALL, DOC, 0, 2, true, 1, MAX, 0)).isEqualTo("1]" + text(DOC));
    }

    @Test
    void aKeyIsWrittenTwiceOrAByteFlippedWhenThereIsNone() {
        assertThat(mutate(SMALL, DOC, 0, 3, 0)).isEqualTo("{\"a\":null,\"a\":\"xy\",\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 3, 1)).isEqualTo("{\"a\":\"xy\",\"n\":null,\"n\":12}");
        assertThat(mutate(SMALL, OTHER, 0, 3, 1, true, 50)).isEqualTo("[2]");
    }

    @Test
    void nestingGoesJustUnderOrJustOverTheLimitOrAnywhereUpToFourTimesIt() {
        assertThat(mutate(SMALL, DOC, 0, 4, 0, true, true)).isEqualTo("[[{\"a\":\"xy\",\"n\":12}]]");
        assertThat(mutate(SMALL, DOC, 0, 4, 1, false, false, 0))
                .isEqualTo("{\"a\":{\"k\":{\"k\":{\"k\":{\"k\":0}}}}\"xy\",\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 4, 2, 11, true, false, 1))
                .isEqualTo("{\"a\":\"xy\",\"n\":" + "[".repeat(12) + "0" + "]".repeat(12) + "12}");
        assertThat(mutate(SMALL, OTHER, 0, 4, 2, 0, true, false)).isEqualTo("[[1]]");
    }

    @Test
    void hugeStringsAreOnePastOrAtTheLimit() {
        assertThat(mutate(SMALL, DOC, 0, 5, true, true, 0)).isEqualTo("{\"a\": \"xxxx\",\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 5, false, 0, true, 0)).isEqualTo("{\"a\": \"xxx\",\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 5, false, 1, false, 0)).isEqualTo("{\"a\":\"xy\",\"n\": \"xx\"}");
        // no value of the kind chosen: the whole document becomes the value
        assertThat(mutate(SMALL, OTHER, 0, 5, true, true)).isEqualTo("\"xxxx\"");
    }

    @Test
    void hugeNumbersAreOnePastOrAtTheLimit() {
        assertThat(mutate(SMALL, DOC, 0, 6, true, false, 0)).isEqualTo("{\"a\":\"xy\",\"n\": 100000}");
        assertThat(mutate(SMALL, DOC, 0, 6, false, false, 0)).isEqualTo("{\"a\":\"xy\",\"n\": 10000}");
        assertThat(mutate(HostileInputs.withLimits(3, 0, 3), OTHER, 0, 6, false, false)).isEqualTo("1");
    }

    @Test
    void invalidUtf8AndByteOrderMarksAreInsertedWhereDrawn() {
        assertThat(SMALL.mutate(DOC, OTHER, new Script(4, 7, 0)))
                .isEqualTo(utf8ThenBytes("{\"a\"", new byte[] {(byte) 0x80}, ":\"xy\",\"n\":12}"));
        assertThat(SMALL.mutate(DOC, OTHER, new Script(3, 7, 11)))
                .isEqualTo(utf8ThenBytes("{\"a", new byte[] {(byte) 0xC3}, "\":\"xy\",\"n\":12}"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        // never before the first byte, where a reader may skip it
        assertThat(SMALL.mutate(DOC, OTHER, new Script(0, 8))).isEqualTo(utf8ThenBytes("{", bom, "\"a\":\"xy\",\"n\":12}"));
        assertThat(SMALL.mutate(DOC, OTHER, new Script(17, 8))).isEqualTo(utf8ThenBytes("{\"a\":\"xy\",\"n\":12}", bom, ""));
    }

    private static byte[] utf8ThenBytes(String before, byte[] middle, String after) {
        byte[] a = utf8(before);
        byte[] c = utf8(after);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    @Test
    void typesAreSwappedForAnother() {
        assertThat(mutate(SMALL, DOC, 0, 9, 2, true, 0)).isEqualTo("{\"a\": null,\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 9, 9, false, 0)).isEqualTo("{\"a\":\"xy\",\"n\": 1e400}");
        assertThat(mutate(SMALL, DOC, 0, 9, 1, false, 0)).isEqualTo("{\"a\":\"xy\",\"n\": \"6\"}");
    }

    @Test
    void whitespaceRunsAreInsertedWhereDrawn() {
        assertThat(mutate(SMALL, DOC, 2, 10, 2)).isEqualTo("{\"   a\":\"xy\",\"n\":12}");
        assertThat(mutate(SMALL, DOC, 0, 10, 0)).isEqualTo(" {\"a\":\"xy\",\"n\":12}");
    }

    @Test
    void aKeyAfterACommaIsRemovedOrTheDocumentHalved() {
        assertThat(mutate(SMALL, DOC, 0, 11, 0)).isEqualTo("{\"a\":\"xy\"}");
        assertThat(mutate(SMALL, utf8("{\"a\":1,\"b\":true,\"c\":null}"), 0, 11, 1)).isEqualTo("{\"a\":1,\"b\":true}");
        assertThat(mutate(SMALL, utf8("{\"a\":1,\"b\":true,\"c\":null}"), 0, 11, 0)).isEqualTo("{\"a\":1,\"c\":null}");
        assertThat(mutate(SMALL, utf8("{\"a\":1}x"), 0, 11)).isEqualTo("{\"a\"");
    }

    @Test
    void hugeNamesAreInsertedAfterTheFirstBraceOrAtTheStart() {
        String named = mutate(SMALL, DOC, 0, 12, 1);
        assertThat(named).isEqualTo("{\"" + "n".repeat(50_001) + "\":1,\"a\":\"xy\",\"n\":12}");
        assertThat(mutate(SMALL, OTHER, 0, 12, 0)).isEqualTo("\"" + "n".repeat(50_000) + "\":1,[1]");
    }

    @Test
    void seedsAreNeeded() {
        assertThatThrownBy(() -> HostileInputs.withDefaultLimits().of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("at least one seed is needed");
        assertThatThrownBy(() -> HostileInputs.withDefaultLimits().of((List<String>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("seeds");
    }

    @Test
    void theDefaultLimitsAreAMillionCharactersAHundredDigitsAndSixtyFourLevels() {
        HostileInputs defaults = HostileInputs.withDefaultLimits();
        // a huge number one past the limit: 101 digits
        assertThat(mutate(defaults, DOC, 0, 6, true, false, 0)).isEqualTo("{\"a\":\"xy\",\"n\": 1" + "0".repeat(100) + "}");
        // just under the nesting limit: 63 levels
        assertThat(mutate(defaults, OTHER, 0, 4, 0, true, true)).isEqualTo("[".repeat(64) + "1" + "]".repeat(64));
        assertThat(mutate(defaults, OTHER, 0, 5, true, true)).hasSize(1_000_003);
    }

    @Test
    void theDegenerateDocumentsAndInvalidSequences() {
        assertThat(HostileInputs.degenerate()).extracting(HostileInputsTest::text)
                .containsExactly("", "null", " \n\t ", "\u00EF\u00BB\u00BF", "\"\"", "[]", "{}", "0");
        assertThat(HostileInputs.INVALID_UTF8).hasSize(12).allSatisfy(b -> assertThatThrownBy(() ->
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)))
                .isInstanceOf(CharacterCodingException.class));
    }

    @Test
    void aPlainErrorPassesAndALeakedTypeNameFails() {
        HostileInputs.assertSpeaksPlainly(new Dvc4jException("x.plain", LocalizedText.of("Lỗi rõ ràng", "A plain error")));
        assertThatThrownBy(() -> HostileInputs.assertSpeaksPlainly(new Dvc4jException("x.leak",
                LocalizedText.of("Lỗi", "Cannot deserialize value of type `java.time.LocalDate`"))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HostileInputs.assertSpeaksPlainly(new Dvc4jException("x.blank",
                LocalizedText.of("Lỗi", " "))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HostileInputs.assertSpeaksPlainly(new Dvc4jException(" ",
                LocalizedText.of("Lỗi", "An error"))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void allocationIsMeasuredOnTheCallingThread() {
        long allocated = HostileInputs.allocatedBy(() -> assertThat(new byte[4_000_000]).hasSize(4_000_000));
        assertThat(allocated).isBetween(4_000_000L, 40_000_000L);
        assertThat(HostileInputs.allocatedBy(() -> { })).isBetween(0L, 100_000L);
    }

    @Test
    void hostileVariantsOfTextSeedsAreMutationsOrDegenerateDocuments() {
        byte[] seed = utf8("{\"ma\":\"H42\",\"so\":12345}");
        List<String> variants = SMALL.of(List.of(new String(seed, StandardCharsets.UTF_8))).sampleStream().limit(400)
                .map(HostileInputsTest::text).toList();
        List<String> degenerate = HostileInputs.degenerate().stream().map(HostileInputsTest::text).toList();
        assertThat(variants).doesNotContainNull().anySatisfy(v -> assertThat(degenerate).contains(v))
                .anySatisfy(v -> assertThat(v).isNotIn(degenerate).isNotEqualTo(text(seed)));
        assertThatThrownBy(() -> SMALL.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one seed is needed");
    }
}
