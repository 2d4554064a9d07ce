package dev.dvc4j.stats.beam.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadSummary;
import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** A value of a class a test's own loader loads too (top-level: a nested class would need its nest host). */
record Value(int n) implements Serializable {
}

class StatsSerializationTest {

    @Test
    void classesAreResolvedThroughTheThreadsContextLoaderFirst() throws Exception {
        byte[] bytes = StatsSerialization.toBytes(new Value(7));
        URL tests = Value.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        // A loader of its own copy of the test classes: the value decoded is of its class, not the default one.
        try (URLClassLoader own = new URLClassLoader(new URL[] {tests}, saved) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(Value.class.getName())) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }
        }) {
            thread.setContextClassLoader(own);
            Object decoded = StatsSerialization.fromBytes(bytes);
            assertThat(decoded.getClass().getClassLoader()).isSameAs(own);
            assertThat(decoded).hasToString("Value[n=7]");

            // A context loader that does not know the class, or none: the default resolution.
            thread.setContextClassLoader(new ClassLoader(null) { });
            assertThat(StatsSerialization.fromBytes(bytes)).isEqualTo(new Value(7));
            thread.setContextClassLoader(null);
            assertThat(StatsSerialization.fromBytes(bytes)).isEqualTo(new Value(7));
            assertThat(StatsSerialization.fromBytes(StatsSerialization.toBytes(ReadSummary.EMPTY)))
                    .isEqualTo(ReadSummary.EMPTY);
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
