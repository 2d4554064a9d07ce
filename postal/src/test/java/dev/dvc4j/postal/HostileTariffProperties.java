package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutation fuzzing of postal data: a tariff (or categories) or a {@link TariffFormatException} that speaks plainly. */
class HostileTariffProperties {

    private static String resource(String name) {
        try (InputStream in = PostalTariffs.class.getResourceAsStream("/dev/dvc4j/postal/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> hostileTariffs() {
        return HostileInputs.withDefaultLimits().of(List.of(resource("vnpost-bcci-2021.json")));
    }

    @Provide
    Arbitrary<byte[]> hostileCategories() {
        return HostileInputs.withDefaultLimits().of(List.of(resource("beneficiary-categories.json")));
    }

    @Property(tries = 250)
    void aHostileTariffIsReadOrRefusedPlainly(@ForAll("hostileTariffs") byte[] doc) {
        try {
            assertThat(PostalTariffs.load(new ByteArrayInputStream(doc))).isNotNull();
        } catch (TariffFormatException e) {
            HostileInputs.assertSpeaksPlainly(e);
        }
    }

    @Property(tries = 100)
    void hostileCategoriesAreReadOrRefusedPlainly(@ForAll("hostileCategories") byte[] doc) {
        try {
            assertThat(PostalTariffs.loadCategories(new ByteArrayInputStream(doc))).isNotNull();
        } catch (TariffFormatException e) {
            HostileInputs.assertSpeaksPlainly(e);
        }
    }
}
