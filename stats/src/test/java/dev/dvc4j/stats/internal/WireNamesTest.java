package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.stats.Feedback;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers' table of wire names, built afresh here (the readers' own tables are built once, when the class loads):
 * every constant of every labelled enum the facts carry is found by its wire name at any offset, by its old snake_case
 * spelling and in any case, and nothing else is found; a name one byte short or long is not the constant's.
 */
class WireNamesTest {

    static <E extends Enum<E> & Labelled> void everyNameIsFound(Class<E> type) {
        FactField.Names<E> names = new FactField.Names<>(type);
        for (E e : type.getEnumConstants()) {
            String wire = e.wireName();
            for (String spelling : List.of(wire, wire.replace('-', '_'), wire.toUpperCase(java.util.Locale.ROOT))) {
                for (int off = 0; off < 3; off++) {
                    byte[] b = ("xyz".substring(0, off) + spelling + "#").getBytes(StandardCharsets.UTF_8);
                    assertThat(names.find(b, off, spelling.length())).as("%s at %d", spelling, off).isSameAs(e);
                }
            }
            byte[] longer = (wire + "s").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> names.find(longer, 0, longer.length)).as(wire + "s")
                    .isInstanceOf(IllegalArgumentException.class);
            if (wire.length() > 1) {
                byte[] b = wire.getBytes(StandardCharsets.UTF_8);
                boolean shorterIsAnother = java.util.Arrays.stream(type.getEnumConstants())
                        .anyMatch(x -> x.wireName().equals(wire.substring(0, wire.length() - 1)));
                if (!shorterIsAnother) {
                    assertThatThrownBy(() -> names.find(b, 0, b.length - 1)).as(wire + " cut")
                            .isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
        byte[] none = "nothing-like-it".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> names.find(none, 0, none.length)).isInstanceOf(IllegalArgumentException.class);
        byte[] empty = new byte[0];
        assertThatThrownBy(() -> names.find(empty, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        byte[] huge = "x".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> names.find(huge, 0, huge.length)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyConstantOfEveryEnumIsFoundByItsNamesAndNothingElse() {
        everyNameIsFound(Channel.class);
        everyNameIsFound(DossierStatus.class);
        everyNameIsFound(OnlineMode.class);
        everyNameIsFound(Feedback.class);
        everyNameIsFound(ResultDelivery.class);
    }

    @Test
    void anOldSpellingIsFoundEveryTimeItIsRead() {
        FactField.Names<DossierStatus> names = new FactField.Names<>(DossierStatus.class);
        byte[] old = "result_returned".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertThat(names.find(old, 0, old.length)).isSameAs(DossierStatus.RESULT_RETURNED);
        }
    }
}
