package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.ExtensionNotFoundException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.postal.NoTariffException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;

/** The problem details of each kind of error, without a web server: status, title, detail, code and language. */
class ProblemDetailsTest {

    static final LocalizedText TEXT = LocalizedText.of("Lỗi nghiệp vụ", "A business error");

    final ProblemDetails details = new ProblemDetails(new Dvc4jProperties());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    static void assertProblem(ResponseEntity<ProblemDetail> r, int status, String title, String detail, String code,
                              String language) {
        assertThat(r.getStatusCode().value()).isEqualTo(status);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo(language);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail p = r.getBody();
        assertThat(p).isNotNull();
        assertThat(p.getStatus()).isEqualTo(status);
        assertThat(p.getTitle()).isEqualTo(title);
        assertThat(p.getDetail()).isEqualTo(detail);
        assertThat(p.getProperties()).containsEntry("code", code).containsEntry("language", language);
    }

    @Test
    void aDvc4jErrorSpeaksTheRequestedLanguageOrTheDefaultOne() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertProblem(details.dvc4jError(new Dvc4jException("x.rule", TEXT)), 400, "Bad request", "A business error",
                "x.rule", "en");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
        assertProblem(details.dvc4jError(new Dvc4jException("x.rule", TEXT)), 400, "Yêu cầu không hợp lệ", "Lỗi nghiệp vụ",
                "x.rule", "vi");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertProblem(details.dvc4jError(new Dvc4jException("x.rule", TEXT)), 400, "Yêu cầu không hợp lệ", "Lỗi nghiệp vụ",
                "x.rule", "vi");
        Dvc4jProperties english = new Dvc4jProperties();
        english.setDefaultLanguage("en");
        assertThat(new ProblemDetails(english).language()).isEqualTo(Locale.ENGLISH);
        assertThat(details.dvc4jError(new Dvc4jException("x.rule", TEXT)).getBody().getProperties())
                .doesNotContainKeys("path", "line", "column");
    }

    @Test
    void statusesFollowTheClassAndItsSuperclassesWithTheirTitles() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        NoTariffException noTariff = new NoTariffException(LocalDate.of(2020, 1, 1), null);
        assertProblem(details.dvc4jError(noTariff), 422, "Business rule violated", noTariff.text().en(),
                "postal.no-tariff", "en");
        Dvc4jException notFound = new ExtensionNotFoundException("point", "key", List.of()) { }; // a subclass: found by its superclass
        assertThat(details.statusOf(notFound)).isEqualTo(404);
        assertThat(details.dvc4jError(notFound).getBody().getTitle()).isEqualTo("Not found");
        Dvc4jProperties teapot = new Dvc4jProperties();
        teapot.getWeb().getStatus().put("x.rule", 418);
        ResponseEntity<ProblemDetail> r = new ProblemDetails(teapot).dvc4jError(new Dvc4jException("x.rule", TEXT));
        assertThat(r.getStatusCode().value()).isEqualTo(418);
        assertThat(r.getBody().getTitle()).isNotIn("Bad request", "Yêu cầu không hợp lệ");
    }

    static WireFormatException wireError() {
        return catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read("{\"code\": [", Dossier.class));
    }

    @Test
    void aWireFormatErrorSaysWhere() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        WireFormatException w = wireError();
        ProblemDetail p = details.dvc4jError(w).getBody();
        assertThat(p.getProperties()).containsEntry("code", WireFormatException.CODE).containsEntry("path", w.path())
                .containsEntry("line", w.line()).containsEntry("column", w.column());
        assertThat(List.copyOf(p.getProperties().keySet())).containsSubsequence("path", "line", "column");
    }

    @Test
    void anUnreadableBodyGivesTheDvc4jReasonFirstThenAnyDvc4jErrorAsABadRequestThenTheParsersReason() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MockHttpInputMessage body = new MockHttpInputMessage(new byte[0]);
        WireFormatException w = wireError();
        ResponseEntity<ProblemDetail> wire = details.unreadable(new HttpMessageNotReadableException("bad",
                new RuntimeException(new Dvc4jException("x.other", TEXT, w)), body));
        assertThat(wire.getBody().getProperties()).containsEntry("code", WireFormatException.CODE).containsKey("line");
        NoTariffException rule = new NoTariffException(LocalDate.of(2020, 1, 1), "48");
        ResponseEntity<ProblemDetail> dvc4j = details.unreadable(new HttpMessageNotReadableException("bad",
                new RuntimeException(rule), body));
        assertProblem(dvc4j, 400, "Bad request", rule.text().en(), "postal.no-tariff", "en");
        ResponseEntity<ProblemDetail> plain = details.unreadable(new HttpMessageNotReadableException("bad",
                new IllegalStateException("unexpected end"), body));
        assertProblem(plain, 400, "Bad request", "The request body cannot be read: unexpected end", "http.unreadable", "en");
        ResponseEntity<ProblemDetail> silent = details.unreadable(new HttpMessageNotReadableException(null, null, body));
        assertProblem(silent, 400, "Bad request", "The request body cannot be read: ", "http.unreadable", "en");
    }

    static void target(Object form) {
    }

    @Test
    void invalidFieldsAreListedInOrderWithTheirConstraint() throws NoSuchMethodException {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Method m = ProblemDetailsTest.class.getDeclaredMethod("target", Object.class);
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Object(), "form");
        binding.addError(new FieldError("form", "name", "", false, new String[] {"NotBlank.form.name", "NotBlank"}, null,
                "must not be blank"));
        binding.addError(new FieldError("form", "age", -1, false, null, null, "must be positive"));
        binding.addError(new ObjectError("form", new String[0], null, "dates out of order"));
        ResponseEntity<ProblemDetail> r = details.invalid(new MethodArgumentNotValidException(new MethodParameter(m, 0), binding));
        assertProblem(r, 400, "Bad request",
                "Invalid data in 3 field(s): name: must not be blank; age: must be positive; form: dates out of order",
                "validation.failed", "en");
        assertThat(r.getBody().getProperties().get("errors")).isEqualTo(List.of(
                Map.of("field", "name", "message", "must not be blank", "constraint", "NotBlank"),
                Map.of("field", "age", "message", "must be positive", "constraint", ""),
                Map.of("field", "form", "message", "dates out of order", "constraint", "")));
    }
}
