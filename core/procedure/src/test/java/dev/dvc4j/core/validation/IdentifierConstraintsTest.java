package dev.dvc4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    static final Map<String, String> ENGLISH = Map.of(
            "dossierCode", "must be a dossier code <agency code>-<YYMMDD>-<NNNN> with a real receipt date and a daily "
                    + "sequence 0001 to 9999 (Circular 01/2018/TT-VPCP Art. 19), e.g. 000.00.21.H56-190105-0001",
            "agencyCode", "must be an agency code of four dot-separated levels (QCVN 102:2016/BTTTT), e.g. 000.00.21.H56",
            "procedureCode", "must be a procedure code d.dddddd, optionally with an agency suffix, e.g. 1.005129 or 1.000948.H38",
            "personalId", "must be a personal identification number of exactly 12 digits starting with a known "
                    + "place-of-registration code (001 to 096)",
            "taxCode", "must be a tax code of 10 digits with a correct check digit, 13 digits with a branch "
                    + "(0314409058-002), or a 12-digit personal identification number",
            "phone", "must be a Vietnamese phone number: a mobile number, 0 and 9 digits (prefixes 03, 05, 07, 08, 09), "
                    + "or a landline, 02 and 9 digits; +84 may replace the 0");

    static final Map<String, String> VIETNAMESE = Map.of(
            "dossierCode", "phải là mã hồ sơ dạng <mã cơ quan>-<YYMMDD>-<NNNN> với ngày tiếp nhận có thật và số thứ tự "
                    + "trong ngày từ 0001 đến 9999 (Điều 19 Thông tư 01/2018/TT-VPCP), ví dụ 000.00.21.H56-190105-0001",
            "agencyCode", "phải là mã cơ quan gồm bốn cấp ngăn cách bởi dấu chấm (QCVN 102:2016/BTTTT), ví dụ 000.00.21.H56",
            "procedureCode", "phải là mã thủ tục hành chính dạng d.dddddd, có thể kèm hậu tố cơ quan, ví dụ 1.005129 "
                    + "hoặc 1.000948.H38",
            "personalId", "phải là số định danh cá nhân gồm đúng 12 chữ số, bắt đầu bằng mã nơi đăng ký khai sinh hợp lệ "
                    + "(001 đến 096)",
            "taxCode", "phải là mã số thuế gồm 10 chữ số với chữ số kiểm tra đúng, 13 chữ số kèm mã chi nhánh "
                    + "(0314409058-002), hoặc số định danh cá nhân 12 chữ số",
            "phone", "phải là số điện thoại Việt Nam: di động gồm số 0 và 9 chữ số (đầu số 03, 05, 07, 08, 09), hoặc cố "
                    + "định gồm 02 và 9 chữ số; có thể thay số 0 đầu bằng +84");

    /** A host DTO. */
    static final class Form {
        @ValidDossierCode
        String dossierCode;
        @ValidAgencyCode
        String agencyCode;
        @ValidProcedureCode
        String procedureCode;
        @NotNull
        @ValidPersonalId
        String personalId;
        @ValidTaxCode
        String taxCode;
        @ValidPhoneNumber
        String phone;

        Form(String dossierCode, String agencyCode, String procedureCode, String personalId, String taxCode, String phone) {
            this.dossierCode = dossierCode;
            this.agencyCode = agencyCode;
            this.procedureCode = procedureCode;
            this.personalId = personalId;
            this.taxCode = taxCode;
            this.phone = phone;
        }
    }

    /** A host DTO written as a record, with a constrained list element. */
    record Applicant(@ValidPersonalId String personalId, List<@ValidPhoneNumber String> phones) {
    }

    static ValidatorFactory factory;

    @BeforeAll
    static void start() {
        factory = Validation.byDefaultProvider().configure().buildValidatorFactory();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    static Validator validator(Locale locale) {
        return validator(locale, new ResourceBundleMessageInterpolator());
    }

    static Validator validator(Locale locale, MessageInterpolator interpolator) {
        return factory.usingContext().messageInterpolator(new FixedLocale(interpolator, locale)).getValidator();
    }

    static Form valid() {
        return new Form("000.00.21.H56-190105-0001", "000.00.21.H56", "1.000948.H38", "079090001234",
                "0300588569", "+84 912 345 678");
    }

    static Form invalid() {
        return new Form("000.00.21.H56-190230-0001", "000.00.21", "1.00512", "099090001234", "0300588568", "0412345678");
    }

    static Map<String, String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " | " + b, TreeMap::new));
    }

    @Test
    void validValuesPass() {
        assertThat(validator(Locale.ENGLISH).validate(valid())).isEmpty();
        assertThat(validator(VI).validate(new Form(null, null, null, "001205123456", "0100109106-501", "02438251234")))
                .isEmpty();
        assertThat(validator(VI).validate(new Form(null, null, null, "001205123456", "001205123456", null))).isEmpty();
    }

    @Test
    void nullIsValidAsBeanValidationExpects() {
        Form f = new Form(null, null, null, null, null, null);
        // only @NotNull complains
        assertThat(messages(validator(Locale.ENGLISH).validate(f))).containsOnlyKeys("personalId")
                .containsEntry("personalId", "must not be null");
    }

    @Test
    void englishMessages() {
        assertThat(messages(validator(Locale.ENGLISH).validate(invalid()))).isEqualTo(new TreeMap<>(ENGLISH));
    }

    @Test
    void vietnameseMessages() {
        assertThat(messages(validator(VI).validate(invalid()))).isEqualTo(new TreeMap<>(VIETNAMESE));
        assertThat(messages(validator(Locale.forLanguageTag("vi-VN")).validate(invalid()))).isEqualTo(new TreeMap<>(VIETNAMESE));
    }

    @Test
    void englishIsChosenEvenWhenTheJvmDefaultIsVietnamese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(VI);
            Validator english = Validation.byDefaultProvider().configure()
                    .messageInterpolator(new FixedLocale(new ResourceBundleMessageInterpolator(), Locale.ENGLISH))
                    .buildValidatorFactory().getValidator();
            assertThat(messages(english.validate(invalid()))).isEqualTo(new TreeMap<>(ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void blankAndPaddedValues() {
        Form blank = new Form(" ", "", "\t", "", " ", "");
        assertThat(messages(validator(Locale.ENGLISH).validate(blank))).containsOnlyKeys(ENGLISH.keySet());
        // the validators accept exactly what parse accepts, which strips surrounding whitespace
        Form padded = new Form(" 000.00.21.H56-190105-0001 ", " 000.00.21.H56 ", " 1.005129 ", " 079090001234 ",
                " 0300588569 ", " 0912 345 678 ");
        assertThat(validator(Locale.ENGLISH).validate(padded)).isEmpty();
    }

    @Test
    void recordComponentsAndContainerElements() {
        Applicant bad = new Applicant("12345", List.of("0912345678", "123"));
        Map<String, String> en = messages(validator(Locale.ENGLISH).validate(bad));
        assertThat(en).containsEntry("personalId", ENGLISH.get("personalId"));
        assertThat(en).containsEntry("phones[1].<list element>", ENGLISH.get("phone"));
        assertThat(validator(Locale.ENGLISH).validate(new Applicant("079090001234", List.of("0912345678")))).isEmpty();
    }

    @Test
    void messagesStillResolveWhenTheHostHasItsOwnValidationMessages() {
        // The host's ValidationMessages bundle shadows dvc4j's; Hibernate Validator still finds dvc4j's messages in
        // the ContributorValidationMessages bundles it aggregates across jars.
        var hostOnly = new ResourceBundleMessageInterpolator(new PlatformResourceBundleLocator("HostValidationMessages"));
        assertThat(messages(validator(Locale.ENGLISH, hostOnly).validate(invalid()))).isEqualTo(new TreeMap<>(ENGLISH));
        assertThat(messages(validator(VI, hostOnly).validate(invalid()))).isEqualTo(new TreeMap<>(VIETNAMESE));
    }

    /** Interpolates every message in one locale, as a host does per request. */
    record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
