package dev.dvc4j.mutation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs jqwik properties the way mutation testing needs them, and only there: PIT's test JVMs get the system property
 * {@value #MAX_TRIES} (the {@code mutation} profile sets it); every other run, the normal build's included, leaves
 * the properties exactly as written.
 *
 * <p>Under mutation testing a property runs once per mutant it covers, so it gets at most {@value #MAX_TRIES} tries
 * (its own number when that is smaller), a fixed seed ({@value #SEED}, unless the property pins one) so that two runs
 * kill the same mutants, and no shrinking: PIT needs to know that a property fails, not its smallest counterexample.
 * Exhaustive and data-driven properties keep their tries, since fewer would change what they check.
 *
 * <p>Registered for every property through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}; the
 * {@code mutation} profile adds this source root and that file to each module's tests.
 */
public final class PropertiesUnderMutation implements AroundPropertyHook {

    /** The system property holding the most tries a property gets under mutation testing. */
    public static final String MAX_TRIES = "dvc4j.mutation.jqwik.maxTries";

    /** The system property holding the seed of every property that pins none, under mutation testing. */
    public static final String SEED = "dvc4j.mutation.jqwik.seed";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return System.getProperty(MAX_TRIES) != null && element.filter(Method.class::isInstance).isPresent();
    }

    /** Inside {@code @PropertyDefaults} (proximity -10), so a container's default tries are capped too. */
    @Override
    public int aroundPropertyProximity() {
        return -5;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        adjust(context.attributes(), Integer.parseInt(System.getProperty(MAX_TRIES)), System.getProperty(SEED, "19"));
        return property.execute();
    }

    public static void adjust(PropertyAttributes attributes, int maxTries, String seed) {
        GenerationMode generation = attributes.generation().orElse(GenerationMode.AUTO);
        if (generation != GenerationMode.EXHAUSTIVE && generation != GenerationMode.DATA_DRIVEN) {
            attributes.setTries(Math.min(attributes.tries().orElse(maxTries), maxTries));
        }
        if (attributes.seed().filter(s -> !s.isEmpty()).isEmpty()) {
            attributes.setSeed(seed);
        }
        attributes.setShrinking(ShrinkingMode.OFF);
    }
}
