package dev.dvc4j.mutation;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Builds every Spring test's application context afresh under mutation testing, and only there: PIT's test JVMs get
 * the system property {@value #FRESH_CONTEXTS} (the Spring Boot test module's {@code mutation} profile sets it);
 * every other run, the normal build's included, keeps Spring's context cache as it is.
 *
 * <p>PIT runs the tests of many mutants one after another in the same JVM, changing the mutated class in place
 * between them. Spring's test context cache would hand each test the application context built for an earlier
 * mutant (or for none), whose beans came from the code as it was then, so a mutant of a {@code @Bean} method or of a
 * class only the context builds would never be seen. After each test class this listener closes the context the class
 * used and takes it out of the cache, so the next test, under whichever mutant, meets a context built with it.
 *
 * <p>Registered for every Spring test through {@code META-INF/spring.factories}; the {@code mutation} profile adds
 * this source root and that file to the Spring Boot test module's tests.
 */
public final class FreshContextsUnderMutation implements TestExecutionListener, Ordered {

    /** The system property that turns the listener on: {@code true} in PIT's test JVMs. */
    public static final String FRESH_CONTEXTS = "dvc4j.mutation.spring.freshContexts";

    /** Whether the listener acts in this JVM. */
    public static boolean active() {
        return Boolean.getBoolean(FRESH_CONTEXTS);
    }

    /** First among the listeners, so its {@code afterTestClass} runs last: the others are done with the context. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (active() && testContext.hasApplicationContext()) {
            testContext.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        }
    }
}
