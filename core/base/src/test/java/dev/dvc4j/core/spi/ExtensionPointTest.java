package dev.dvc4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An extension point answers only the questions of its kind, and says what it is. */
class ExtensionPointTest {

    private static final LocalizedText TEXT = LocalizedText.of("Một điểm thử", "A test point");
    private static final ExtensionPoint<String> SINGLE = ExtensionPoint.single("test.single", String.class, "0.1",
            TEXT, x -> "default");
    private static final ExtensionPoint<String> KEYED = ExtensionPoint.keyed("test.keyed", String.class, "0.2", TEXT,
            s -> s.substring(0, 1), x -> List.of("alpha", "beta"));

    /** A runtime with no module: the points' defaults are computed against it. */
    private static final Extensions NONE = dev.dvc4j.core.Dvc4j.builder().build();

    @Test
    void saysWhatItIs() {
        assertThat(SINGLE.id()).isEqualTo("test.single");
        assertThat(SINGLE.type()).isEqualTo(String.class);
        assertThat(SINGLE.kind()).isEqualTo(ExtensionPoint.Kind.SINGLE);
        assertThat(SINGLE.since()).isEqualTo("0.1");
        assertThat(SINGLE.description()).isEqualTo(TEXT);
        assertThat(SINGLE).hasToString("test.single");
        assertThat(KEYED.kind()).isEqualTo(ExtensionPoint.Kind.KEYED);
        assertThat(KEYED.since()).isEqualTo("0.2");
    }

    @Test
    void eachKindAnswersItsOwnQuestions() {
        assertThat(SINGLE.defaultValue(NONE)).isEqualTo("default");
        assertThat(List.<String>copyOf(KEYED.defaultEntries(NONE))).containsExactly("alpha", "beta");
        assertThat(KEYED.keyOf("gamma")).isEqualTo("g");
        ExtensionPoint<String> noDefaults = ExtensionPoint.keyed("test.empty", String.class, "0.1", TEXT, s -> s);
        assertThat(noDefaults.defaultEntries(NONE)).isEmpty();
        assertThat(noDefaults.kind()).isEqualTo(ExtensionPoint.Kind.KEYED);
    }

    @Test
    void askingAPointOfTheOtherKindIsAnError() {
        assertThatThrownBy(() -> KEYED.defaultValue(NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension point test.keyed is KEYED, not SINGLE");
        assertThatThrownBy(() -> SINGLE.defaultEntries(NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension point test.single is SINGLE, not KEYED");
        assertThatThrownBy(() -> SINGLE.keyOf("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension point test.single is SINGLE, not KEYED");
        SINGLE.requireKind(ExtensionPoint.Kind.SINGLE);
        KEYED.requireKind(ExtensionPoint.Kind.KEYED);
    }

    @Test
    void nullDefaultsAreRefusedNamingThePoint() {
        ExtensionPoint<String> nullValue = ExtensionPoint.single("test.null", String.class, "0.1", TEXT, x -> null);
        assertThatThrownBy(() -> nullValue.defaultValue(NONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("the default of test.null is null");
        ExtensionPoint<String> nullEntries = ExtensionPoint.keyed("test.nulls", String.class, "0.1", TEXT, s -> s,
                x -> null);
        assertThatThrownBy(() -> nullEntries.defaultEntries(NONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("the defaults of test.nulls are null");
    }

    @Test
    void aModuleWithoutAVersionSaysSo() {
        Dvc4jModule module = new Dvc4jModule() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void setup(SetupContext context) {
                // nothing to contribute
            }
        };
        assertThat(module.version()).isEqualTo("unversioned");
        assertThat(module.priority()).isEqualTo(Dvc4jModule.PRIORITY_VENDOR);
    }
}
