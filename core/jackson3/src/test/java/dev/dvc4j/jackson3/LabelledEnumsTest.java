package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a new mapper: a Labelled enum is read by its wire name or old spelling, as a value and as a map key; one that
 * declares its own creator keeps it; an enum that is not Labelled is left to Jackson. Each test builds its own mapper:
 * a mapper caches the deserializer it found for a type, and the question asked is which one it finds.
 */
class LabelledEnumsTest {

    /** Labelled, with a creator of its own that reads "one" and "two" only. */
    enum OwnCreator implements Labelled {
        FIRST_ONE, SECOND_ONE;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }

        @JsonCreator
        static OwnCreator of(String s) {
            return s.equals("one") ? FIRST_ONE : s.equals("two") ? SECOND_ONE : null;
        }
    }

    /** Labelled, with an instance method that carries {@code @JsonCreator} (Jackson's creators are static). */
    enum InstanceAnnotated implements Labelled {
        FIRST_ONE;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }

        @JsonCreator
        InstanceAnnotated notACreator(String s) {
            return this;
        }
    }

    /** Not Labelled: Jackson reads it by constant name. */
    enum Plain {
        FIRST_ONE
    }

    /** Labelled, but not an enum. */
    record NotAnEnum(String name) implements Labelled {
        @Override
        public LocalizedText label() {
            return LocalizedText.of(name, name);
        }
    }

    @Test
    void aLabelledEnumIsReadByWireNameOrOldSpelling_asAValueAndAKey() {
        JsonMapper m = Dvc4jJson3.newMapper();
        assertThat(m.readValue("\"in-person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
        assertThat(m.readValue("\"in_person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
        assertThatThrownBy(() -> m.readValue("\"IN_PERSON\"", Channel.class)).hasMessageContaining("IN_PERSON");
        assertThatThrownBy(() -> m.readValue("1", Channel.class)).isInstanceOf(tools.jackson.core.JacksonException.class);
        Map<Channel, Integer> keys = m.readValue("{\"online\":1,\"in_person\":2}", new TypeReference<Map<Channel, Integer>>() { });
        assertThat(keys).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.ONLINE, 1, Channel.IN_PERSON, 2));
        assertThatThrownBy(() -> m.readValue("{\"by-pigeon\":1}", new TypeReference<Map<Channel, Integer>>() { }))
                .hasMessageContaining("by-pigeon");
    }

    @Test
    void anEnumWithItsOwnCreatorKeepsIt() {
        JsonMapper m = Dvc4jJson3.newMapper();
        assertThat(m.readValue("\"one\"", OwnCreator.class)).isEqualTo(OwnCreator.FIRST_ONE);
        assertThat(m.readValue("\"two\"", OwnCreator.class)).isEqualTo(OwnCreator.SECOND_ONE);
        Map<OwnCreator, Integer> keys = m.readValue("{\"one\":1}", new TypeReference<Map<OwnCreator, Integer>>() { });
        assertThat(keys).containsEntry(OwnCreator.FIRST_ONE, 1);
    }

    @Test
    void anInstanceMethodMarkedAsCreatorIsNoCreator_theEnumIsReadByWireName() {
        JsonMapper m = Dvc4jJson3.newMapper();
        assertThat(m.readValue("\"first-one\"", InstanceAnnotated.class)).isEqualTo(InstanceAnnotated.FIRST_ONE);
        assertThatThrownBy(() -> m.readValue("\"FIRST_ONE\"", InstanceAnnotated.class)).hasMessageContaining("FIRST_ONE");
    }

    @Test
    void theDeserializersSayWhichTypesTheyRead_LabelledEnumsWithoutACreatorOfTheirOwn() {
        tools.jackson.databind.deser.Deserializers d = dev.dvc4j.jackson3.internal.LabelledEnums3.deserializers();
        tools.jackson.databind.DeserializationConfig config = Dvc4jJson3.newMapper().deserializationConfig();
        assertThat(d.hasDeserializerFor(config, Channel.class)).isTrue();
        assertThat(d.hasDeserializerFor(config, InstanceAnnotated.class)).isTrue();
        assertThat(d.hasDeserializerFor(config, OwnCreator.class)).isFalse();
        assertThat(d.hasDeserializerFor(config, Plain.class)).isFalse();
        assertThat(d.hasDeserializerFor(config, NotAnEnum.class)).isFalse();
        assertThat(d.hasDeserializerFor(config, String.class)).isFalse();
    }

    @Test
    void anEnumThatIsNotLabelledIsReadByJacksonByConstantName() {
        JsonMapper m = Dvc4jJson3.newMapper();
        assertThat(m.readValue("\"FIRST_ONE\"", Plain.class)).isEqualTo(Plain.FIRST_ONE);
        assertThatThrownBy(() -> m.readValue("\"first-one\"", Plain.class)).isInstanceOf(tools.jackson.core.JacksonException.class);
        Map<Plain, Integer> keys = m.readValue("{\"FIRST_ONE\":1}", new TypeReference<Map<Plain, Integer>>() { });
        assertThat(keys).containsEntry(Plain.FIRST_ONE, 1);
    }
}
