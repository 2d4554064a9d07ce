package dev.dvc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.dvc4j.core.internal.json.StrictJson;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledTest {

    enum Colour implements Labelled {
        DEEP_RED("đỏ thẫm", "deep red"), BLUE("xanh", "blue");

        private final LocalizedText label;

        Colour(String vi, String en) {
            label = LocalizedText.of(vi, en);
        }

        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /** An enum with its own factory keeps it. */
    enum Size implements Labelled {
        SMALL, LARGE;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }

        @JsonCreator
        static Size of(String text) {
            return text.equals("S") ? SMALL : Labelled.findIgnoringCase(Size.class, text).orElseThrow();
        }
    }

    record Holder(Colour colour, Map<Colour, Integer> counts) {
    }

    @Test
    void wireNamesAreKebabCaseWithTheOldSnakeCaseSpellingRecorded() {
        assertThat(Colour.DEEP_RED.wireName()).isEqualTo("deep-red");
        assertThat(Colour.DEEP_RED.legacyWireName()).contains("deep_red");
        assertThat(Colour.BLUE.wireName()).isEqualTo("blue");
        assertThat(Colour.BLUE.legacyWireName()).isEmpty();
        assertThat(Labelled.acceptedNames(Colour.class)).isEqualTo("deep-red, blue");
        assertThat(Colour.DEEP_RED.wireName()).isSameAs(Colour.DEEP_RED.wireName());
    }

    @Test
    void lookUpIsExactOrIgnoresCaseAndSpacesWhenAskedTo() {
        assertThat(Labelled.find(Colour.class, "deep-red")).contains(Colour.DEEP_RED);
        assertThat(Labelled.find(Colour.class, "deep_red")).contains(Colour.DEEP_RED);
        assertThat(Labelled.find(Colour.class, "Deep-Red")).isEmpty();
        assertThat(Labelled.find(Colour.class, " deep-red")).isEmpty();
        assertThat(Labelled.find(Colour.class, "DEEP_RED")).isEmpty();
        assertThatThrownBy(() -> Labelled.find(Colour.class,
                null)).isInstanceOf(NullPointerException.class).hasMessage("wire");
        assertThat(Labelled.findIgnoringCase(Colour.class, " Deep-Red ")).contains(Colour.DEEP_RED);
        assertThat(Labelled.findIgnoringCase(Colour.class, "DEEP_RED")).contains(Colour.DEEP_RED);
        assertThat(Labelled.findIgnoringCase(Colour.class, "deep red")).isEmpty();
        assertThat(Labelled.fromWire(Colour.class, "blue")).isEqualTo(Colour.BLUE);
        assertThatThrownBy(() -> Labelled.fromWire(Colour.class, "green"))
                .isInstanceOfSatisfying(Dvc4jException.class, e -> {
                    assertThat(e.code()).isEqualTo("wire-name.unknown");
                    assertThat(e.text().en()).isEqualTo("Unknown value \"green\"; accepted: deep-red, blue");
                    assertThat(e.text().vi()).isEqualTo("Giá trị \"green\" không hợp lệ; các giá trị hợp lệ: deep-red, blue");
                });
    }

    @Test
    void jacksonWritesTheWireNameAndReadsBothSpellingsAsValuesAndKeys() throws Exception {
        var mapper = StrictJson.newMapper();
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        counts.put(Colour.DEEP_RED, 2);
        String json = mapper.writeValueAsString(new Holder(Colour.DEEP_RED, counts));
        assertThat(json).isEqualTo("{\"colour\":\"deep-red\",\"counts\":{\"deep-red\":2}}");
        assertThat(mapper.readValue(json, Holder.class)).isEqualTo(new Holder(Colour.DEEP_RED, counts));
        assertThat(mapper.readValue(json.replace("deep-red", "deep_red"), Holder.class))
                .isEqualTo(new Holder(Colour.DEEP_RED, counts));
        assertThatThrownBy(() -> mapper.readValue("\"green\"", Colour.class)).isInstanceOf(InvalidFormatException.class)
                .rootCause().hasMessageContaining("accepted: deep-red, blue");
        assertThatThrownBy(() -> mapper.readValue("{\"green\":1}", new TypeReference<Map<Colour, Integer>>() { }))
                .hasMessageContaining("green");
        assertThat(mapper.readValue("\"S\"", Size.class)).isEqualTo(Size.SMALL);
        assertThat(mapper.readValue("\"large\"", Size.class)).isEqualTo(Size.LARGE);
        assertThat(Optional.of(mapper.writeValueAsString(Size.LARGE))).contains("\"large\"");
    }
}
