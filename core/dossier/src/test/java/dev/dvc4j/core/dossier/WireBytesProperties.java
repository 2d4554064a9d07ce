package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.testkit.DossierArbitraries;
import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The byte-level reader ({@link WireBytes}) against its oracle, Jackson's data binding of {@link Dossier}: every
 * dossier as dvc4j writes it (every event type, citizens and organisations, signed heads) is read by the fast path to
 * the dossier data binding reads, pretty-printed or compact, wherever it lies in a larger array; and for hostile
 * variants of them (bytes flipped, cut, repeated, keys doubled, UTF-8 broken, limits crossed) the fast path either
 * declines or gives exactly data binding's dossier — never a dossier data binding refuses — while
 * {@link Dossier#fromJson} answers exactly as {@code Dvc4jJson.read}: the same dossier or the same problem.
 */
class WireBytesProperties {

    @Provide
    Arbitrary<Dossier> dossiers() {
        return Arbitraries.oneOf(DossierArbitraries.dossiers(),
                DossierArbitraries.signed(DossierArbitraries.dossiers(), List.of(SignedHistoryTest.ED, SignedHistoryTest.EC)));
    }

    @Provide
    Arbitrary<byte[]> hostileDossiers() {
        return HostileInputs.withDefaultLimits().of(dossiers().map(d -> Dvc4jJson.write(d).getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void everyDossierAsWrittenIsReadByTheFastPath(@ForAll("dossiers") Dossier d,
                                                  @ForAll @IntRange(max = 9) int before, @ForAll @IntRange(max = 9) int after)
            throws Exception {
        byte[] json = Dvc4jJson.mapper().writeValueAsBytes(d);
        // garbage on both sides of the range: nothing outside it may be read
        byte[] padded = new byte[before + json.length + after];
        Arrays.fill(padded, (byte) '}');
        System.arraycopy(json, 0, padded, before, json.length);
        Dossier fast = WireBytes.read(padded, before, before + json.length);
        assertThat(fast).isNotNull().isEqualTo(d);
        assertThat(Dvc4jJson.write(fast)).isEqualTo(Dvc4jJson.write(d));
        assertThat(fast.signatures()).isEqualTo(d.signatures());
        assertThat(Dossier.fromJson(padded, before, json.length)).isEqualTo(d);
    }

    @Property(tries = 100)
    void prettyPrintedDossiersAreReadByTheFastPathToo(@ForAll("dossiers") Dossier d) throws Exception {
        byte[] json = Dvc4jJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(d);
        byte[] spaced = ("\r\n\t " + new String(json, StandardCharsets.UTF_8) + " \n").getBytes(StandardCharsets.UTF_8);
        assertThat(WireBytes.read(spaced, 0, spaced.length)).isEqualTo(d);
    }

    @Property(tries = 500)
    void aHostileDossierIsDeclinedOrReadAsDataBindingReadsIt(@ForAll("hostileDossiers") byte[] doc) {
        assertSameAnswer(doc);
    }

    @Property(tries = 500)
    void aDossierWithOneEditIsDeclinedOrReadAsDataBindingReadsIt(@ForAll("dossiers") Dossier d,
                                                                 @ForAll("edits") Edit edit, @ForAll long seed) {
        byte[] doc = edit.apply(Dvc4jJson.write(d), new Random(seed)).getBytes(StandardCharsets.UTF_8);
        assertSameAnswer(doc);
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Arbitraries.of(Edit.class);
    }

    /** Edits of a document's text that data binding reads the same or refuses: the fast path must follow it. */
    enum Edit {
        /** One key doubled, with its value: a duplicate key. */
        DUPLICATE_KEY {
            @Override
            String apply(String json, Random r) {
                int k = keyAt(json, r);
                int colon = json.indexOf(':', k);
                int end = valueEnd(json, colon + 1);
                return json.substring(0, end) + "," + json.substring(k, end) + json.substring(end);
            }
        },
        /** One member removed. */
        DROP_MEMBER {
            @Override
            String apply(String json, Random r) {
                int k = keyAt(json, r);
                int end = valueEnd(json, json.indexOf(':', k) + 1);
                if (json.charAt(end) == ',') {
                    return json.substring(0, k) + json.substring(end + 1);
                }
                return json.charAt(k - 1) == ',' ? json.substring(0, k - 1) + json.substring(end) : json;
            }
        },
        /** One member moved to the end of its object. */
        MOVE_MEMBER {
            @Override
            String apply(String json, Random r) {
                int k = keyAt(json, r);
                int end = valueEnd(json, json.indexOf(':', k) + 1);
                if (json.charAt(end) != ',') {
                    return json;
                }
                String member = json.substring(k, end);
                String rest = json.substring(0, k) + json.substring(end + 1);
                int close = valueEnd(rest, k);
                while (close < rest.length() && rest.charAt(close) == ',') {
                    close = valueEnd(rest, close + 1 + (rest.charAt(close + 1) == '"' ? keyLength(rest, close + 1) : 0));
                }
                return close < rest.length() && rest.charAt(close) == '}'
                        ? rest.substring(0, close) + "," + member + rest.substring(close) : json;
            }
        },
        /** One string value's character escaped as JSON allows. */
        ESCAPE {
            @Override
            String apply(String json, Random r) {
                int at = r.nextInt(json.length());
                int q = json.indexOf("\":\"", at);
                if (q < 0 || json.charAt(q + 3) == '"') {
                    return json;
                }
                char c = json.charAt(q + 3);
                return json.substring(0, q + 3) + String.format("\\u%04x", (int) c) + json.substring(q + 4);
            }
        },
        /** One value replaced by null. */
        NULL_VALUE {
            @Override
            String apply(String json, Random r) {
                int k = keyAt(json, r);
                int colon = json.indexOf(':', k);
                return json.substring(0, colon + 1) + "null" + json.substring(valueEnd(json, colon + 1));
            }
        },
        /** An unknown key added to an object. */
        UNKNOWN_KEY {
            @Override
            String apply(String json, Random r) {
                int k = keyAt(json, r);
                return json.substring(0, k) + "\"extra\":1," + json.substring(k);
            }
        },
        /** A number written another way (a fraction, an exponent, a leading zero, a sign, out of range). */
        NUMBER {
            @Override
            String apply(String json, Random r) {
                int v = json.indexOf("\"version\":");
                if (v < 0) {
                    return json;
                }
                int s = v + "\"version\":".length();
                int e = valueEnd(json, s);
                String n = json.substring(s, e);
                String[] forms = {n + ".0", n + "e0", "0" + n, "-" + n, "+" + n, n + "0000000000", "-0", "0", n + " "};
                return json.substring(0, s) + forms[r.nextInt(forms.length)] + json.substring(e);
            }
        },
        /** A literal or a string value put in another JSON type. */
        RETYPE {
            @Override
            String apply(String json, Random r) {
                int k = keyAt(json, r);
                int colon = json.indexOf(':', k);
                String[] values = {"true", "false", "1", "\"x\"", "[]", "{}", "tru", "falsey", "\"2026-02-30T08:00:00+07:00\""};
                return json.substring(0, colon + 1) + values[r.nextInt(values.length)]
                        + json.substring(valueEnd(json, colon + 1));
            }
        },
        /** Text after the document, or the document cut short. */
        TRAILING_OR_CUT {
            @Override
            String apply(String json, Random r) {
                return r.nextBoolean() ? json + (r.nextBoolean() ? "}" : " x") : json.substring(0, r.nextInt(json.length()));
            }
        },
        /** A byte order mark before the document. */
        BOM {
            @Override
            String apply(String json, Random r) {
                return "\uFEFF" + json;
            }
        };

        abstract String apply(String json, Random r);

        /** The start of a random key (its opening quote). */
        static int keyAt(String json, Random r) {
            int from = r.nextInt(json.length());
            int k = json.indexOf("\":", from);
            if (k < 0) {
                k = json.indexOf("\":");
            }
            return json.lastIndexOf('"', k - 1);
        }

        static int keyLength(String json, int quote) {
            return json.indexOf('"', quote + 1) - quote + 2;
        }

        /** Where the JSON value starting at {@code from} ends (the index after it). */
        static int valueEnd(String json, int from) {
            int depth = 0;
            boolean string = false;
            for (int i = from; i < json.length(); i++) {
                char c = json.charAt(i);
                if (string) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        string = false;
                        if (depth == 0) {
                            return i + 1;
                        }
                    }
                } else if (c == '"') {
                    string = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return i;
                    }
                    if (--depth == 0) {
                        return i + 1;
                    }
                } else if (c == ',' && depth == 0) {
                    return i;
                }
            }
            return json.length();
        }
    }

    /**
     * The fast path declines or agrees with data binding, never accepts what data binding refuses; and
     * {@link Dossier#fromJson} answers as {@code Dvc4jJson.read}, dossier for dossier and problem for problem.
     */
    static void assertSameAnswer(byte[] doc) {
        Object oracle;
        try {
            oracle = Dvc4jJson.read("", new ByteArrayInputStream(doc), Dossier.class);
        } catch (WireFormatException e) {
            oracle = e;
        }
        Dossier fast = WireBytes.read(doc, 0, doc.length);
        if (fast != null) {
            assertThat(oracle).as("the fast path read what data binding refuses").isInstanceOf(Dossier.class);
            assertThat(fast).isEqualTo(oracle);
            assertThat(Dvc4jJson.write(fast)).isEqualTo(Dvc4jJson.write(oracle));
        }
        Object answer;
        try {
            answer = Dossier.fromJson(doc, 0, doc.length);
        } catch (WireFormatException e) {
            answer = e;
        }
        if (oracle instanceof WireFormatException expected) {
            assertThat(answer).isInstanceOf(WireFormatException.class);
            WireFormatException got = (WireFormatException) answer;
            assertThat(got.code()).isEqualTo(expected.code());
            assertThat(got.getMessage()).isEqualTo(expected.getMessage());
            assertThat(got.problem()).isEqualTo(expected.problem());
        } else {
            assertThat(answer).isEqualTo(oracle);
        }
    }
}
