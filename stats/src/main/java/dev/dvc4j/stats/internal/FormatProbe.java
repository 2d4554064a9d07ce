package dev.dvc4j.stats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells dossier lines from fact lines by content: among the first lines, each well-formed JSON object whose keys say
 * what it is votes — one with {@code events} is a dossier, one whose keys are all fact fields is a fact — and the
 * majority decides (a tie: the first telling line). Lines that are malformed, too long or neither do not vote, so a
 * few bad lines at the top do not decide for the file.
 */
public final class FormatProbe {

    /** What the probe found. */
    public enum Kind {
        /** No line said. */
        UNKNOWN,
        /** Dossier facts. */
        FACTS,
        /** dvc4j dossiers. */
        DOSSIERS
    }

    private static final JsonFactory JSON = new JsonFactory();

    private FormatProbe() {
    }

    /**
     * Looks at the first lines of an input.
     *
     * @param in the input (not closed)
     * @param maxLine the longest line looked at, in bytes
     * @param maxLines how many non-blank lines to look at, at most
     * @return what most telling lines are
     * @throws IOException on a read error
     */
    public static Kind probe(InputStream in, int maxLine, int maxLines) throws IOException {
        LineBlocks blocks = new LineBlocks(in, 64 * 1024, maxLine, n -> { });
        BlockIngest.Block b = new BlockIngest.Block();
        int looked = 0;
        int dossiers = 0;
        int facts = 0;
        Kind first = Kind.UNKNOWN;
        while (looked < maxLines && blocks.fill(b)) {
            if (b.tooLongColumn > 0) {
                looked++;
                continue;
            }
            int i = b.from;
            while (i < b.to && looked < maxLines) {
                int nl = Utf8.indexOfNewline(b.buf, i, b.to);
                int end = nl < 0 ? b.to : nl;
                if (end - i <= maxLine && !blank(b.buf, i, end)) {
                    looked++;
                    Kind k = kind(b.buf, i, end);
                    if (k == Kind.DOSSIERS) {
                        dossiers++;
                    } else if (k == Kind.FACTS) {
                        facts++;
                    }
                    if (first == Kind.UNKNOWN) {
                        first = k;
                    }
                }
                i = nl < 0 ? b.to : nl + 1;
            }
        }
        return dossiers > facts ? Kind.DOSSIERS : facts > dossiers ? Kind.FACTS : first;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Kind kind(byte[] b, int from, int to) {
        if (Utf8.firstMalformed(b, from, to) >= 0) {
            return Kind.UNKNOWN;
        }
        try (JsonParser p = JSON.createParser(b, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Kind.UNKNOWN;
            }
            boolean events = false;
            boolean allFacts = true;
            int keys = 0;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                keys++;
                events |= "events".equals(name);
                allFacts &= FactField.byKey(name) != null;
                p.nextToken();
                p.skipChildren();
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return Kind.UNKNOWN;
            }
            return events ? Kind.DOSSIERS : allFacts && keys > 0 ? Kind.FACTS : Kind.UNKNOWN;
        } catch (IOException e) {
            return Kind.UNKNOWN;
        }
    }
}
