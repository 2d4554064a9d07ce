package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every exported public method and constructor of every published artifact refuses {@code null} for each argument not
 * documented as optional ({@code @Nullable}) and names the parameter: a {@link NullPointerException} with its name, or
 * a typed dvc4j error whose text names it (a record's missing required field). The walk calls each with valid samples
 * for every other argument ({@link Samples}); instance methods are called on a sample of their class. Where the samples
 * alone are refused (a sample the executable finds invalid), a refusal naming the null parameter still passes, while any
 * other refusal is counted as inconclusive, and their number is bounded.
 *
 * <p>Left out, each for a reason: {@code equals(Object)} (null is a legal argument), abstract methods (what an
 * implementation accepts is the implementer's; the library's own implementations are walked as their classes), the
 * Spring configuration classes (the container calls them with its beans), and the Java compiler's own members of
 * enums and records.
 */
class NullHostileApiTest {

    /** Classes whose public methods are not an API for callers, with the reason. */
    private static final Set<String> NOT_CALLED_BY_HOSTS = Set.of(
            // Spring Boot instantiates these configuration classes and calls their bean methods with its own beans.
            "dev.dvc4j.spring.boot.autoconfigure");

    private static boolean nullable(Parameter p) {
        // a record's canonical constructor: the component's annotations (reflection drops a type annotation on a
        // nested type such as Index766.@Nullable Score from the derived parameter)
        Class<?> owner = p.getDeclaringExecutable().getDeclaringClass();
        if (owner.isRecord() && p.getDeclaringExecutable() instanceof Constructor<?> k
                && Arrays.equals(k.getParameterTypes(), Arrays.stream(owner.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getType).toArray())) {
            var component = owner.getRecordComponents()[Arrays.asList(k.getParameters()).indexOf(p)];
            for (Annotation a : component.getAnnotatedType().getAnnotations()) {
                if (a.annotationType().getSimpleName().equals("Nullable")) {
                    return true;
                }
            }
        }
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        for (Annotation a : p.getAnnotatedType().getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    static List<Class<?>> exportedClasses() throws ClassNotFoundException {
        Set<String> exported = new TreeSet<>();
        ModuleDescriptorsTest.dvc4jModules().forEach((n, m) -> m.descriptor().exports().stream()
                .filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source())));
        List<Class<?>> out = new ArrayList<>();
        for (var jc : Artifacts.classes()) {
            if (!exported.contains(jc.getPackageName()) || NOT_CALLED_BY_HOSTS.stream().anyMatch(jc.getPackageName()::startsWith)) {
                continue;
            }
            Class<?> c = Class.forName(jc.getName());
            if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || Modifier.isStatic(c.getModifiers())
                    || c.isInterface() || c.isEnum() || c.isRecord())) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean generated(Class<?> c, Executable e) {
        if (e.isSynthetic() || (e instanceof Method m && m.isBridge())) {
            return true;
        }
        if (c.isEnum() && e instanceof Method m && m.getName().equals("valueOf") && m.getParameterCount() == 1) {
            return true;
        }
        return e instanceof Method m && m.getName().equals("equals") && m.getParameterCount() == 1;
    }

    /** The sample arguments of an executable, or null if one has no sample. */
    private static Object[] samples(Executable e) {
        Parameter[] ps = e.getParameters();
        Object[] args = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            args[i] = Samples.of(e, i);
            if (args[i] == null) {
                return null;
            }
        }
        return args;
    }

    /** Whether the executable runs with every argument a valid sample: only then does a refusal of null mean much. */
    private static boolean runsWithSamples(Executable e, Object target) {
        Object[] args = samples(e);
        if (args == null) {
            return false;
        }
        try {
            e.setAccessible(true);
            if (e instanceof Constructor<?> k) {
                k.newInstance(args);
            } else {
                ((Method) e).invoke(Modifier.isStatic(e.getModifiers()) ? null : target, args);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return false;
        }
    }

    /** Calls an executable with one argument null; returns what is wrong, or null. */
    private static String check(Class<?> c, Executable e, int index, Object target) {
        Parameter[] ps = e.getParameters();
        Object[] args = samples(e);
        args[index] = null;
        String name = ps[index].getName();
        try {
            e.setAccessible(true);
            if (e instanceof Constructor<?> k) {
                k.newInstance(args);
            } else {
                ((Method) e).invoke(Modifier.isStatic(e.getModifiers()) ? null : target, args);
            }
            return "accepted null for \"" + name + "\"";
        } catch (InvocationTargetException ex) {
            Throwable t = ex.getCause();
            if (t instanceof NullPointerException || t instanceof dev.dvc4j.core.Dvc4jException) {
                String msg = String.valueOf(t.getMessage());
                return letters(msg).contains(letters(name)) ? null
                        : "refused null for \"" + name + "\" without naming it: " + t.getClass().getSimpleName() + ": " + msg;
            }
            return "refused null for \"" + name + "\" with " + t.getClass().getSimpleName() + ": " + t.getMessage();
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return "could not be called: " + ex;
        }
    }

    /** Lower-case letters only: "fullName" and "A citizen's full name" compare as "fullname". */
    private static String letters(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String signature(Class<?> c, Executable e, int index) {
        StringBuilder b = new StringBuilder(c.getName()).append(e instanceof Constructor ? ".<init>" : "." + e.getName()).append('(');
        Parameter[] ps = e.getParameters();
        for (int i = 0; i < ps.length; i++) {
            b.append(i == 0 ? "" : ", ").append(i == index ? "null " : "").append(ps[i].getType().getSimpleName());
        }
        return b.append(')').toString();
    }

    @Test
    void everyExportedCallRefusesNullWithTheParametersName() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> inconclusive = new ArrayList<>();
        int calls = 0;
        for (Class<?> c : exportedClasses()) {
            List<Executable> executables = new ArrayList<>();
            if (!java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                executables.addAll(List.of(c.getConstructors()));
            }
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == c) {
                    executables.add(m);
                }
            }
            Object target = Samples.of(c);
            for (Executable e : executables) {
                if (generated(c, e) || !Modifier.isPublic(e.getModifiers()) || Modifier.isAbstract(e.getModifiers())) {
                    continue;
                }
                if (!Modifier.isStatic(e.getModifiers()) && e instanceof Method && (target == null || !c.isInstance(target))) {
                    continue; // no sample of the class: its instance methods are reached through the other classes' tests
                }
                Parameter[] ps = e.getParameters();
                if (ps.length == 0 || Arrays.stream(ps).allMatch(p -> p.getType().isPrimitive() || nullable(p))) {
                    continue;
                }
                if (samples(e) == null) {
                    inconclusive.add(signature(c, e, -1) + ": no sample of an argument");
                    continue;
                }
                boolean baseline = runsWithSamples(e, target);
                for (int i = 0; i < ps.length; i++) {
                    if (ps[i].getType().isPrimitive() || nullable(ps[i])) {
                        continue;
                    }
                    calls++;
                    String p = check(c, e, i, target);
                    if (p == null) {
                        continue;
                    }
                    if (baseline || p.startsWith("accepted")) {
                        problems.add(signature(c, e, i) + ": " + p);
                    } else {
                        // the samples alone are refused, so a refusal other than the named null one proves nothing
                        inconclusive.add(signature(c, e, i) + ": " + p);
                    }
                }
            }
        }
        System.out.println("null-hostility: " + calls + " calls; " + inconclusive.size()
                + " executables not callable with the samples:");
        inconclusive.forEach(s -> System.out.println("  INCONCLUSIVE " + s));
        problems.forEach(s -> System.out.println("  PROBLEM " + s));
        assertThat(calls).as("calls made").isGreaterThan(500);
        assertThat(inconclusive.size()).as("executables the samples cannot call (%s)", inconclusive)
                .isLessThan(calls / 10);
        assertThat(problems).isEmpty();
    }
}
