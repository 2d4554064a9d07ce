package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The cutting of a stream into blocks of whole lines, against a plain model: the blocks, read in order, give the
 * input back without its byte order mark and without the lines too long to hold, each of which stands as a marker
 * with the column where it passed the limit; every block but the last ends just after a line break; lines up to the
 * limit (plus a carriage return) are never dropped, whatever the block size and however the stream hands out its
 * bytes (a few at a time, or none); every byte read is reported to the progress listener.
 */
class LineBlocksTest {

    /** A stream that hands out at most {@code most} bytes per read and, every third read, none. */
    static InputStream trickle(byte[] bytes, int most) {
        return new InputStream() {
            private int at;
            private int calls;

            @Override
            public int read() {
                return at < bytes.length ? bytes[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= bytes.length) {
                    return -1;
                }
                if (++calls % 3 == 0) {
                    return 0;
                }
                int n = Math.min(Math.min(len, most), bytes.length - at);
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    record Cut(byte[] kept, List<Integer> markers, long progress, int blocks) {
    }

    static Cut cut(InputStream in, int blockBytes, int maxLine) throws IOException {
        AtomicLong progress = new AtomicLong();
        LineBlocks blocks = new LineBlocks(in, blockBytes, maxLine, progress::addAndGet);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        List<Integer> markers = new ArrayList<>();
        BlockIngest.Block b = new BlockIngest.Block();
        long seq = 0;
        while (blocks.fill(b)) {
            assertThat(b.seq).isEqualTo(seq++);
            if (b.tooLongColumn > 0) {
                assertThat(b.to).isEqualTo(b.from);
                markers.add(b.tooLongColumn);
                continue;
            }
            kept.write(b.buf, b.from, b.to - b.from);
            if (!blocks.exhausted()) {
                assertThat(b.to).as("a block ends after a line break").isGreaterThan(b.from);
                assertThat(b.buf[b.to - 1]).as("a block ends after a line break").isEqualTo((byte) '\n');
            }
        }
        // At the end the block is left as it was.
        BlockIngest.Block after = new BlockIngest.Block();
        assertThat(blocks.fill(after)).isFalse();
        assertThat(after.buf).isNull();
        assertThat(blocks.exhausted()).isTrue();
        return new Cut(kept.toByteArray(), markers, progress.get(), (int) seq);
    }

    /** The model: the input without a leading BOM and without the lines (bytes before '\n') longer than the limit + 1. */
    static Cut model(byte[] input, int maxLine) {
        int from = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        List<Integer> markers = new ArrayList<>();
        int i = from;
        while (i < input.length) {
            int nl = i;
            while (nl < input.length && input[nl] != '\n') {
                nl++;
            }
            int end = Math.min(input.length, nl + 1);
            if (nl - i > maxLine + 1) {
                markers.add(1 + Utf8.codePoints(input, i, i + maxLine));
            } else {
                kept.write(input, i, end - i);
            }
            i = end;
        }
        return new Cut(kept.toByteArray(), markers, input.length, 0);
    }

    static void agrees(byte[] input, int blockBytes, int maxLine, int most) throws IOException {
        Cut got = cut(trickle(input, most), blockBytes, maxLine);
        Cut expected = model(input, maxLine);
        String as = new String(input, StandardCharsets.UTF_8).replace("\n", "⏎") + " / block " + blockBytes + " / max "
                + maxLine + " / reads of " + most;
        assertThat(got.progress()).as(as).isEqualTo(input.length);
        // A line longer than the limit + 1 is dropped only if it does not fit in the block it starts in; the rest of
        // the reader refuses it by its length then. So: what is kept is the model's text plus, at most, whole long lines.
        assertThat(got.markers().size()).as(as).isLessThanOrEqualTo(expected.markers().size());
        if (blockBytes >= input.length + 1) {
            // Everything fits in one block: nothing is dropped.
            assertThat(got.markers()).as(as).isEmpty();
        }
        if (got.markers().size() == expected.markers().size()) {
            assertThat(new String(got.kept(), StandardCharsets.UTF_8)).as(as)
                    .isEqualTo(new String(expected.kept(), StandardCharsets.UTF_8));
            assertThat(got.markers()).as(as).isEqualTo(expected.markers());
        }
    }

    @Test
    void blocksGiveTheInputBackWhateverTheBlockSizeAndTheReads() throws IOException {
        Random r = new Random(5);
        String[] pieces = {"", "a", "ắ", "😀", "abc", "x".repeat(9), "y".repeat(10), "z".repeat(11), "\r", "w".repeat(12) + "\r",
            "v".repeat(30)};
        for (int n = 0; n < 400; n++) {
            StringBuilder sb = new StringBuilder(n % 7 == 0 ? "\uFEFF" : "");
            int lines = r.nextInt(6);
            for (int l = 0; l < lines; l++) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(pieces[r.nextInt(pieces.length)]);
                if (l < lines - 1 || r.nextBoolean()) {
                    sb.append('\n');
                }
            }
            byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
            for (int blockBytes : new int[] {1, 2, 3, 8, 10, 11, 12, 13, 16, 64}) {
                agrees(input, blockBytes, 10, 1 + r.nextInt(9));
            }
        }
    }

    @Test
    void aLineOfTheLimitPlusACarriageReturnIsKeptAndOneByteMoreIsDropped() throws IOException {
        for (int blockBytes = 1; blockBytes <= 24; blockBytes++) {
            for (int most : new int[] {1, 4, 100}) {
                for (int len = 0; len <= 11; len++) {
                    String line = "a".repeat(len);
                    Cut c = cut(trickle((line + "\nok\n").getBytes(StandardCharsets.UTF_8), most), blockBytes, 10);
                    assertThat(c.markers()).as("%d bytes, block %d", len, blockBytes).isEmpty();
                    assertThat(new String(c.kept(), StandardCharsets.UTF_8)).isEqualTo(line + "\nok\n");
                }
                // 12 bytes (> 10 + 1): dropped when the block cannot hold it with its line break.
                Cut c = cut(trickle(("b".repeat(12) + "\nok\n").getBytes(StandardCharsets.UTF_8), most), blockBytes, 10);
                if (blockBytes < 13) {
                    assertThat(c.markers()).as("block %d", blockBytes).containsExactly(11);
                    assertThat(new String(c.kept(), StandardCharsets.UTF_8)).isEqualTo("ok\n");
                } else {
                    assertThat(c.markers()).isEmpty();
                }
            }
        }
    }

    @Test
    void aDroppedLinesColumnCountsCharactersAndItsRestIsSkippedToTheLineBreak() throws IOException {
        String line = "ắ".repeat(8) + "x".repeat(50);
        Cut c = cut(trickle((line + "\nnext\n" + line).getBytes(StandardCharsets.UTF_8), 7), 8, 12);
        // 12 bytes are 4 characters of three bytes: the limit is passed at the 5th.
        assertThat(c.markers()).containsExactly(5, 5);
        assertThat(new String(c.kept(), StandardCharsets.UTF_8)).isEqualTo("next\n");
        assertThat(c.progress()).isEqualTo((line + "\nnext\n" + line).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void onlyALeadingByteOrderMarkIsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(cut(new ByteArrayInputStream(bom), 16, 10).kept()).isEmpty();
        assertThat(cut(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB}), 16, 10).kept())
                .containsExactly(0xEF, 0xBB);
        byte[] twice = "\uFEFF\uFEFFa\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(cut(new ByteArrayInputStream(twice), 16, 10).kept(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa\n");
        assertThat(new String(cut(new ByteArrayInputStream("a\uFEFF\n".getBytes(StandardCharsets.UTF_8)), 2, 10).kept(),
                StandardCharsets.UTF_8)).isEqualTo("a\uFEFF\n");
        // Whatever the block size asked for, a first block holds the three bytes of a mark.
        for (int blockBytes = 1; blockBytes <= 4; blockBytes++) {
            assertThat(new String(cut(trickle("\uFEFFab\n".getBytes(StandardCharsets.UTF_8), 1), blockBytes, 10).kept(),
                    StandardCharsets.UTF_8)).as("%d", blockBytes).isEqualTo("ab\n");
        }
        // An empty input is one empty block.
        Cut empty = cut(new ByteArrayInputStream(new byte[0]), 16, 10);
        assertThat(empty.blocks()).isEqualTo(1);
        assertThat(empty.kept()).isEmpty();
    }
}
