package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.stats.internal.FormatProbe.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the first lines of an input tell: each well-formed object votes (a dossier has {@code events}, a fact only fact
 * keys), the majority decides, a tie goes to the first telling line, and only the first lines, of at most the
 * longest line looked at, count. {@code F} stands for a fact line, {@code D} for a dossier line, {@code U} for a line
 * that tells nothing, {@code _} for a line of spaces, {@code e} for an empty line and {@code L} for a fact line longer
 * than the limit.
 */
class FormatProbeTest {

    static final String FACT = "{\"channel\":\"online\",\"status\":{\"nested\":[1,{\"a\":2}]}}";
    static final String DOSSIER = "{\"id\":\"x\",\"events\":[{\"at\":1}]}";
    static final String[] NOTHING = {"[1]", "{\"colour\":1}", "{}", "{\"channel\":\"online\"} x", "{\"channel\":", "null",
        "{\"channel\":\"\u00ff\"}"};

    static Kind probe(String lines, int maxLine, int maxLines) throws IOException {
        StringBuilder text = new StringBuilder();
        int u = 0;
        for (char c : lines.toCharArray()) {
            text.append(switch (c) {
                case 'F' -> FACT;
                case 'D' -> DOSSIER;
                case 'U' -> NOTHING[u++ % NOTHING.length];
                case 'L' -> "{\"channel\":\"" + "x".repeat(maxLine) + "\"}";
                case 'e' -> "";
                default -> "  ";
            }).append('\n');
        }
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        // A byte that is not UTF-8 in the last NOTHING line.
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xC3 && (b[i + 1] & 0xFF) == 0xBF) {
                b[i] = (byte) 0xFF;
            }
        }
        return FormatProbe.probe(new ByteArrayInputStream(b), maxLine, maxLines);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "F, 200, 10, FACTS", "D, 200, 10, DOSSIERS", "U, 200, 10, UNKNOWN", "UUUUUUU, 200, 10, UNKNOWN", "'', 200, 10, UNKNOWN",
        "FFDDD, 200, 10, DOSSIERS", "DDFFF, 200, 10, FACTS", "FD, 200, 10, FACTS", "DF, 200, 10, DOSSIERS",
        "UUDF, 200, 10, DOSSIERS", "UUUUUUUF, 200, 10, FACTS",
        "FFDDD, 200, 2, FACTS", "FFDDD, 200, 4, FACTS", "FFDDD, 200, 5, DOSSIERS", "__FF_DDD, 200, 5, DOSSIERS",
        "UUDDF, 200, 3, DOSSIERS", "UUUF, 200, 3, UNKNOWN", "UUUF, 200, 4, FACTS",
        "LD, 200, 10, DOSSIERS", "LLD, 200, 3, DOSSIERS",
        "F, 52, 10, FACTS", "F, 51, 10, UNKNOWN", "FD, 51, 10, DOSSIERS",
        "eFDD, 200, 3, DOSSIERS", "eeFDD, 200, 3, DOSSIERS", "eDFF, 200, 10, FACTS", "FeeD, 200, 2, FACTS", "eeeeD, 200, 1, DOSSIERS"})
    void theTellingLinesVote(String lines, int maxLine, int maxLines, Kind expected) throws IOException {
        assertThat(probe(lines, maxLine, maxLines)).isEqualTo(expected);
    }
}
