package dev.dvc4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierLifecycleTestAccess;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.money.Vnd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier wire format under the one reading policy: bad JSON raises a typed, bilingual error naming the line,
 * column and JSON path, never a library's wording or a class name; good JSON reads exactly.
 */
class WireFormatTest {

    static final String DOSSIER = Dvc4jJson.write(DossierLifecycleTestAccess.filed());
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static WireFormatException refused(String json) {
        WireFormatException e = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read(json, Dossier.class));
        assertThat(e).as(json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        assertClean(e);
        return e;
    }

    private static WireFormatException refused(byte[] bytes) {
        WireFormatException e = catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read("d.json", new ByteArrayInputStream(bytes), Dossier.class));
        assertThat(e).isNotNull();
        assertClean(e);
        return e;
    }

    /** No text a person reads names a Java class or repeats Jackson's wording. */
    static void assertClean(InputFormatException e) {
        for (String text : List.of(e.getMessage(Locale.ENGLISH), e.getMessage(VI))) {
            assertThat(text).doesNotContain("com.fasterxml", "dev.dvc4j", "java.lang", "Exception", "`", "JsonToken",
                    "StreamReadConstraints", "Cannot construct", "Cannot deserialize", "Unrecognized field");
        }
        assertThat(e.code()).isEqualTo(WireFormatException.CODE);
    }

    @Test
    void valueTypesAreStringsAndMoneyIsAnInteger() {
        assertThat(Dvc4jJson.write(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(Dvc4jJson.read("26000", Vnd.class)).isEqualTo(Vnd.of(26_000));
        assertThat(Dvc4jJson.write(ProcedureCode.parse("1.000948.H38"))).isEqualTo("\"1.000948.H38\"");
        assertThat(Dvc4jJson.read(DOSSIER, Dossier.class)).isEqualTo(DossierLifecycleTestAccess.filed());
        assertThat(Dvc4jJson.read("d.json", new ByteArrayInputStream(DOSSIER.getBytes(StandardCharsets.UTF_8)), Dossier.class))
                .isEqualTo(DossierLifecycleTestAccess.filed());
    }

    @Test
    void malformedTextNamesLineAndColumn() {
        WireFormatException e = refused("{\n  \"code\": ");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();
        assertThat(e.problem().code()).isEqualTo("input.syntax");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Line 2:11 ($.code): malformed JSON: the document ends in the middle of a value");
        assertThat(e.getMessage(VI)).isEqualTo("Dòng 2:11 ($.code): JSON sai cú pháp: tài liệu kết thúc giữa chừng");
        assertThat(refused("{\"code\": tru}").problem().code()).isEqualTo("input.syntax");
        assertThat(refused("{\"code\": NaN}").getMessage(Locale.ENGLISH)).contains("NaN and Infinity are not JSON numbers");
    }

    @Test
    void anUnknownPropertyNamesItsPath() {
        String json = DOSSIER.replace("\"actor\":\"portal\"", "\"actor\":\"portal\",\"hacked\":true");
        WireFormatException e = refused(json);
        assertThat(e.path()).isEqualTo("$.events[0].hacked");
        assertThat(e.problem().code()).isEqualTo("input.unknown-property");
        assertThat(e.getMessage(Locale.ENGLISH)).matches("Line 1:\\d+ \\(\\$\\.events\\[0]\\.hacked\\): unknown property \"hacked\"");
        assertThat(e.getMessage(VI)).endsWith("($.events[0].hacked): thuộc tính \"hacked\" không có trong định dạng");
    }

    @Test
    void anInvalidIdentifierKeepsItsBilingualMessage() {
        String json = DOSSIER.replaceFirst("\"procedure\":\"1.002859\"", "\"procedure\":\"1.02859\"");
        WireFormatException e = refused(json);
        assertThat(e.path()).isEqualTo("$.procedure");
        assertThat(e.problem().code()).isEqualTo("id.invalid.ProcedureCode");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("Procedure code \"1.02859\" is invalid");
        assertThat(e.getMessage(VI)).contains("Mã thủ tục \"1.02859\" không hợp lệ");
    }

    @Test
    void aPersonalNumberTypedIntoACodeFieldIsMasked() {
        String json = DOSSIER.replaceFirst("\"procedure\":\"1.002859\"", "\"procedure\":\"001090012345\"");
        WireFormatException e = refused(json);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("\"0010******45\"").doesNotContain("001090012345");
        assertThat(e.getMessage(VI)).doesNotContain("001090012345");
    }

    @Test
    void nullAndEmptyDocumentsAreRefused() {
        assertThat(refused("null").problem().code()).isEqualTo("input.null");
        assertThat(refused("  null  ").getMessage(Locale.ENGLISH)).contains("the document is null, not a value");
        assertThat(refused("").problem().code()).isEqualTo("input.empty");
        assertThat(refused(" \n\t ").problem().code()).isEqualTo("input.empty");
        assertThat(refused(new byte[0]).getMessage(VI)).isEqualTo("d.json ($): tài liệu rỗng");
        assertThatThrownBy(() -> Dvc4jJson.read("null", Vnd.class)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertThat(refused(DOSSIER + " {}").problem().code()).isEqualTo("input.trailing");
        assertThatThrownBy(() -> Dvc4jJson.read("26000 1", Vnd.class)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void aByteOrderMarkIsAcceptedAtTheStartOnly() {
        assertThat(Dvc4jJson.read("\uFEFF" + DOSSIER, Dossier.class)).isEqualTo(DossierLifecycleTestAccess.filed());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(Dvc4jJson.read("d.json", new ByteArrayInputStream(concat(bom, utf8(DOSSIER))), Dossier.class))
                .isEqualTo(DossierLifecycleTestAccess.filed());
        assertThat(refused(concat(utf8(" "), bom, utf8(DOSSIER))).problem().code()).isEqualTo("input.syntax");
    }

    @Test
    void malformedUtf8IsAProblemWithItsPositionNeverAReplacementCharacter() {
        byte[] good = utf8(DOSSIER);
        int at = DOSSIER.indexOf("\"actor\"") + 1;
        int atByte = utf8(DOSSIER.substring(0, at)).length;
        for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82})) {
            byte[] doc = new byte[good.length + bad.length];
            System.arraycopy(good, 0, doc, 0, atByte);
            System.arraycopy(bad, 0, doc, atByte, bad.length);
            System.arraycopy(good, atByte, doc, atByte + bad.length, good.length - atByte);
            WireFormatException e = refused(doc);
            assertThat(e.problem().code()).isEqualTo("input.utf8");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(at + 1);
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("d.json:1:" + (at + 1))
                    .contains(String.format("byte 0x%02X is not valid UTF-8", bad[0] & 0xFF));
        }
        byte[] vietnamese = utf8("{\"note\":\"Nguyễn\",");
        byte[] doc = concat(vietnamese, new byte[] {(byte) 0xFE});
        assertThat(refused(doc).column()).as("columns count characters, not bytes")
                .isEqualTo("{\"note\":\"Nguyễn\",".length() + 1);
    }

    @Test
    void aDuplicateKeyIsRefused() {
        String json = DOSSIER.replaceFirst("\"actor\":\"portal\"", "\"actor\":\"portal\",\"actor\":\"portal\"");
        WireFormatException e = refused(json);
        assertThat(e.problem().code()).isEqualTo("input.duplicate-key");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("key \"actor\" appears twice in one object");
        assertThat(e.path()).startsWith("$.events[0]");
    }

    @Test
    void noValueIsCoercedFromAnotherType() {
        String version = "\"version\":" + DossierLifecycleTestAccess.filed().version();
        assertThat(DOSSIER).contains(version);
        WireFormatException decimal = refused(DOSSIER.replace(version, "\"version\":1.5"));
        assertThat(decimal.problem().code()).isEqualTo("input.wrong-type");
        assertThat(decimal.path()).isEqualTo("$.version");
        assertThat(decimal.getMessage(Locale.ENGLISH)).endsWith("wrong type: expected an integer, found a decimal number");
        assertThat(decimal.getMessage(VI)).endsWith("sai kiểu: cần số nguyên, nhận được số thập phân");
        assertThat(refused(DOSSIER.replace(version, "\"version\":1.0")).problem().code()).isEqualTo("input.wrong-type");
        assertThat(refused(DOSSIER.replace(version, "\"version\":\"1\"")).getMessage(Locale.ENGLISH))
                .endsWith("expected an integer, found a string");
        assertThat(refused(DOSSIER.replace(version, "\"version\":true")).problem().code()).isEqualTo("input.wrong-type");
        assertThat(refused(DOSSIER.replaceFirst("\"actor\":\"portal\"", "\"actor\":12")).getMessage(Locale.ENGLISH))
                .endsWith("expected a string, found an integer");
        assertThatThrownBy(() -> Dvc4jJson.read("100.5", Vnd.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson.read("\"26000\"", Vnd.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson.read("\"mười nghìn\"", Vnd.class)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void aMissingOrNullRequiredValueIsNamedWithoutJavaInternals() {
        String noActor = DOSSIER.replaceFirst("\"actor\":\"portal\",", "");
        WireFormatException e = refused(noActor);
        assertThat(e.path()).isEqualTo("$.events[0]");
        String event = Dvc4jJson.write(DossierLifecycleTestAccess.filed().events().get(0));
        String nullDocuments = event.replaceFirst("\"documents\":\\[[^]]*]", "\"documents\":null");
        assertThat(nullDocuments).isNotEqualTo(event);
        WireFormatException n = catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read(nullDocuments, dev.dvc4j.core.dossier.DossierEvent.class));
        assertClean(n);
        assertThat(n.problem().code()).isEqualTo("input.missing");
        assertThat(n.getMessage(Locale.ENGLISH)).contains("the required value \"documents\" is missing or null");
    }

    @Test
    void everyLimitIsExactAtTheBoundary() {
        assertThat(Dvc4jJson.read("\"" + "x".repeat(Dvc4jJson.MAX_STRING_LENGTH) + "\"", String.class)).hasSize(Dvc4jJson.MAX_STRING_LENGTH);
        assertThat(catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read("\"" + "x".repeat(Dvc4jJson.MAX_STRING_LENGTH + 1) + "\"", String.class)).problem().code())
                .isEqualTo("input.limit.string");
        assertThat(Dvc4jJson.read("1" + "0".repeat(Dvc4jJson.MAX_NUMBER_LENGTH - 1), java.math.BigInteger.class)).isPositive();
        WireFormatException number = catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read("1" + "0".repeat(Dvc4jJson.MAX_NUMBER_LENGTH), java.math.BigInteger.class));
        assertThat(number.problem().code()).isEqualTo("input.limit.number");
        assertThat(number.getMessage(Locale.ENGLISH)).contains("a number is longer than 100 characters");
        String deep = "[".repeat(Dvc4jJson.MAX_NESTING_DEPTH) + "]".repeat(Dvc4jJson.MAX_NESTING_DEPTH);
        assertThat(Dvc4jJson.read(deep, Object.class)).isNotNull();
        WireFormatException depth = catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read("[" + deep + "]", Object.class));
        assertThat(depth.problem().code()).isEqualTo("input.limit.depth");
        assertThat(depth.getMessage(VI)).contains("lồng sâu quá 64 cấp");
    }

    @Test
    void theDocumentLengthIsCountedWhileStreamingExactlyAtTheLimit() {
        int limit = (int) Dvc4jJson.MAX_DOCUMENT_LENGTH;
        byte[] exact = new byte[limit];
        java.util.Arrays.fill(exact, (byte) ' ');
        exact[0] = '1';
        assertThat(Dvc4jJson.read("big.json", new ByteArrayInputStream(exact), Integer.class)).isEqualTo(1);
        byte[] over = java.util.Arrays.copyOf(exact, limit + 1);
        over[limit] = ' ';
        WireFormatException e = catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read("big.json", new ByteArrayInputStream(over), Integer.class));
        assertThat(e.problem().code()).isEqualTo("input.limit.document");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("the document is longer than 67,108,864 bytes");
        assertThat(e.getMessage(VI)).contains("tài liệu dài quá 67.108.864 byte");
    }

    @Test
    void aFileIsNamedInItsProblems(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("hs.json");
        Files.writeString(f, "{\"code\": }");
        WireFormatException e = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read(f, Dossier.class));
        assertThat(e.problem().source()).isEqualTo(f.toString());
        assertThat(e.getMessage(Locale.ENGLISH)).startsWith(f + ":1:10 ($.code): malformed JSON: character '}' is not allowed here");
        WireFormatException missing = catchThrowableOfType(WireFormatException.class,
                () -> Dvc4jJson.read(dir.resolve("none.json"), Dossier.class));
        assertThat(missing.problem().code()).isEqualTo("input.io");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
