package dev.dvc4j.spring.boot.autoconfigure;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * dvc4j in a Spring MVC application: dvc4j's types read and written by {@link Dvc4jHttpMessageConverter} ahead of the
 * application's converters ({@code dvc4j.strict-reading}), errors answered by {@link ProblemDetails}
 * ({@code dvc4j.web.problem-details}), and, when the application has no locale resolver of its own, one that picks
 * Vietnamese or English by {@code Accept-Language} and falls back to {@code dvc4j.default-language}
 * ({@code dvc4j.web.locale-resolver}), so validation messages and problem details speak the same language.
 */
@AutoConfiguration(after = Dvc4jAutoConfiguration.class, beforeName = {
        "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, WebMvcConfigurer.class})
@EnableConfigurationProperties(Dvc4jProperties.class)
public class Dvc4jWebMvcAutoConfiguration {

    /** Creates the configuration. */
    public Dvc4jWebMvcAutoConfiguration() {
    }

    /**
     * The strict converter of dvc4j's types.
     *
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "dvc4j", name = "strict-reading", havingValue = "true", matchIfMissing = true)
    public Dvc4jHttpMessageConverter dvc4jHttpMessageConverter() {
        return new Dvc4jHttpMessageConverter();
    }

    /**
     * Puts the converter first, so dvc4j's types never reach a lenient mapper.
     *
     * @param converter the converter, unless strict reading is off
     * @return the configurer
     */
    @Bean
    public WebMvcConfigurer dvc4jWebMvcConfigurer(ObjectProvider<Dvc4jHttpMessageConverter> converter) {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converter.ifAvailable(c -> {
                    converters.remove(c);
                    converters.add(0, c);
                });
            }
        };
    }

    /**
     * The problem details advice.
     *
     * @param properties the dvc4j properties
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "dvc4j.web", name = "problem-details", havingValue = "true", matchIfMissing = true)
    public ProblemDetails dvc4jProblemDetails(Dvc4jProperties properties) {
        return new ProblemDetails(properties);
    }

    /**
     * Vietnamese or English by {@code Accept-Language}, else the default language.
     *
     * @param properties the dvc4j properties
     * @return the resolver, under the name Spring MVC looks for
     */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnProperty(prefix = "dvc4j.web", name = "locale-resolver", havingValue = "true", matchIfMissing = true)
    public LocaleResolver localeResolver(Dvc4jProperties properties) {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.forLanguageTag(properties.getDefaultLanguage()));
        return resolver;
    }
}
