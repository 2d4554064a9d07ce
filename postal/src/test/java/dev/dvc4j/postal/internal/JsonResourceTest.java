package dev.dvc4j.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.postal.PostalTariff;
import org.junit.jupiter.api.Test;

/** The bundled resources are read from the API package's folder, and a missing one is a plain error naming it. */
class JsonResourceTest {

    @Test
    void aBundledResourceIsReadEveryTimeItIsAskedFor() {
        PostalTariff read = Json.resource(BundledData.TARIFF_RESOURCE, PostalTariff.class);
        assertThat(read).isEqualTo(BundledData.tariff()).isNotSameAs(BundledData.tariff());
        assertThat(Json.resource(BundledData.REGIONS_RESOURCE, BundledData.RegionFile.class).regions()).isNotEmpty();
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> Json.resource("absent.json", PostalTariff.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing bundled resource dev/dvc4j/postal/absent.json");
    }
}
