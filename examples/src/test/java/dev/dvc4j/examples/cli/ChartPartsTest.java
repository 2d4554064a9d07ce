package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pieces the report's outputs are made of: axes, wrapping, escaping, SVG, the JSON order guard. */
class ChartPartsTest {

    @Test
    void theAxisZoomsToTheValuesWithinZeroToHundred() {
        assertThat(ReportCharts.axis(93.61, 98.90)).containsExactly(93, 99, 1);
        assertThat(ReportCharts.axis(46.9, 97.6)).containsExactly(40, 100, 10);
        assertThat(ReportCharts.axis(0, 3)).containsExactly(0, 3, 0.5);
        // a single value still gets an axis around it, never beyond 100
        double[] one = ReportCharts.axis(100, 100);
        assertThat(one[1]).isEqualTo(100);
        assertThat(one[0]).isLessThan(100);
    }

    @Test
    void wrappingKeepsEveryWordAndTheWidth() {
        SvgCanvas c = new SvgCanvas(100, 100);
        String text = "Ordered by the lower bound so that a group with few dossiers cannot top the table by chance";
        List<String> lines = ReportCharts.wrap(c, text, 12, 200);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> assertThat(c.textWidth(l, 12, false)).isLessThanOrEqualTo(200));
        assertThat(ReportCharts.wrap(c, "short", 12, 200)).containsExactly("short");
    }

    @Test
    void svgTextIsEscaped_andTheElementHasATitle() {
        SvgCanvas c = new SvgCanvas(300, 100);
        c.text(10, 20, "A < B & \"C\"", 12, "#000000", ChartCanvas.Anchor.END, true);
        c.circle(5, 5, 2, "#ff0000", "tip <1>");
        String svg = c.svg("x", "Title & more");
        assertThat(svg).contains(">A &lt; B &amp; &quot;C&quot;</text>", "text-anchor=\"end\"", "font-weight=\"bold\"",
                "<title>tip &lt;1&gt;</title>", "<title id=\"x-title\">Title &amp; more</title>", "viewBox=\"0 0 300 100\"");
        assertThat(Html.escape("it's")).isEqualTo("it&#39;s");
        assertThat(Html.escape("plain")).isEqualTo("plain");
    }

    @Test
    void jsonOutputRefusesMapsAndSetsWithoutAFixedOrder() {
        Map<String, Object> unordered = new HashMap<>(Map.of("a", 1, "b", 2));
        assertThatThrownBy(() -> Dvc4jSubcommand.requireOrdered(Map.of("x", List.of(unordered)), "$"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("$.x[0]");
        assertThatThrownBy(() -> Dvc4jSubcommand.requireOrdered(Set.of("a", "b"), "$"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ordered set");
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("b", new TreeMap<>(Map.of("z", 1, "y", 2)));
        ordered.put("a", List.of(Map.of("only", 1)));
        Dvc4jSubcommand.requireOrdered(ordered, "$"); // no exception: insertion order, sorted, a single entry
        assertThat(Dvc4jSubcommand.object("b", 1, "a", 2).keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> Dvc4jSubcommand.object("odd")).isInstanceOf(IllegalArgumentException.class);
    }
}
