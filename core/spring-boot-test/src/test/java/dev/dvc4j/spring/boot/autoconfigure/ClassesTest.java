package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which optional artifacts the application has: a class present or not. */
class ClassesTest {

    @Test
    void aClassOnTheClassPathIsPresentAndAMissingOneIsNot() {
        assertThat(Classes.present("dev.dvc4j.postal.PostalCalculator")).isTrue();
        assertThat(Classes.present("dev.dvc4j.postal.NoSuchCalculator")).isFalse();
        assertThat(Classes.POSTAL).isTrue();
        assertThat(Classes.STATS).isTrue();
    }
}
