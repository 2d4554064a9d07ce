package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader reuses its block buffers, so after the end of the input a buffer still holds the bytes of an earlier block.
 * A last line is read as it would be on its own, even when those stale bytes would complete it: here the earlier
 * block is a whole line, and the last line each of its proper prefixes, compared with the prefix read in a fresh
 * buffer.
 */
class StaleBytesTest {

    static final String LINE = "{\"code\":\"H42.1-\\u0110\\\"x\\\\\",\"sector\":\"Lĩnh vực 😀\",\"channel\":\"online\","
            + "\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\",\"level\":4,\"distanceKm\":-0,"
            + "\"legalMaxMinutes\":1440,\"feeBearing\":true,\"digitised\":false,\"resultDelivery\":null,"
            + "\"supplements\":[{\"requestedAt\":\"2026-02-14T08:00:00+07:00\",\"completedAt\":null},{\"requestedAt\":\"20260215080000\"}] }";

    @Test
    void eachPrefixOfALineIsRefusedWhateverFollowsItInTheBuffer() {
        byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
        FactsReader reader = FactsReader.jsonLines().threads(1).blockBytes(line.length + 1);
        assertThat(reader.read(new ByteArrayInputStream((LINE + "\n" + LINE).getBytes(StandardCharsets.UTF_8)), f -> { })
                .accepted()).isEqualTo(2);
        for (int k = 1; k < line.length; k++) {
            byte[] in = new byte[line.length + 1 + k];
            System.arraycopy(line, 0, in, 0, line.length);
            in[line.length] = '\n';
            System.arraycopy(line, 0, in, line.length + 1, k);
            ReadSummary s = reader.read(new ByteArrayInputStream(in), f -> { });
            String prefix = new String(Arrays.copyOf(line, k), StandardCharsets.UTF_8);
            assertThat(s.accepted()).as(prefix).isEqualTo(1);
            assertThat(s.malformed()).as(prefix).isEqualTo(1);
            // The same prefix read on its own, in a fresh buffer, is refused the same way.
            ReadProblem alone = reader.read(new ByteArrayInputStream(Arrays.copyOf(line, k)), f -> { }).problems().get(0);
            assertThat(alone.column()).as(prefix).isBetween(1L, k + 1L);
            assertThat(s.problems()).as(prefix).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.code()).isEqualTo(alone.code()).isIn("input.json", "input.utf8", "stats.read.value");
                assertThat(p.column()).isEqualTo(alone.column());
                assertThat(p.path()).isEqualTo(alone.path());
                assertThat(p.message()).isEqualTo(alone.message());
            });
        }
    }

    @Test
    void aLastLineOfSpacesIsBlankWhateverFollowsItInTheBuffer() {
        String line = " \t \t  " + FactsReaderPolicyTest.GOOD;
        FactsReader reader = FactsReader.jsonLines().threads(1).blockBytes(line.length() + 1);
        for (int k = 1; k <= 6; k++) {
            ReadSummary s = reader.read(new ByteArrayInputStream((line + "\n" + line.substring(0, k))
                    .getBytes(StandardCharsets.UTF_8)), f -> { });
            assertThat(List.of(s.lines(), s.accepted(), s.blank(), s.malformed())).as("%d", k).containsExactly(2L, 1L, 1L, 0L);
        }
    }

    static final String CSV_HEADER = "code,sector,channel,status,filedAt,level,feeBearing,supplements,distanceKm";
    static final String CSV_ROW = "\"H42,\"\"1\"\"\",Lĩnh vực 😀,online,processing,2026-02-13T16:00:00+07:00,4,true,"
            + "20260214080000/20260215080000;20260216080000/,120";

    @Test
    void eachPrefixOfACsvRowIsReadAsOnItsOwnWhateverFollowsItInTheBuffer() {
        byte[] row = CSV_ROW.getBytes(StandardCharsets.UTF_8);
        String head = CSV_HEADER + "\n";
        // Blocks of the header's size: the header, then the row alone (its block grown to hold it), then the prefix.
        FactsReader reader = FactsReader.csv().threads(1).blockBytes(head.length());
        assertThat(reader.read(new ByteArrayInputStream((head + CSV_ROW + "\n" + CSV_ROW).getBytes(StandardCharsets.UTF_8)),
                f -> { }).accepted()).isEqualTo(2);
        for (int k = 1; k < row.length; k++) {
            byte[] prefix = Arrays.copyOf(row, k);
            ReadSummary s = reader.read(new ByteArrayInputStream(concat(head + CSV_ROW + "\n", prefix)), f -> { });
            ReadSummary alone = reader.read(new ByteArrayInputStream(concat(head, prefix)), f -> { });
            String shown = new String(prefix, StandardCharsets.UTF_8);
            assertThat(s.accepted()).as(shown).isEqualTo(alone.accepted() + 1);
            assertThat(s.malformed()).as(shown).isEqualTo(alone.malformed());
            assertThat(s.problems()).as(shown).hasSameSizeAs(alone.problems());
            for (int i = 0; i < s.problems().size(); i++) {
                ReadProblem p = s.problems().get(i);
                ReadProblem q = alone.problems().get(i);
                assertThat(p.line()).isEqualTo(q.line() + 1);
                assertThat(List.of(p.column(), p.path(), p.code(), p.message()))
                        .isEqualTo(List.of(q.column(), q.path(), q.code(), q.message()));
            }
        }
    }

    static byte[] concat(String before, byte[] after) {
        byte[] b = before.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(b, b.length + after.length);
        System.arraycopy(after, 0, out, b.length, after.length);
        return out;
    }
}
