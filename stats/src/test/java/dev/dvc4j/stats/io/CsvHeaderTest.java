package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadSummary;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CSV file's header: blank lines before it are counted, a file of blank lines has no header and no records, and a
 * header longer than the line limit stops the read at its line, however the input is cut into blocks.
 */
class CsvHeaderTest {

    static final String HEADER = "channel,status,filedAt";

    static ReadSummary read(FactsReader reader, String text) {
        return reader.read(new StringReader(text), f -> { });
    }

    @Test
    void blankLinesBeforeTheHeaderAreCountedAndNumbered() {
        ReadSummary s = read(FactsReader.csv(), "\n  \n" + HEADER + "\nonline,processing,2026-02-13T16:00:00+07:00\n"
                + "fax,processing,2026-02-13T16:00:00+07:00\n");
        assertThat(List.of(s.lines(), s.accepted(), s.malformed(), s.blank())).containsExactly(5L, 1L, 1L, 2L);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.path()).isEqualTo("channel");
        });
    }

    @Test
    void aFileOfBlankLinesHasNoRecords() {
        for (FactsReader r : List.of(FactsReader.csv(), FactsReader.csv().strict(), FactsReader.csv().blockBytes(1))) {
            ReadSummary s = read(r, "\n  \n\n");
            assertThat(List.of(s.lines(), s.accepted(), s.malformed(), s.blank())).containsExactly(3L, 0L, 0L, 3L);
            assertThat(s.problems()).isEmpty();
        }
        assertThat(read(FactsReader.csv(), "")).isEqualTo(new ReadSummary("", 0, 0, 0, 0, List.of()));
    }

    @Test
    void aHeaderOfExactlyTheLimitIsReadAndOneByteMoreStopsTheRead() {
        int max = HEADER.length();
        for (int block : new int[] {0, 16, 8}) {
            FactsReader exact = FactsReader.csv().limits(new ReadLimits(max, 1 << 20, 64, 1000, 100, 100)).blockBytes(block);
            ReadSummary s = read(exact, "\n\n\n" + HEADER + "\n");
            assertThat(List.of(s.lines(), s.blank())).as("block %d", block).containsExactly(4L, 3L);
            FactsReader shorter = FactsReader.csv().limits(new ReadLimits(max - 1, 1 << 20, 64, 1000, 100, 100)).blockBytes(block);
            for (int blanks = 0; blanks < 4; blanks += 3) {
                String text = "\n".repeat(blanks) + HEADER + "\n";
                int line = blanks + 1;
                assertThatThrownBy(() -> read(shorter, text)).as("block %d", block)
                        .isInstanceOf(FactsFormatException.class)
                        .hasMessage("Line " + line + ":" + max + ": The line is longer than " + (max - 1) + " bytes / Dòng "
                                + line + ":" + max + ": Dòng dài quá " + (max - 1) + " byte")
                        .satisfies(e -> assertThat(((FactsFormatException) e).problem().code()).isEqualTo("input.too-long"));
            }
        }
    }
}
