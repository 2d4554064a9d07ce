package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs)
 * loads the page from a file, with the network features off, dumps the DOM it built and takes a screenshot, kept as
 * {@code examples/target/report-screenshot.png}. Where no Chromium is installed the test is skipped with a message
 * saying how to install it, except on CI ({@code CI=true}), where that is a failure.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target");

    static Optional<Path> chromium() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("DVC4J_CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static String run(Path browser, Path profile, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile(OUT, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 120 s: " + cmd);
        }
        assertThat(p.exitValue()).as("Chromium's exit code; its log: %s", log.toAbsolutePath()).isZero();
        try {
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
        }
    }

    @Test
    void theHtmlReportRendersInHeadlessChromium() throws Exception {
        Optional<Path> browser = chromium();
        if (browser.isEmpty()) {
            String how = "no Chromium at /usr/bin/chromium (or DVC4J_CHROMIUM): install Debian's package with"
                    + " 'apt-get install -y chromium' (.ci/run does) to render the HTML report in a browser";
            if ("true".equals(System.getenv("CI"))) {
                fail("On CI " + how);
            }
            Assumptions.abort("Skipped: " + how);
        }
        Files.createDirectories(OUT);
        Path html = OUT.resolve("report-browser.html").toAbsolutePath();
        Cli.Run r = Cli.run("report", "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path profile = Files.createTempDirectory("dvc4j-chromium");
        try {
            Path log = OUT.resolve("chromium.log");
            String dom = run(browser.get(), profile, log, "--dump-dom", html.toUri().toString());
            // the DOM the browser built: the page's sections, both charts as SVG, the ranking table
            assertThat(dom).contains("<html lang=\"vi\">", "Báo cáo thống kê dịch vụ công", "id=\"summary-table\"",
                    "id=\"trends\"", "id=\"ranking\"", "<circle", "<polyline", "id=\"ranking-table\"",
                    "Tỷ lệ hồ sơ đúng hạn theo thủ tục, xếp hạng theo cận dưới");
            assertThat(dom.split("<tr>", -1).length - 1).as("table rows").isGreaterThan(10);

            Path shot = OUT.resolve("report-screenshot.png").toAbsolutePath();
            Files.deleteIfExists(shot);
            run(browser.get(), profile, log, "--window-size=1100,2600", "--screenshot=" + shot, html.toUri().toString());
            BufferedImage png = ImageIO.read(shot.toFile());
            assertThat(png.getWidth()).isEqualTo(1100);
            assertThat(png.getHeight()).isEqualTo(2600);
            // drawn, not blank: many colours, the rate's blue and the on-time line's orange among them
            Set<Integer> colours = new HashSet<>();
            boolean blue = false;
            boolean orange = false;
            for (int y = 0; y < png.getHeight(); y += 2) {
                for (int x = 0; x < png.getWidth(); x += 2) {
                    int rgb = png.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    blue |= near(rgb, 0x1f6fb2);
                    orange |= near(rgb, 0xd9730d);
                }
            }
            assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
            assertThat(blue).as("the ranking's and trend's blue").isTrue();
            assertThat(orange).as("the on-time trend's orange").isTrue();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in the temporary directory is harmless
            }
        }
    }

    private static boolean near(int rgb, int target) {
        int dr = ((rgb >> 16) & 255) - ((target >> 16) & 255);
        int dg = ((rgb >> 8) & 255) - ((target >> 8) & 255);
        int db = (rgb & 255) - (target & 255);
        return dr * dr + dg * dg + db * db < 12 * 12;
    }
}
