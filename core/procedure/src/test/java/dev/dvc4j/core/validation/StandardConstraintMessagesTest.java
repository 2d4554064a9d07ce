package dev.dvc4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

/** The standard Jakarta constraints speak Vietnamese, with the same parameters as Hibernate Validator's English. */
class StandardConstraintMessagesTest {

    private static final Pattern PARAMETERS = Pattern.compile("\\{[a-z]+}|\\$\\{[^}]*}");

    record Form(@NotBlank String name, @Size(min = 2, max = 5) String code) {
    }

    @Test
    void everyStandardConstraintHasAVietnameseMessageWithTheSameParameters() {
        ResourceBundle english = ResourceBundle.getBundle("org.hibernate.validator.ValidationMessages", Locale.ROOT);
        int checked = 0;
        for (String bundle : new String[] {"ValidationMessages", "ContributorValidationMessages"}) {
            ResourceBundle vi = ResourceBundle.getBundle(bundle, Locale.forLanguageTag("vi"));
            for (String key : english.keySet()) {
                if (!key.startsWith("jakarta.validation.constraints.")) {
                    continue;
                }
                String translated = vi.getString(key);
                assertThat(translated).as(key).isNotEqualTo(english.getString(key));
                assertThat(parameters(translated)).as(key).isEqualTo(parameters(english.getString(key)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2 * 22);
    }

    @Test
    void hibernateValidatorInterpolatesThemInVietnameseAndStaysEnglishInEnglish() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        new PlatformResourceBundleLocator("ValidationMessages")))
                .buildValidatorFactory().getValidator();
        Set<ConstraintViolation<Form>> violations = validator.validate(new Form(" ", "x"));
        assertThat(violations).hasSize(2);
        ResourceBundleMessageInterpolator interpolator = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("ValidationMessages"));
        Set<String> vi = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (ConstraintViolation<Form> v : violations) {
            jakarta.validation.MessageInterpolator.Context ctx = new jakarta.validation.MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new UnsupportedOperationException();
                }
            };
            vi.add(interpolator.interpolate(v.getMessageTemplate(), ctx, Locale.forLanguageTag("vi")));
            en.add(interpolator.interpolate(v.getMessageTemplate(), ctx, Locale.ENGLISH));
        }
        assertThat(vi).containsExactlyInAnyOrder("kích thước phải từ 2 đến 5", "không được để trống");
        assertThat(en).containsExactly("must not be blank", "size must be between 2 and 5");
    }

    private static Set<String> parameters(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAMETERS.matcher(message);
        while (m.find()) {
            out.add(m.group().startsWith("$") ? "${expression}" : m.group());
        }
        return out;
    }
}
