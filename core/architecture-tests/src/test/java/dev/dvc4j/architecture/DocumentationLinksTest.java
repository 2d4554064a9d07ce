package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every link in the repository's Markdown files resolves inside the repository: a relative link names a file or
 * folder that exists, and a {@code #fragment} names a heading of that page (as GitHub makes heading anchors). No
 * link leaves for a workspace outside the repository.
 */
class DocumentationLinksTest {

    private static final Path ROOT = BuildLayoutTest.ROOT;
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        String rel = ROOT.relativize(p).toString().replace('\\', '/');
                        return !rel.contains("/target/") && !rel.startsWith("target/") && !rel.startsWith(".")
                                && !rel.contains("/node_modules/") && !rel.contains("/.");
                    })
                    .sorted().toList();
        }
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> out = new HashSet<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (inFence || !m.matches()) {
                continue;
            }
            String text = m.group(1).replaceAll("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String slug = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            String candidate = slug;
            for (int i = 1; !out.add(candidate); i++) {
                candidate = slug + "-" + i;
            }
        }
        return out;
    }

    @Test
    void everyRelativeLinkAndAnchorResolvesInsideTheRepository() throws IOException {
        List<Path> pages = markdownFiles();
        assertThat(pages).extracting(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                .contains("README.md", "BENCHMARKS.md", "docs/README.md", "docs/RELIABILITY.md", "examples/README.md");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            boolean inFence = false;
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (FENCE.matcher(line).find()) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                        continue; // https:, mailto: — outside by design
                    }
                    checked++;
                    String where = ROOT.relativize(page) + ":" + (n + 1) + " → " + target;
                    int hash = target.indexOf('#');
                    String file = hash < 0 ? target : target.substring(0, hash);
                    String fragment = hash < 0 ? null : target.substring(hash + 1);
                    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                    if (!resolved.startsWith(ROOT)) {
                        broken.add(where + " (outside the repository)");
                    } else if (!Files.exists(resolved)) {
                        broken.add(where + " (no such file)");
                    } else if (fragment != null && resolved.toString().endsWith(".md")
                            && !anchors(resolved).contains(fragment)) {
                        broken.add(where + " (no such heading)");
                    }
                }
            }
        }
        assertThat(checked).as("links checked").isGreaterThan(50);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() throws IOException {
        Path page = Files.createTempFile("anchors", ".md");
        try {
            Files.writeString(page, "# Read limits and strictness\n## `dvc4j report`: the report\n## Giờ làm việc\n"
                    + "```\n# not a heading\n```\n## Read limits and strictness\n");
            assertThat(anchors(page)).containsExactlyInAnyOrder("read-limits-and-strictness", "dvc4j-report-the-report",
                    "giờ-làm-việc", "read-limits-and-strictness-1");
        } finally {
            Files.delete(page);
        }
    }
}
