package dev.dvc4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    static final List<Class<?>> CONSTRAINTS = List.of(ValidDossierCode.class, ValidAgencyCode.class,
            ValidProcedureCode.class, ValidPersonalId.class, ValidTaxCode.class, ValidPhoneNumber.class);

    @Test
    void everyConstraintHasItsKeyInEveryBundle() throws Exception {
        for (Class<?> c : CONSTRAINTS) {
            assertThat(c.isAnnotationPresent(Constraint.class)).isTrue();
            Method message = c.getMethod("message");
            String template = (String) message.getDefaultValue();
            String kind = c.getSimpleName().substring("Valid".length());
            assertThat(template).isEqualTo("{dev.dvc4j.validation." + kind + ".message}");
            String key = template.substring(1, template.length() - 1);
            for (String bundle : List.of("ValidationMessages", "ContributorValidationMessages")) {
                String en = ResourceBundle.getBundle(bundle, Locale.ENGLISH).getString(key);
                String vi = ResourceBundle.getBundle(bundle, Locale.forLanguageTag("vi")).getString(key);
                assertThat(en).startsWith("must be ");
                assertThat(vi).startsWith("phải là ").isNotEqualTo(en);
                // message templates treat { } $ \ specially; ours contain none
                assertThat(en + vi).doesNotContain("{", "}", "$", "\\");
            }
        }
    }

    @Test
    void vietnameseFilesAreWellFormedUtf8WithDiacritics() throws Exception {
        for (String name : List.of("/ValidationMessages_vi.properties", "/ContributorValidationMessages_vi.properties")) {
            byte[] bytes = read(name);
            String text = strictUtf8(bytes);
            assertThat(text).contains("số định danh cá nhân", "mã số thuế", "Điều 19 Thông tư 01/2018/TT-VPCP");
            // read the way ResourceBundle does (UTF-8 since Java 9): the diacritics survive
            assertThat(ResourceBundle.getBundle(name.substring(1, name.indexOf('_')), Locale.forLanguageTag("vi"))
                    .getString("dev.dvc4j.validation.TaxCode.message")).contains("mã số thuế", "chữ số kiểm tra đúng");
        }
    }

    @Test
    void contributorBundlesRepeatTheValidationMessagesExactly() throws Exception {
        for (String suffix : List.of("", "_vi", "_en")) {
            Properties main = load("/ValidationMessages" + suffix + ".properties");
            Properties contributor = load("/ContributorValidationMessages" + suffix + ".properties");
            for (String key : contributor.stringPropertyNames()) {
                assertThat(main.getProperty(key)).as(key + suffix).isEqualTo(contributor.getProperty(key));
            }
            for (String key : main.stringPropertyNames()) {
                if (key.startsWith("dev.dvc4j.validation.")) {
                    assertThat(contributor.getProperty(key)).as(key + suffix).isEqualTo(main.getProperty(key));
                }
            }
        }
        // the English locale bundles are empty on purpose: they only stop a fallback to the JVM's default locale
        assertThat(load("/ValidationMessages_en.properties")).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(strictUtf8(read(name))));
        return p;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
