package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksAllButFirstFourAndLastTwo() {
        assertThat(Masking.mask("079123456745")).isEqualTo("0791******45");
        assertThat(Masking.mask("0912345678")).isEqualTo("0912****78");
        assertThat(Masking.mask("1234567")).isEqualTo("1234*67");
        assertThat(Masking.mask("123456")).isEqualTo("******");
        assertThat(Masking.mask("")).isEmpty();
        assertThat(Masking.mask(null)).isEqualTo("null");
    }

    @Test
    void masksNamesKeepingInitials() {
        assertThat(Masking.maskName("Nguyễn Văn An")).isEqualTo("N***** V** A*");
        assertThat(Masking.maskName("  Lê   Thị  ")).isEqualTo("L* T**");
        assertThat(Masking.maskName(null)).isEqualTo("null");
    }
}
