package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.mutation.FreshContextsUnderMutation;
import dev.dvc4j.mutation.PackageFloor;
import dev.dvc4j.mutation.PropertiesUnderMutation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The mutation-testing set-up (the root pom's {@code mutation} profile): every published module with classes is
 * mutated, CI runs the profile, the per-package floor reads PIT's report right, the jqwik hook changes properties
 * only as documented, and the Spring listener drops test contexts only under mutation testing.
 */
class MutationTestingTest {

    private static final Path ROOT = BuildLayoutTest.ROOT;
    @Test
    void everyPublishedModuleWithClassesIsMutated() throws IOException {
        for (String module : BuildLayoutTest.modules()) {
            String artifact = BuildLayoutTest.artifactId(module);
            if (!BuildLayoutTest.published().contains(artifact) || !hasClasses(module)) {
                continue;
            }
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (artifact.equals("dvc4j-spring-boot-autoconfigure")) {
                // Its tests are the Spring Boot test modules': boot3 mutates its classes across modules.
                String boot3 = Files.readString(ROOT.resolve("core/spring-boot-test/boot3/pom.xml"));
                assertThat(boot3).contains("<crossModule>true</crossModule>",
                        "<param>dev.dvc4j.spring.boot.autoconfigure.*</param>", "<id>mutation</id>",
                        "<mutationThreshold>85</mutationThreshold>", "<testStrengthThreshold>90</testStrengthThreshold>",
                        "PackageFloor.java", "<skip>${dvc4j.mutation.skip}</skip>",
                        "mutation-testing/spring/java", "-D" + FreshContextsUnderMutation.FRESH_CONTEXTS + "=true");
                assertThat(boot3).as("the auto-configuration is gated")
                        .contains("<dvc4j.mutation.skip>false</dvc4j.mutation.skip>")
                        .doesNotContain("<dvc4j.mutation.skip>true</dvc4j.mutation.skip>", "NOT YET GATED");
            } else {
                assertThat(pom).as(module + " is published and has classes, so PIT must run on it and gate it")
                        .doesNotContain("<dvc4j.mutation.skip>true</dvc4j.mutation.skip>", "NOT YET GATED");
            }
        }
    }

    @Test
    void theGatesAreTheIssues() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertThat(pom).contains("<dvc4j.mutation.threshold>85</dvc4j.mutation.threshold>",
                "<dvc4j.mutation.strength>90</dvc4j.mutation.strength>",
                "<dvc4j.mutation.packageFloor>80</dvc4j.mutation.packageFloor>",
                "<dvc4j.mutation.threads>2</dvc4j.mutation.threads>");
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(ci).as("CI runs the gates").contains("./mvnw -B verify -Pmutation");
    }

    private static boolean hasClasses(String module) throws IOException {
        Path main = ROOT.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(main)) {
            return false;
        }
        try (var files = Files.walk(main)) {
            return files.anyMatch(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")
                    && !p.endsWith("package-info.java"));
        }
    }

    // The per-package floor.

    private static Path report(Path dir, String... mutations) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"true\">\n");
        for (String m : mutations) {
            String[] parts = m.split(" ");
            xml.append("<mutation detected='").append(parts[1]).append("' status='")
                    .append(parts[1].equals("true") ? "KILLED" : "SURVIVED").append("' numberOfTestsRun='1'>")
                    .append("<sourceFile>X.java</sourceFile><mutatedClass>").append(parts[0])
                    .append("</mutatedClass><mutatedMethod>m</mutatedMethod><lineNumber>1</lineNumber>")
                    .append("<killingTest/><description>d</description></mutation>\n");
        }
        Path file = dir.resolve("mutations.xml");
        Files.writeString(file, xml.append("</mutations>\n"));
        return file;
    }

    @Test
    void scoresArePerPackageOfTheMutatedClass(@TempDir Path dir) throws Exception {
        Path file = report(dir, "a.b.X true", "a.b.Y false", "a.b.Y$Inner true", "a.b.c.Z true", "a.b.c.Z false",
                "a.b.c.Z false");

        List<PackageFloor.Score> scores = PackageFloor.scores(file);

        assertThat(scores).containsExactly(new PackageFloor.Score("a.b", 2, 3), new PackageFloor.Score("a.b.c", 1, 3));
        assertThat(scores.get(0)).hasToString("a.b 66.7% (2 of 3 mutants detected)");
    }

    @Test
    void aPackageExactlyAtTheFloorMeetsItAndOneMutantLessDoesNot() {
        PackageFloor.Score atFloor = new PackageFloor.Score("at", 4, 5);
        PackageFloor.Score below = new PackageFloor.Score("below", 79, 100);
        PackageFloor.Score full = new PackageFloor.Score("full", 3, 3);

        assertThat(PackageFloor.below(List.of(atFloor, below, full), 80)).containsExactly(below);
        assertThat(PackageFloor.below(List.of(atFloor, full), 80)).isEmpty();
        assertThat(PackageFloor.below(List.of(atFloor), 80.1)).containsExactly(atFloor);
    }

    @Test
    void aMissingReportIsAnErrorNotAPass(@TempDir Path dir) {
        assertThatThrownBy(() -> PackageFloor.scores(dir.resolve("mutations.xml")))
                .isInstanceOf(NoSuchFileException.class);
    }

    // The Spring test-context listener.

    /** A test context that records what the listener asks of it. */
    private static TestContext testContext(boolean hasContext, List<DirtiesContext.HierarchyMode> marked) {
        return (TestContext) Proxy.newProxyInstance(MutationTestingTest.class.getClassLoader(),
                new Class<?>[] {TestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hasApplicationContext" -> hasContext;
                    case "markApplicationContextDirty" -> {
                        marked.add((DirtiesContext.HierarchyMode) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theSpringListenerClosesEachTestClasssContextOnlyUnderMutationTesting() throws Exception {
        List<DirtiesContext.HierarchyMode> marked = new ArrayList<>();
        FreshContextsUnderMutation listener = new FreshContextsUnderMutation();
        assertThat(System.getProperty(FreshContextsUnderMutation.FRESH_CONTEXTS)).isNull();
        assertThat(FreshContextsUnderMutation.active()).isFalse();
        listener.afterTestClass(testContext(true, marked));
        assertThat(marked).as("outside mutation testing, Spring's context cache is left alone").isEmpty();

        System.setProperty(FreshContextsUnderMutation.FRESH_CONTEXTS, "true");
        try {
            assertThat(FreshContextsUnderMutation.active()).isTrue();
            listener.afterTestClass(testContext(false, marked));
            assertThat(marked).as("no context loaded (none, or it failed): nothing to close").isEmpty();
            listener.afterTestClass(testContext(true, marked));
            assertThat(marked).containsExactly(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        } finally {
            System.clearProperty(FreshContextsUnderMutation.FRESH_CONTEXTS);
        }
        assertThat(listener.getOrder()).as("its afterTestClass runs after every other listener's")
                .isEqualTo(Ordered.HIGHEST_PRECEDENCE);
        assertThat(Files.readString(ROOT.resolve("mutation-testing/spring/resources/META-INF/spring.factories")))
                .contains(TestExecutionListener.class.getName() + "=" + FreshContextsUnderMutation.class.getName());
        // Its registration is on PIT's class path only, as the jqwik hook's is: a spring.factories left in boot3's
        // target/test-classes would name a class the next build without the profile no longer compiles, and no
        // Spring test would start.
        String boot3 = Files.readString(ROOT.resolve("core/spring-boot-test/boot3/pom.xml"));
        String resources = "${maven.multiModuleProjectDirectory}/mutation-testing/spring/resources";
        assertThat(boot3).contains("<additionalClasspathElement>" + resources + "</additionalClasspathElement>",
                        "<additionalClasspathElements combine.children=\"append\">")
                .doesNotContain("<directory>" + resources + "</directory>");
    }

    // The jqwik hook.

    @Test
    void theHookDoesNothingOutsideMutationTesting() throws NoSuchMethodException {
        Method property = MutationTestingTest.class.getDeclaredMethod("theHookDoesNothingOutsideMutationTesting");
        assertThat(System.getProperty(PropertiesUnderMutation.MAX_TRIES)).isNull();
        assertThat(new PropertiesUnderMutation().appliesTo(Optional.of(property))).isFalse();

        System.setProperty(PropertiesUnderMutation.MAX_TRIES, "100");
        try {
            assertThat(new PropertiesUnderMutation().appliesTo(Optional.of(property))).isTrue();
            assertThat(new PropertiesUnderMutation().appliesTo(Optional.of(MutationTestingTest.class))).isFalse();
            assertThat(new PropertiesUnderMutation().appliesTo(Optional.empty())).isFalse();
        } finally {
            System.clearProperty(PropertiesUnderMutation.MAX_TRIES);
        }
    }

    /**
     * The hook is registered with jqwik on PIT's class path only. A registration copied into a module's
     * {@code target/test-classes} would outlive the profile: the next build without it recompiles the tests without
     * the hook's class, jqwik finds a registration it cannot load and stops loading its own hooks, so its statistics
     * fail with {@code CannotFindStore} (CI's JDK 25 pass did, after the mutation pass).
     */
    @Test
    void theHooksRegistrationIsOnPitsClassPathOnlyNeverInTheTestOutput() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String resources = "${maven.multiModuleProjectDirectory}/mutation-testing/jqwik/resources";
        assertThat(pom).contains("<additionalClasspathElement>" + resources + "</additionalClasspathElement>")
                .doesNotContain("<directory>" + resources + "</directory>")
                .doesNotContain("<id>mutation-jqwik-resources</id>");
        assertThat(Files.readString(ROOT.resolve(
                "mutation-testing/jqwik/resources/META-INF/services/net.jqwik.api.lifecycle.LifecycleHook")).strip())
                .isEqualTo(PropertiesUnderMutation.class.getName());
    }

    @Test
    void underMutationTestingTriesAreCappedTheSeedFixedAndShrinkingOff() {
        Attributes manyTries = new Attributes();
        manyTries.setTries(2000);
        PropertiesUnderMutation.adjust(manyTries, 100, "19");
        assertThat(manyTries.tries).isEqualTo(100);
        assertThat(manyTries.seed).isEqualTo("19");
        assertThat(manyTries.shrinking).isEqualTo(ShrinkingMode.OFF);

        Attributes fewTries = new Attributes();
        fewTries.setTries(30);
        fewTries.setSeed("42");
        PropertiesUnderMutation.adjust(fewTries, 100, "19");
        assertThat(fewTries.tries).as("a property's own smaller number").isEqualTo(30);
        assertThat(fewTries.seed).as("a seed the property pins").isEqualTo("42");

        Attributes defaults = new Attributes();
        defaults.setSeed("");
        PropertiesUnderMutation.adjust(defaults, 100, "19");
        assertThat(defaults.tries).as("jqwik's default of 1000 tries, capped").isEqualTo(100);
        assertThat(defaults.seed).isEqualTo("19");

        Attributes exhaustive = new Attributes();
        exhaustive.setGeneration(GenerationMode.EXHAUSTIVE);
        exhaustive.setTries(5000);
        PropertiesUnderMutation.adjust(exhaustive, 100, "19");
        assertThat(exhaustive.tries).as("fewer tries would change what an exhaustive property checks").isEqualTo(5000);
    }

    /** Property attributes as jqwik holds them: each one absent until set. */
    private static final class Attributes implements PropertyAttributes {
        Integer tries;
        String seed;
        ShrinkingMode shrinking;
        GenerationMode generation;

        @Override
        public Optional<Integer> tries() {
            return Optional.ofNullable(tries);
        }

        @Override
        public Optional<Integer> maxDiscardRatio() {
            return Optional.empty();
        }

        @Override
        public Optional<ShrinkingMode> shrinking() {
            return Optional.ofNullable(shrinking);
        }

        @Override
        public Optional<GenerationMode> generation() {
            return Optional.ofNullable(generation);
        }

        @Override
        public Optional<AfterFailureMode> afterFailure() {
            return Optional.empty();
        }

        @Override
        public Optional<EdgeCasesMode> edgeCases() {
            return Optional.empty();
        }

        @Override
        public Optional<String> stereotype() {
            return Optional.empty();
        }

        @Override
        public Optional<String> seed() {
            return Optional.ofNullable(seed);
        }

        @Override
        public Optional<FixedSeedMode> whenFixedSeed() {
            return Optional.empty();
        }

        @Override
        public void setTries(Integer tries) {
            this.tries = tries;
        }

        @Override
        public void setMaxDiscardRatio(Integer maxDiscardRatio) {
            throw new UnsupportedOperationException("not changed by the hook");
        }

        @Override
        public void setShrinking(ShrinkingMode shrinking) {
            this.shrinking = shrinking;
        }

        @Override
        public void setGeneration(GenerationMode generation) {
            this.generation = generation;
        }

        @Override
        public void setAfterFailure(AfterFailureMode afterFailure) {
            throw new UnsupportedOperationException("not changed by the hook");
        }

        @Override
        public void setEdgeCases(EdgeCasesMode edgeCases) {
            throw new UnsupportedOperationException("not changed by the hook");
        }

        @Override
        public void setStereotype(String stereotype) {
            throw new UnsupportedOperationException("not changed by the hook");
        }

        @Override
        public void setSeed(String seed) {
            this.seed = seed;
        }

        @Override
        public void setWhenFixedSeed(FixedSeedMode whenFixedSeed) {
            throw new UnsupportedOperationException("not changed by the hook");
        }
    }
}
