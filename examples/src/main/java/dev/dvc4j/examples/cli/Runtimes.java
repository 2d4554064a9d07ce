package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import java.time.LocalDate;

/** The dvc4j runtime the command line uses: every module on the class path, Vietnam's clock. */
final class Runtimes {

    private static volatile Dvc4j runtime;

    private Runtimes() {
    }

    /** @return the runtime, built once */
    static Dvc4j runtime() {
        Dvc4j r = runtime;
        if (r == null) {
            synchronized (Runtimes.class) {
                r = runtime;
                if (r == null) {
                    r = Dvc4j.builder().findAndRegisterModules().build();
                    runtime = r;
                }
            }
        }
        return r;
    }

    /** @return today in Vietnam, by the runtime's clock (with {@link #now()}, the command line's only readings of the time) */
    static LocalDate today() {
        return LocalDate.now(runtime().clock());
    }

    /** @return the current instant, by the runtime's clock */
    static java.time.Instant now() {
        return runtime().clock().instant();
    }
}
