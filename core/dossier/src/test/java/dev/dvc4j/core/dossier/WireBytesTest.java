package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the byte-level reader ({@link WireBytes}) takes and what it leaves to data binding, each both ways: the
 * document as written is read by the fast path; one change of the kind it declines, and the fast path gives
 * {@code null} while {@link Dossier#fromJson} still answers as data binding does (the same dossier, or the same
 * problem).
 */
class WireBytesTest {

    /**
     * Every kind of value: a citizen with every part, notes, fees (one free), a payment, a supplement, an apology, a
     * decision with results.
     */
    static Dossier full() {
        Dossier d = DossierLifecycleTest.filed().receive(t(1), "officer", POLICY)
                .noted("ghi chú", x -> x.startProcessing(t(2), "officer", "Phòng A"))
                .requestSupplement(t(3), "officer", "Thiếu giấy tờ")
                .supplement(t(4), "citizen", List.of(new SubmittedDocument("TP9", "Bổ sung", DossierLifecycleTest.DIGEST,
                        true, true, false)), POLICY)
                .requestPayment(t(5), "officer", List.of(new Fee("P1", "Phí", Vnd.of(20_000), FeeKind.CHARGE),
                        new Fee("P0", "Miễn phí", Vnd.of(0), FeeKind.FEE)));
        d = d.pay(t(6), "citizen", new Payment(d.outstanding(), PaymentMethod.OWN_GATEWAY, "GD-1"));
        return d.apologise(t(7), "officer", t(400), "Cần xác minh")
                .approve(t(8), "leader", List.of(new ResultDocument("KQ1", "Giấy phép", true, DossierLifecycleTest.DIGEST)))
                .returnResult(t(9), "officer", ResultDelivery.POSTAL);
    }

    static String json(Dossier d) {
        return Dvc4jJson.write(d);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Dossier fast(String s) {
        byte[] b = bytes(s);
        return WireBytes.read(b, 0, b.length);
    }

    /** Declined by the fast path, and {@code fromJson} answers as data binding. */
    static void declined(String doc) {
        assertThat(fast(doc)).as(doc.length() > 300 ? doc.substring(0, 300) : doc).isNull();
        WireBytesProperties.assertSameAnswer(bytes(doc));
    }

    static void declinedAndRead(String doc, Dossier expected) {
        declined(doc);
        byte[] b = bytes(doc);
        assertThat(Dossier.fromJson(b, 0, b.length)).isEqualTo(expected);
    }

    static void declinedAndRefused(String doc) {
        declined(doc);
        byte[] b = bytes(doc);
        assertThatThrownBy(() -> Dossier.fromJson(b, 0, b.length)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void everyKindOfValueIsReadByTheFastPath() {
        Dossier d = full();
        assertThat(fast(json(d))).isEqualTo(d);
        assertThat(json(fast(json(d)))).isEqualTo(json(d));
        Dossier organisation = organisation();
        assertThat(json(organisation)).contains("\"contact\":{}").contains("\"representative\"");
        assertThat(fast(json(organisation))).isEqualTo(organisation);
        Dossier withdrawn = DossierLifecycleTest.filed().receive(t(1), "o", POLICY).withdraw(t(2), "c", null);
        assertThat(fast(json(withdrawn))).isEqualTo(withdrawn);
        Dossier stopped = DossierLifecycleTest.filed().receive(t(1), "o", POLICY).startProcessing(t(2), "o", null)
                .stop(t(3), "o", "Dừng");
        assertThat(fast(json(stopped))).isEqualTo(stopped);
    }

    /** An organisation filing by post, with an empty contact and a partial address, refused at reception. */
    static Dossier organisation() {
        return Dossier.file(new Filing(DossierLifecycleTest.filed().code(), DossierLifecycleTest.filed()
                .procedure(), DossierLifecycleTest.filed().agency(), new Organisation("Công ty A", TaxCode.parse("0101234565"),
                "Trần B", Contact.NONE, new Address(null, null, "Hà Nội")), Channel.POSTAL, ResultDelivery.ONLINE,
                DossierLifecycleTest.filed().period(), null, true, List.of(), List.of(), t(0), "post", null))
                .refuse(t(2), "o", "Sai thẩm quyền");
    }

    @Test
    void aHistoryInTheOldSpellingIsReadByTheFastPath() throws Exception {
        String old = LegacySpellingTest.oldDocument(LegacySpellingTest.current());
        assertThat(old).contains("in_person").contains("national_portal");
        Dossier read = Dvc4jJson.read(old, Dossier.class);
        assertThat(fast(old)).isEqualTo(read);
        assertThat(fast(old).headHash()).isEqualTo(read.headHash());
    }

    @Test
    void escapesAreLeftToDataBinding() {
        Dossier d = full();
        String doc = json(d);
        declinedAndRead(doc.replace("\"actor\":\"leader\"", "\"actor\":\"le\\u0061der\""), d);
        declinedAndRead(doc.replace("\"actor\":\"leader\"", "\"\\u0061ctor\":\"leader\""), d);
        declinedAndRead(doc.replace("\"type\":\"paid\"", "\"type\":\"p\\u0061id\""), d);
        declinedAndRead(doc.replaceFirst("\"at\":\"2", "\"at\":\"\\\\u0032"), d);
    }

    @Test
    void aNullOrAMemberOutOfItsUsualPlaceIsLeftToDataBinding() {
        Dossier d = full();
        String doc = json(d);
        declinedAndRead(doc.replace("\"type\":\"paid\",", "\"type\":\"paid\",\"note\":null,"), d);
        declinedAndRead(doc.replace("{\"type\":\"received\",\"at\":\"" + VnTime(t(1)) + "\",",
                "{\"at\":\"" + VnTime(t(1)) + "\",\"type\":\"received\","), d);
        declinedAndRead(doc.replace("{\"type\":\"citizen\",\"fullName\":\"Nguyễn Văn An\",",
                "{\"fullName\":\"Nguyễn Văn An\",\"type\":\"citizen\","), d);
    }

    private static String VnTime(java.time.Instant at) {
        return dev.dvc4j.core.internal.json.VnTimes.format(at);
    }

    @Test
    void whatDataBindingRefusesIsDeclined() {
        Dossier d = full();
        String doc = json(d);
        declinedAndRefused(doc.replace("\"version\":", "\"extra\":1,\"version\":"));
        declinedAndRefused(doc.replace("\"version\":", "\"version\":9,\"version\":"));
        declinedAndRefused(doc.replace("\"unit\":\"Phòng A\"", "\"unit\":\"Phòng A\",\"unit\":\"Phòng A\""));
        declinedAndRefused(doc.replace("\"type\":\"paid\"", "\"type\":\"settled\""));
        declinedAndRefused(doc.replace("\"type\":\"citizen\"", "\"type\":\"person\""));
        declinedAndRefused(doc.replace("\"channel\":\"online\"", "\"channel\":\"by-air\""));
        declinedAndRefused(doc.replace("\"vneidAuthenticated\":false", "\"vneidAuthenticated\":tru"));
        declinedAndRefused(doc.replace("\"vneidAuthenticated\":false", "\"vneidAuthenticated\":falsey"));
        declinedAndRefused(doc.replace("\"vneidAuthenticated\":false", "\"vneidAuthenticated\":0"));
        declinedAndRefused(doc.replace("\"actor\":\"leader\"", "\"actor\":\"lea\tder\""));
        declinedAndRefused(doc.replace("\"actor\":\"leader\"", "\"actor\":\"leader-edited\"")); // a broken chain
        declinedAndRefused(doc + " x");
        declinedAndRefused(doc.substring(0, doc.length() - 1));
        declinedAndRefused("");
        declinedAndRefused("[]");
        for (String n : List.of("10.0", "10e0", "010", "1E1", "\"10\"", "99999999999", "9999999999999999999999", "-", "10x")) {
            declinedAndRefused(doc.replace("\"version\":10", "\"version\":" + n));
        }
    }

    /** Every member of the documents: dropped, set to null, doubled, or given a value of each other JSON type. */
    @Test
    void everyMemberEditedIsDeclinedOrReadAsDataBindingReadsIt() {
        int accepted = 0;
        for (Dossier d : List.of(full(), organisation())) {
            String doc = json(d);
            for (int k = doc.indexOf("\":"); k >= 0; k = doc.indexOf("\":", k + 1)) {
                int key = doc.lastIndexOf('"', k - 1);
                int end = WireBytesProperties.Edit.valueEnd(doc, k + 2);
                String member = doc.substring(key, end);
                String before = doc.substring(0, key);
                String after = doc.substring(end);
                boolean comma = after.startsWith(",");
                List<String> edits = new java.util.ArrayList<>(List.of(
                        comma ? before + after.substring(1) : before.substring(0, before.length() - 1) + after,
                        before + member + "," + member + after));
                for (String v : List.of("null", "true", "0", "\"x\"", "[]", "{}", "[1]")) {
                    edits.add(before + doc.substring(key, k + 2) + v + after);
                }
                for (String edit : edits) {
                    WireBytesProperties.assertSameAnswer(bytes(edit));
                    if (fast(edit) != null) {
                        accepted++;
                    }
                }
            }
        }
        // some edits leave a valid dossier that the fast path reads: an optional member dropped, a boolean left out
        assertThat(accepted).isPositive();
    }

    /** Cut anywhere, with the rest of the document still in the array after the range: never read. */
    @Test
    void aDocumentCutShortIsNeverRead() {
        for (Dossier d : List.of(full(), organisation())) {
            byte[] b = bytes(json(d));
            for (int cut = 0; cut < b.length; cut++) {
                assertThat(WireBytes.read(b, 0, cut)).as("cut at %d", cut).isNull();
                if (cut > 0) {
                    assertThat(WireBytes.read(b, cut, b.length)).as("from %d", cut).isNull();
                }
            }
            assertThat(WireBytes.read(b, 0, b.length)).isEqualTo(d);
        }
    }

    @Test
    void numbersAreReadAsDataBindingReadsThem() {
        Dossier d = full();
        String doc = json(d);
        assertThat(doc).contains("\"amount\":20000,\"kind\"");
        assertThat(fast(doc.replace("\"version\":10", "\"version\": 10 "))).isEqualTo(d);
        // the same value, or one the replay refuses: never another
        declinedAndRefused(doc.replace("\"amount\":20000,\"kind\"", "\"amount\":-20000,\"kind\""));
        declinedAndRefused(doc.replace("\"version\":10", "\"version\":-10"));
        declinedAndRefused(doc.replace("\"version\":10", "\"version\":-0"));
        declinedAndRefused(doc.replace("\"version\":10", "\"version\":4294967306"));
    }

    @Test
    void onlyStrictUtf8IsRead() {
        Dossier d = full();
        String doc = json(d);
        int at = doc.indexOf("Thiếu");
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE1, (byte) 0xBA})) {
            byte[] b = bytes(doc);
            byte[] prefix = bytes(doc.substring(0, at));
            byte[] out = new byte[b.length + bad.length];
            System.arraycopy(b, 0, out, 0, prefix.length);
            System.arraycopy(bad, 0, out, prefix.length, bad.length);
            System.arraycopy(b, prefix.length, out, prefix.length + bad.length, b.length - prefix.length);
            assertThat(WireBytes.read(out, 0, out.length)).isNull();
            WireBytesProperties.assertSameAnswer(out);
        }
        // U+FFFD itself is a character like any other
        Dossier replacement = DossierLifecycleTest.filed().receive(t(1), "o\uFFFD", POLICY);
        assertThat(fast(json(replacement))).isEqualTo(replacement);
    }

    @Test
    void aByteOrderMarkIsLeftToDataBinding() {
        Dossier d = full();
        declinedAndRead("\uFEFF" + json(d), d);
    }

    @Test
    void documentsLongerThanTheFastPathsLimitAreLeftToDataBinding() {
        Dossier d = full();
        String doc = json(d);
        String exact = doc + " ".repeat(WireBytes.MAX_LENGTH - bytes(doc).length);
        assertThat(bytes(exact)).hasSize(WireBytes.MAX_LENGTH);
        assertThat(fast(exact)).isEqualTo(d);
        declinedAndRead(exact + " ", d);
    }

    @Test
    void aStringIsReadUpToTheReadingPolicysLimitAndNoFurther() {
        int max = StrictJson.MAX_STRING_LENGTH;
        Dossier atLimit = noted("a".repeat(max));
        assertThat(fast(json(atLimit))).isEqualTo(atLimit);
        declinedAndRefused(json(noted("a".repeat(max + 1))));
        // in bytes, a long Vietnamese text is longer than in characters: left to data binding, which counts them
        Dossier wide = noted("ệ".repeat(max / 3 + 1));
        declinedAndRead(json(wide), wide);
    }

    /** A dossier whose one long text is an event's note (notes are in the events only). */
    private static Dossier noted(String note) {
        return DossierLifecycleTest.filed().noted(note, d -> d.receive(t(1), "o", POLICY));
    }

    @Test
    void fromJsonChecksItsArguments() {
        byte[] b = bytes(json(full()));
        assertThatThrownBy(() -> Dossier.fromJson(null, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("utf8");
        assertThatThrownBy(() -> Dossier.fromJson(b, -1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Dossier.fromJson(b, 1, b.length)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Dossier.fromJson(b, 0, 0)).isInstanceOf(WireFormatException.class);
    }

    /** Whitespace wherever JSON allows it: before and after every brace, bracket, colon and comma. */
    @Test
    void whitespaceBetweenAnyTwoTokensIsRead() {
        for (Dossier d : List.of(full(), organisation())) {
            String doc = json(d);
            StringBuilder spaced = new StringBuilder(" ");
            boolean string = false;
            for (int k = 0; k < doc.length(); k++) {
                char c = doc.charAt(k);
                if (string) {
                    spaced.append(c);
                    if (c == '\\') {
                        spaced.append(doc.charAt(++k));
                    } else if (c == '"') {
                        string = false;
                    }
                } else if (c == '"') {
                    string = true;
                    spaced.append(c);
                } else if ("{}[]:,".indexOf(c) >= 0) {
                    spaced.append("\n\t").append(c).append("\r ");
                } else {
                    spaced.append(c);
                }
            }
            assertThat(spaced.toString()).contains(d == full() ? "" : "[\r \n\t]");
            assertThat(fast(spaced.toString())).isEqualTo(d);
            if (d.applicant() instanceof Organisation) {
                assertThat(spaced.toString()).contains("{\r \n\t}");
            }
        }
    }

    /** The filed event repeats the snapshot's values: where its bytes are the same, it holds the very same objects. */
    @Test
    void theFiledEventSharesTheSnapshotsValuesWhenItsBytesAreTheSame() {
        for (Dossier d : List.of(full(), organisation())) {
            byte[] b = bytes(json(d));
            Dossier.Wire w = WireBytes.parse(b, 0, b.length);
            Filed f = (Filed) w.events().get(0);
            assertThat(f.code()).isSameAs(w.code());
            assertThat(f.procedure()).isSameAs(w.procedure());
            assertThat(f.agency()).isSameAs(w.agency());
            assertThat(f.applicant()).isSameAs(w.applicant());
            assertThat(f.period()).isSameAs(w.period());
            assertThat(f.summary()).isEqualTo(w.summary());
        }
        Dossier d = full();
        byte[] b = bytes(json(d));
        Dossier.Wire w = WireBytes.parse(b, 0, b.length);
        Processed p = (Processed) w.events().stream().filter(e -> e instanceof Processed).findFirst().orElseThrow();
        assertThat(p.results().get(0)).isSameAs(w.results().get(0));
        // where the bytes differ (the snapshot's documents include the supplement's), the value is read on its own
        Filed f = (Filed) w.events().get(0);
        assertThat(w.documents()).hasSize(2);
        assertThat(f.documents().get(0)).isEqualTo(w.documents().get(0)).isNotSameAs(w.documents().get(0));
        // spaced differently, nothing is shared, and the dossier is the same
        String spaced = json(d).replaceFirst("\"applicant\":\\{\"type\":", "\"applicant\":{\"type\": ");
        Dossier.Wire other = WireBytes.parse(bytes(spaced), 0, bytes(spaced).length);
        assertThat(((Filed) other.events().get(0)).applicant()).isEqualTo(other.applicant())
                .isNotSameAs(other.applicant());
        assertThat(fast(spaced)).isEqualTo(d);
    }

    /**
     * A malformed byte sequence that the JDK's decoder turns into the text the hash was computed over (U+FFFD) is
     * still refused: the bytes are checked whenever the decoded text holds U+FFFD.
     */
    @Test
    void aMalformedSequenceThatDecodesToTheHashedTextIsStillRefused() {
        Dossier d = DossierLifecycleTest.filed().receive(t(1), "\uFFFDofficer", POLICY);
        byte[] good = bytes(json(d));
        assertThat(fast(json(d))).isEqualTo(d);
        String marker = "\uFFFDofficer";
        for (byte[] bad : List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
            String doc = json(d);
            int at = bytes(doc.substring(0, doc.indexOf(marker))).length;
            byte[] out = new byte[good.length - 3 + bad.length];
            System.arraycopy(good, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, bad.length);
            System.arraycopy(good, at + 3, out, at + bad.length, good.length - at - 3);
            assertThat(new String(out, StandardCharsets.UTF_8)).contains("\"\uFFFD");
            assertThat(WireBytes.read(out, 0, out.length)).isNull();
            assertThatThrownBy(() -> Dossier.fromJson(out, 0, out.length)).isInstanceOf(WireFormatException.class);
            WireBytesProperties.assertSameAnswer(out);
        }
    }

    /** A boolean left out is refused by data binding even where its value would be {@code false}: declined too. */
    @Test
    void aFalseBooleanLeftOutIsDeclined() {
        Dossier plain = Dossier.file(new Filing(DossierLifecycleTest.filed().code(), DossierLifecycleTest.filed().procedure(),
                DossierLifecycleTest.filed().agency(), DossierLifecycleTest.filed().applicant(), Channel.ONLINE,
                ResultDelivery.ONLINE, DossierLifecycleTest.filed().period(), null, false,
                List.of(new SubmittedDocument("TP1", "Đơn", DossierLifecycleTest.DIGEST, false, false, false)), List.of(),
                t(0), "portal", null)).receive(t(1), "o", POLICY).startProcessing(t(2), "o", null)
                .approve(t(3), "l", List.of(new ResultDocument(null, "Giấy phép", false, null)));
        String doc = json(plain);
        assertThat(fast(doc)).isEqualTo(plain);
        for (String member : List.of("\"digitised\":false,", "\"reused\":false,", "\"fromNationalStore\":false",
                "\"electronic\":false", "\"vneidAuthenticated\":false,")) {
            assertThat(doc).contains(member);
            String without = doc.replace("," + member, ",").replace(member, "").replace(",}", "}");
            declinedAndRefused(without);
        }
    }

    @Test
    void enumTablesHoldTheCurrentWireNamesOfEveryConstant() {
        for (Class<? extends Enum<?>> type : List.of(Channel.class, ResultDelivery.class, DossierStatus.class,
                Outcome.class, FeeKind.class, PaymentMethod.class, SignatureAlgorithm.class)) {
            table(type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void table(Class type) {
        WireBytes.Labels labels = new WireBytes.Labels(type);
        for (Object c : type.getEnumConstants()) {
            byte[] name = bytes(((dev.dvc4j.core.Labelled) c).wireName());
            int k = labels.names.find(name, 0, name.length);
            assertThat(labels.constants[k]).isSameAs(c);
            assertThat(dev.dvc4j.core.Labelled.find(type, ((dev.dvc4j.core.Labelled) c).wireName())).contains(c);
        }
        assertThat(labels.type).isSameAs(type);
    }

    @Test
    void aNameTableTakesOnlyAsciiNames() {
        assertThatThrownBy(() -> new WireBytes.Names("at", "năm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("năm");
        assertThatThrownBy(() -> new WireBytes.Names("at", "")).isInstanceOf(IllegalArgumentException.class);
        WireBytes.Names some = new WireBytes.Names(new String[] {"a", "b", "c", "d"}, 3, 1);
        byte[] d = bytes("d\"");
        assertThat(some.find(d, 0, 1)).isZero();
        assertThat(some.id(0)).isEqualTo(3);
        assertThat(some.id(1)).isEqualTo(1);
        assertThat(some.find(bytes("a"), 0, 1)).isEqualTo(-1);
        assertThat(some.at(0, d, 0, d.length)).isTrue();
    }

    @Test
    void namesAreFoundByTheirBytesOnly() {
        WireBytes.Names names = new WireBytes.Names("at", "actor", "note", "previousHash", "a", "vneidAuthenticated");
        byte[] b = bytes("\"previousHash\"actor\"at\"ac\"vneidAuthenticated\"previoushash\"");
        assertThat(names.find(b, 1, 13)).isEqualTo(3);
        assertThat(names.find(b, 14, 19)).isEqualTo(1);
        assertThat(names.find(b, 20, 22)).isEqualTo(0);
        assertThat(names.find(b, 23, 25)).isEqualTo(-1);
        assertThat(names.find(b, 20, 21)).isEqualTo(4);
        assertThat(names.find(b, 20, 20)).isEqualTo(-1);
        assertThat(names.find(b, 26, 44)).isEqualTo(5);
        assertThat(names.find(b, 45, 57)).isEqualTo(-1);
        // a guess is the name at that index followed by its closing quote, whole words or near the array's end
        assertThat(names.at(3, b, 1, b.length)).isTrue();
        assertThat(names.at(3, b, 45, b.length)).isFalse();
        assertThat(names.at(1, b, 14, b.length)).isTrue();
        assertThat(names.at(1, b, 14, 19)).isFalse();
        assertThat(names.at(4, b, 20, b.length)).isFalse();
        assertThat(names.at(0, b, 20, b.length)).isTrue();
        assertThat(names.at(6, b, 20, b.length)).isFalse();
        assertThat(names.at(5, b, 26, b.length)).isTrue();
        byte[] tail = bytes("\"at\"");
        assertThat(names.at(0, tail, 1, tail.length)).isTrue();
        assertThat(names.at(1, tail, 1, tail.length)).isFalse();
        assertThat(names.length(5)).isEqualTo(18);
    }
}
