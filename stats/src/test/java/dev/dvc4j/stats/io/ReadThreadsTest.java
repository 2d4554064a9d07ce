package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.DossierFacts;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The threads a parallel fold parses on: named after the reader and numbered from 1, and daemons. */
class ReadThreadsTest {

    /** Records the name of each thread that adds a fact, and whether it is a daemon. */
    static final class Threads implements Accumulator<DossierFacts, Threads, Set<String>> {
        private static final long serialVersionUID = 1L;
        final Set<String> names = new TreeSet<>();
        boolean allDaemons = true;

        @Override
        public Threads empty() {
            return new Threads();
        }

        @Override
        public synchronized void add(DossierFacts input) {
            names.add(Thread.currentThread().getName());
            allDaemons &= Thread.currentThread().isDaemon();
        }

        @Override
        public Threads merge(Threads other) {
            names.addAll(other.names);
            allDaemons &= other.allDaemons;
            return this;
        }

        @Override
        public Set<String> result() {
            return names;
        }
    }

    @Test
    void workersAreNamedDaemons() {
        String text = (FactsReaderPolicyTest.GOOD + "\n").repeat(500);
        for (int run = 0; run < 5; run++) {
            Threads acc = new Threads();
            ReadSummary s = FactsReader.jsonLines().threads(3).blockBytes(256).fold(new Utf8Input(text), acc);
            assertThat(s.accepted()).isEqualTo(500);
            assertThat(acc.result()).isNotEmpty().isSubsetOf("dvc4j-read-1", "dvc4j-read-2", "dvc4j-read-3");
            assertThat(acc.allDaemons).isTrue();
        }
        // On one thread, the calling thread parses.
        Threads one = new Threads();
        FactsReader.jsonLines().threads(1).fold(new Utf8Input(text), one);
        assertThat(one.result()).containsExactly(Thread.currentThread().getName());
    }

    /** The text's UTF-8 bytes as a stream. */
    static final class Utf8Input extends java.io.ByteArrayInputStream {
        Utf8Input(String text) {
            super(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
