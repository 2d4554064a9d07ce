package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.spi.ExtensionPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documentation's table of extension points lists every point of every artifact, with its type and kind. */
class ExtensionPointTableTest {

    private static final Path DOC = Path.of("../../docs/EXTENDING.md");

    /** Table rows by point id: the row's cells. */
    static Map<String, String[]> rows() throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\|(.*)\\|$").matcher(Files.readString(DOC));
        while (m.find()) {
            out.put(m.group(1), m.group(2).split("\\|"));
        }
        return out;
    }

    @Test
    void everyPointIsInTheTableWithItsTypeKindAndVersion() throws IOException {
        Map<String, String[]> rows = rows();
        for (ExtensionPoint<?> p : OverrideEveryPointTest.allPoints()) {
            assertThat(rows).as("docs/EXTENDING.md lists " + p.id()).containsKey(p.id());
            String[] cells = rows.get(p.id());
            assertThat(cells[0].trim()).as(p.id() + " type").isEqualTo("`" + p.type().getSimpleName() + "`");
            assertThat(cells[1].trim()).as(p.id() + " kind").startsWith(p.kind() == ExtensionPoint.Kind.SINGLE ? "single" : "keyed");
            assertThat(cells[cells.length - 1].trim()).as(p.id() + " since").isEqualTo(p.since());
        }
    }

    @Test
    void theTableListsNoPointThatDoesNotExist() throws IOException {
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(
                OverrideEveryPointTest.allPoints().stream().map(ExtensionPoint::id).toList());
    }
}
