package dev.dvc4j.core.portal;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the national portal's payload reader with Jazzer. In every build
 * ({@code ./mvnw -B verify}) this runs in regression mode over the inputs kept under
 * {@code src/test/resources/dev/dvc4j/core/portal/PortalReaderFuzzTestInputs/}. A long run that searches for new
 * inputs:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -pl core/portal -am test -Dtest=PortalReaderFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
 * }</pre>
 *
 * <p>What must hold for any bytes: the lenient reader never throws, counts every element of {@code data[]} exactly
 * once as accepted or malformed, and every problem speaks plainly (the checks of
 * {@link HostilePayloadProperties#checkLenientRead(byte[])}).
 */
class PortalReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void aPayloadIsReadLenientlyWithExactCounts(byte[] input) {
        HostilePayloadProperties.checkLenientRead(input);
    }
}
