package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * dvc4j in Spring MVC, without a server: the strict converter put first, the problem details advice and the locale
 * resolver, each on by default and off by its property, and the locale resolver backing off for the application's.
 */
class Dvc4jWebMvcAutoConfigurationTest {

    static final WebApplicationContextRunner RUNNER = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Dvc4jAutoConfiguration.class, Dvc4jWebMvcAutoConfiguration.class));

    static List<HttpMessageConverter<?>> extended(WebMvcConfigurer configurer, HttpMessageConverter<?>... converters) {
        List<HttpMessageConverter<?>> list = new ArrayList<>(List.of(converters));
        configurer.extendMessageConverters(list);
        return list;
    }

    static Locale resolve(LocaleResolver resolver, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return resolver.resolveLocale(request);
    }

    @Test
    void theStrictConverterGoesFirstUnlessStrictReadingIsOff() {
        StringHttpMessageConverter text = new StringHttpMessageConverter();
        RUNNER.run(context -> {
            Dvc4jHttpMessageConverter converter = context.getBean(Dvc4jHttpMessageConverter.class);
            WebMvcConfigurer configurer = context.getBean("dvc4jWebMvcConfigurer", WebMvcConfigurer.class);
            assertThat(extended(configurer, text, converter)).containsExactly(converter, text);
            assertThat(extended(configurer, text)).containsExactly(converter, text);
        });
        RUNNER.withPropertyValues("dvc4j.strict-reading=false").run(context -> {
            assertThat(context).doesNotHaveBean(Dvc4jHttpMessageConverter.class);
            WebMvcConfigurer configurer = context.getBean("dvc4jWebMvcConfigurer", WebMvcConfigurer.class);
            assertThat(extended(configurer, text)).containsExactly(text);
        });
    }

    @Test
    void problemDetailsAreOnUnlessTurnedOffAndTakeTheConfiguredStatuses() {
        RUNNER.withPropertyValues("dvc4j.web.status.x.rule=418").run(context -> {
            ProblemDetails details = context.getBean(ProblemDetails.class);
            assertThat(details.statusOf(new dev.dvc4j.core.Dvc4jException("x.rule", ProblemDetailsTest.TEXT)))
                    .isEqualTo(418);
        });
        RUNNER.withPropertyValues("dvc4j.web.problem-details=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ProblemDetails.class));
    }

    @Test
    void theLocaleResolverPicksVietnameseOrEnglishElseTheDefaultLanguage() {
        RUNNER.run(context -> {
            LocaleResolver resolver = context.getBean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME, LocaleResolver.class);
            assertThat(resolve(resolver, "en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
            assertThat(resolve(resolver, "vi-VN")).isEqualTo(Locale.forLanguageTag("vi"));
            assertThat(resolve(resolver, "fr")).isEqualTo(Locale.forLanguageTag("vi"));
            assertThat(resolve(resolver, null)).isEqualTo(Locale.forLanguageTag("vi"));
        });
        RUNNER.withPropertyValues("dvc4j.default-language=en").run(context -> {
            LocaleResolver resolver = context.getBean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME, LocaleResolver.class);
            assertThat(resolve(resolver, "fr")).isEqualTo(Locale.ENGLISH);
            assertThat(resolve(resolver, null)).isEqualTo(Locale.ENGLISH);
            assertThat(resolve(resolver, "vi")).isEqualTo(Locale.forLanguageTag("vi"));
        });
    }

    @Test
    void theLocaleResolverIsOffByItsPropertyAndBacksOffForTheApplicationsOwn() {
        RUNNER.withPropertyValues("dvc4j.web.locale-resolver=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME));
        FixedLocaleResolver own = new FixedLocaleResolver(Locale.FRENCH);
        RUNNER.withBean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME, LocaleResolver.class, () -> own)
                .run(context -> assertThat(context.getBean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)).isSameAs(own));
    }
}
