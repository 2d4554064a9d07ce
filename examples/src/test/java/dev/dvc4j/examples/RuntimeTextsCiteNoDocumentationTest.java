package dev.dvc4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text dvc4j shows at run time and no data file it bundles names a documentation file (a Markdown file of the
 * repository, or the workspace outside it): exception messages, explanations such as a postal quote's, and data shown
 * to users cite the legal source or the data's provider instead, because the person reading them has no repository
 * at hand. Javadoc and comments may point to {@code docs/}; they do not reach the compiled classes.
 *
 * <p>The test reads every file of dvc4j's main outputs on this module's test class path (every published artifact and
 * the examples): resources as they are, classes as their bytes, whose constant pool holds every string literal of the
 * source and nothing of its comments.
 */
class RuntimeTextsCiteNoDocumentationTest {

    /** A Markdown file name ({@code REFERENCE.md}, {@code docs/DOMAIN.md}) or the workspace outside the repository. */
    static final Pattern DOCUMENTATION_FILE = Pattern.compile("[A-Za-z0-9_-]\\.md(?![A-Za-z0-9_])|\\.\\./shared/");

    /** A file of every dvc4j artifact, so a class path that lost one cannot pass unnoticed. */
    static final List<String> ONE_FILE_OF_EACH_ARTIFACT = List.of(
            "dev/dvc4j/core/Dvc4j.class",                                   // base
            "dev/dvc4j/core/internal/id/provinces.json",                   // base
            "dev/dvc4j/core/calendar/vn-holidays.json",                    // calendar
            "dev/dvc4j/core/dossier/Dossier.class",                        // dossier
            "dev/dvc4j/core/procedure/regime-vn-decree-42-2022.json",      // procedure
            "dev/dvc4j/core/portal/portal-codes.json",                     // portal
            "dev/dvc4j/postal/vnpost-bcci-2021.json",                      // postal
            "dev/dvc4j/postal/dossier/DossierPostage.class",               // postal-dossier
            "dev/dvc4j/stats/index766.json",                               // stats
            "dev/dvc4j/stats/beam/ReportTransform.class",                  // stats-beam
            "dev/dvc4j/testkit/DossierArbitraries.class",                  // testkit
            "dev/dvc4j/examples/vendor/ha-tinh-tariff.json");              // examples

    static boolean namesADocumentationFile(String text) {
        return DOCUMENTATION_FILE.matcher(text).find();
    }

    @Test
    void thePatternFindsDocumentationFilesAndNothingElse() {
        assertThat(namesADocumentationFile("as transcribed in dvc4j REFERENCE.md §6")).isTrue();
        assertThat(namesADocumentationFile("see docs/DOMAIN.md, \"Public postal service\"")).isTrue();
        assertThat(namesADocumentationFile("README.md")).isTrue();
        assertThat(namesADocumentationFile("(Đà Nẵng, BENCHMARKS.md)")).isTrue();
        assertThat(namesADocumentationFile("../shared/design/ARCHITECTURE")).isTrue();

        assertThat(namesADocumentationFile("Bảng giá VNPost công bố tại Đà Nẵng năm 2021 (VND per one-way leg)"))
                .isFalse();
        assertThat(namesADocumentationFile("Thông tư 22/2017/TT-BTTTT; Quyết định 45/2016/QĐ-TTg Art. 7")).isFalse();
        assertThat(namesADocumentationFile("vnpost-bcci-2021.json")).isFalse();
        assertThat(namesADocumentationFile("notes.mdx, a.md5, .md")).isFalse();
        assertThat(namesADocumentationFile("shared/design")).isFalse();
    }

    @Test
    void noRuntimeStringAndNoBundledDataFileNamesADocumentationFile() {
        Map<String, byte[]> files = dvc4jMainFiles();
        assertThat(files.keySet().stream().map(k -> k.substring(k.indexOf('!') + 1)))
                .as("files of the artifacts scanned")
                .containsAll(ONE_FILE_OF_EACH_ARTIFACT);

        List<String> offending = new ArrayList<>();
        files.forEach((name, bytes) -> {
            // ISO-8859-1 maps each byte to one character: UTF-8 data and the modified UTF-8 of a class's constants
            // keep their ASCII runs, which is all the pattern looks at.
            if (namesADocumentationFile(new String(bytes, StandardCharsets.ISO_8859_1))) {
                offending.add(name);
            }
        });
        assertThat(offending).as("classes and resources that name a documentation file").isEmpty();
    }

    private static boolean isMainJar(String name) {
        return name.startsWith("dvc4j-") && name.endsWith(".jar") && !name.endsWith("-tests.jar")
                && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
    }

    /**
     * The files under {@code dev/dvc4j} of the dvc4j main outputs on the class path: directories named {@code classes}
     * (as the reactor's {@code test} phase passes them) and dvc4j jars other than test, source and Javadoc jars (as
     * {@code verify} passes them).
     *
     * @return the bytes of each file, by {@code root!path}
     */
    static Map<String, byte[]> dvc4jMainFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path root = Path.of(entry);
            String name = root.getFileName() == null ? "" : root.getFileName().toString();
            try {
                if (Files.isDirectory(root) && name.equals("classes") && Files.isDirectory(root.resolve("dev/dvc4j"))) {
                    try (Stream<Path> walk = Files.walk(root.resolve("dev/dvc4j"))) {
                        for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                            files.put(entry + "!" + root.relativize(f).toString().replace(File.separatorChar, '/'),
                                    Files.readAllBytes(f));
                        }
                    }
                } else if (isMainJar(name) && Files.isRegularFile(root)) {
                    try (JarFile jar = new JarFile(root.toFile())) {
                        for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                            if (!e.isDirectory() && e.getName().startsWith("dev/dvc4j/")) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    files.put(entry + "!" + e.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
