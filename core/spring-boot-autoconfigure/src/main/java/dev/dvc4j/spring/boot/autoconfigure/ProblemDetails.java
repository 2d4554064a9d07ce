package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.json.WireFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers dvc4j's errors, unreadable request bodies and failed validation with RFC 9457 problem details
 * ({@code application/problem+json}) in the request's language: Vietnamese or English by {@code Accept-Language}
 * (through the application's locale resolver), else {@code dvc4j.default-language}. Members beyond the standard ones:
 * {@code code} (dvc4j's error code), {@code language}, and {@code path}/{@code line}/{@code column} for wire-format
 * errors or {@code errors} (field, message, constraint) for validation.
 *
 * <p>Statuses: bad input 400 (the default for a dvc4j error), an illegal lifecycle transition 409, a rule violation or
 * a postal request no tariff covers 422, a missing extension 404, broken configured data (catalogue, tariffs, a
 * signing key) 500, a head signer that cannot be reached 503 and one whose signatures do not verify 500;
 * {@code dvc4j.web.status.<code>} overrides any of them.
 */
@RestControllerAdvice
public class ProblemDetails {

    private static final Map<String, Integer> BY_CLASS = Map.of(
            "dev.dvc4j.core.dossier.IllegalTransitionException", 409,
            "dev.dvc4j.core.id.DossierSequenceExhaustedException", 409,
            "dev.dvc4j.core.procedure.RuleViolationException", 422,
            "dev.dvc4j.postal.NoTariffException", 422,
            "dev.dvc4j.core.ExtensionNotFoundException", 404,
            "dev.dvc4j.core.procedure.CatalogueException", 500,
            "dev.dvc4j.postal.TariffFormatException", 500,
            "dev.dvc4j.postal.OverlappingTariffsException", 500,
            "dev.dvc4j.core.dossier.SigningKeyException", 500);

    /** Errors whose class alone does not tell the status: a signer's failure is the server's, not the request's. */
    private static final Map<String, Integer> BY_CODE = Map.of(
            "dossier.signature.signer-failed", 503,
            "dossier.signature.signer-invalid", 500,
            "dossier.signature.no-signer", 500);

    private static final Map<Integer, LocalizedText> TITLES = Map.of(
            400, LocalizedText.of("Yêu cầu không hợp lệ", "Bad request"),
            404, LocalizedText.of("Không tìm thấy", "Not found"),
            409, LocalizedText.of("Không thể thực hiện ở trạng thái hiện tại", "Conflict with the current state"),
            422, LocalizedText.of("Vi phạm quy định nghiệp vụ", "Business rule violated"),
            500, LocalizedText.of("Lỗi dữ liệu cấu hình của hệ thống", "Server configuration data error"),
            503, LocalizedText.of("Dịch vụ tạm thời không sẵn sàng", "Service unavailable"));

    private static final LocalizedText UNREADABLE = LocalizedText.of(
            "Nội dung yêu cầu không đọc được: %s", "The request body cannot be read: %s");
    private static final LocalizedText INVALID = LocalizedText.of(
            "Dữ liệu không hợp lệ ở %d trường: %s", "Invalid data in %d field(s): %s");

    private final Dvc4jProperties properties;

    /**
     * The advice.
     *
     * @param properties the default language and status overrides
     */
    public ProblemDetails(Dvc4jProperties properties) {
        this.properties = properties;
    }

    /**
     * A dvc4j error.
     *
     * @param e the error
     * @return the problem detail
     */
    @ExceptionHandler(Dvc4jException.class)
    public ResponseEntity<ProblemDetail> dvc4jError(Dvc4jException e) {
        return dvc4j(e, statusOf(e));
    }

    /**
     * An unreadable body: a dvc4j wire-format or value error keeps its code and text; anything else is a generic
     * bilingual 400.
     *
     * @param e the error
     * @return the problem detail
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof WireFormatException w) {
                return dvc4j(w, statusOf(w));
            }
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof Dvc4jException d) {
                return dvc4j(d, HttpStatus.BAD_REQUEST.value());
            }
        }
        String reason = e.getMostSpecificCause().getMessage();
        return problem(400, "http.unreadable", UNREADABLE.formatted(reason == null ? "" : reason), null);
    }

    /**
     * A request body that failed Jakarta Validation.
     *
     * @param e the error
     * @return the problem detail, with one entry per violated constraint
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : error.getObjectName();
            errors.add(entry(field, error));
        }
        return validation(errors);
    }

    /**
     * Method parameters that failed Jakarta Validation.
     *
     * @param e the error
     * @return the problem detail, with one entry per violated constraint
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : r.getResolvableErrors()) {
                String field = error instanceof FieldError f ? name + "." + f.getField() : name;
                errors.add(entry(field, error));
            }
        });
        return validation(errors);
    }

    private static Map<String, String> entry(String field, MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        String constraint = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        Map<String, String> m = new java.util.LinkedHashMap<>(); // the same key order in every response
        m.put("field", String.valueOf(field));
        m.put("message", String.valueOf(error.getDefaultMessage()));
        m.put("constraint", constraint);
        return m;
    }

    private ResponseEntity<ProblemDetail> validation(List<Map<String, String>> errors) {
        StringBuilder summary = new StringBuilder();
        for (Map<String, String> err : errors) {
            summary.append(summary.length() == 0 ? "" : "; ").append(err.get("field")).append(": ").append(err.get("message"));
        }
        return problem(400, "validation.failed", INVALID.formatted(errors.size(), summary), Map.of("errors", errors));
    }

    private ResponseEntity<ProblemDetail> dvc4j(Dvc4jException e, int status) {
        Map<String, Object> extra = null;
        if (e instanceof WireFormatException w) {
            extra = new java.util.LinkedHashMap<>(); // the same key order in every response
            extra.put("path", w.path());
            extra.put("line", w.line());
            extra.put("column", w.column());
        }
        return problem(status, e.code(), e.text(), extra);
    }

    int statusOf(Dvc4jException e) {
        Integer configured = properties.getWeb().getStatus().get(e.code());
        if (configured != null) {
            return configured;
        }
        Integer byCode = BY_CODE.get(e.code());
        if (byCode != null) {
            return byCode;
        }
        for (Class<?> c = e.getClass(); c != null && c != Dvc4jException.class; c = c.getSuperclass()) {
            Integer s = BY_CLASS.get(c.getName());
            if (s != null) {
                return s;
            }
        }
        return 400;
    }

    private ResponseEntity<ProblemDetail> problem(int status, String code, LocalizedText text, Map<String, Object> extra) {
        Locale language = language();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), text.in(language));
        LocalizedText title = TITLES.get(status);
        if (title != null) {
            p.setTitle(title.in(language));
        }
        p.setProperty("code", code);
        p.setProperty("language", language.getLanguage());
        if (extra != null) {
            extra.forEach(p::setProperty);
        }
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /** Vietnamese or English as the request's locale says, else the configured default. */
    Locale language() {
        String requested = LocaleContextHolder.getLocale().getLanguage();
        if ("vi".equals(requested) || "en".equals(requested)) {
            return Locale.forLanguageTag(requested);
        }
        return Locale.forLanguageTag(properties.getDefaultLanguage());
    }
}
