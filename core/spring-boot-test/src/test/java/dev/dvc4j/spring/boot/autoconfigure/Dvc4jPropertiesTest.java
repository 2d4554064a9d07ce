package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** The properties' defaults, what each setter keeps, and the one value refused. */
class Dvc4jPropertiesTest {

    @Test
    void defaults() {
        Dvc4jProperties p = new Dvc4jProperties();
        assertThat(p.getZone()).isEqualTo(Dvc4j.VIETNAM);
        assertThat(p.getDefaultLanguage()).isEqualTo("vi");
        assertThat(p.getCatalogue()).isNull();
        assertThat(p.getTariffs()).isEmpty();
        assertThat(p.getHolidays()).isEmpty();
        assertThat(p.isStrictReading()).isTrue();
        assertThat(p.getWeb().isProblemDetails()).isTrue();
        assertThat(p.getWeb().isLocaleResolver()).isTrue();
        assertThat(p.getWeb().getStatus()).isEmpty();
    }

    @Test
    void settersKeepWhatTheyAreGiven() {
        Dvc4jProperties p = new Dvc4jProperties();
        Resource r = new ByteArrayResource(new byte[0], "test");
        p.setZone(ZoneId.of("UTC"));
        p.setDefaultLanguage("en");
        p.setCatalogue(r);
        p.setTariffs(List.of(r));
        p.setHolidays(List.of(r, r));
        p.setStrictReading(false);
        p.getWeb().setProblemDetails(false);
        p.getWeb().setLocaleResolver(false);
        p.getWeb().setStatus(Map.of("x", 418));
        assertThat(p.getZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(p.getDefaultLanguage()).isEqualTo("en");
        assertThat(p.getCatalogue()).isSameAs(r);
        assertThat(p.getTariffs()).containsExactly(r);
        assertThat(p.getHolidays()).containsExactly(r, r);
        assertThat(p.isStrictReading()).isFalse();
        assertThat(p.getWeb().isProblemDetails()).isFalse();
        assertThat(p.getWeb().isLocaleResolver()).isFalse();
        assertThat(p.getWeb().getStatus()).containsExactly(Map.entry("x", 418));
        p.setDefaultLanguage("vi");
        assertThat(p.getDefaultLanguage()).isEqualTo("vi");
    }

    @Test
    void aDefaultLanguageOtherThanViOrEnIsRefusedAndTheOldOneKept() {
        Dvc4jProperties p = new Dvc4jProperties();
        for (String bad : new String[] {"fr", "VI", "", null}) {
            assertThatThrownBy(() -> p.setDefaultLanguage(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dvc4j.default-language must be vi or en, not " + bad);
        }
        assertThat(p.getDefaultLanguage()).isEqualTo("vi");
    }
}
