package dev.dvc4j.examples.cli;

import dev.dvc4j.core.portal.ProcedureDirectory;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.procedure.CatalogueException;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.io.LineReader;
import dev.dvc4j.core.io.ReadMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dvc4j portal ...}: the National Public Service Portal's sync payload. */
@Command(name = "portal", description = "The National Public Service Portal's dossier sync payload.",
        subcommands = {PortalCommand.Export.class})
public final class PortalCommand implements Runnable {

    @Mixin(name = "common")
    CommonOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw UsageException.missingSubcommand(spec.commandLine(), "export");
    }

    /**
     * {@code dvc4j portal export DOSSIER.json [--catalogue FILE] [--progress] [--updating]}: the
     * {@code DongBoHoSoMC} (or {@code CapNhatTienDoHoSoMC}) request for one dossier, an array of dossiers, or a JSON
     * Lines file of dossiers.
     */
    @Command(name = "export", description = {"Write the portal's sync request (DongBoHoSoMC) for dossiers.",
        "DOSSIER.json holds one dossier, an array of dossiers, or (.jsonl) one dossier per line."})
    public static final class Export extends Dvc4jSubcommand {


        @Parameters(paramLabel = "DOSSIER.json", description = "Dossiers in dvc4j's JSON wire format.")
        String file;

        @Option(names = "--catalogue", paramLabel = "FILE", description = "A procedure catalogue for procedure names and sectors.")
        String catalogue;

        @Option(names = "--progress", description = "Write the progress request (CapNhatTienDoHoSoMC) instead.")
        boolean progress;

        @Option(names = "--updating", description = "Set isUpdating: the dossiers were sent before.")
        boolean updating;

        @Override
        protected int run() {
            List<Dossier> dossiers = read();
            PortalMapper.Builder b = PortalMapper.builder();
            if (catalogue != null) {
                Inputs.exists(catalogue);
                try {
                    b.directory(ProcedureDirectory.of(CatalogueLoader.withDefaultValidator().load(Path.of(catalogue))));
                } catch (CatalogueException e) {
                    throw new CliInputException(e.code(), LocalizedText.of(catalogue + ": " + e.text().vi(), catalogue + ": " + e.text().en()), e);
                }
            }
            PortalMapper mapper = b.build();
            SyncRequest request = progress ? mapper.progressRequest(dossiers, updating) : mapper.syncRequest(dossiers, updating);
            out().println(request.toPrettyJson());
            return 0;
        }

        private List<Dossier> read() {
            Path p = Inputs.file(file);
            List<Dossier> dossiers = new ArrayList<>();
            if (file.endsWith(".jsonl") || file.endsWith(".ndjson")) {
                try (InputStream in = Files.newInputStream(p)) {
                    LineReader.of(ReadMode.STRICT).read(file, in, (n, line) -> dossiers.add(Dvc4jJson.read(line, Dossier.class)));
                } catch (IOException e) {
                    throw new CliInputException("cli.io", LocalizedText.of("Không đọc được %s", "Cannot read %s").formatted(file), e);
                }
            } else if (startsWithArray(p)) {
                dossiers.addAll(java.util.Arrays.asList(Dvc4jJson.read(p, Dossier[].class)));
                if (dossiers.contains(null)) {
                    throw new CliInputException("cli.no-dossier", LocalizedText.of(
                            "%s: một phần tử của mảng là null, không phải hồ sơ", "%s: an element of the array is null, not a dossier")
                            .formatted(file));
                }
            } else {
                dossiers.add(Dvc4jJson.read(p, Dossier.class));
            }
            if (dossiers.isEmpty()) {
                throw new CliInputException("cli.no-dossier", LocalizedText.of(
                        "%s không chứa hồ sơ nào", "%s holds no dossier").formatted(file));
            }
            return dossiers;
        }
    }

    /** Whether a JSON file's first value is an array: its first byte after a byte order mark and whitespace is '['. */
    static boolean startsWithArray(Path p) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p))) {
            int b = in.read();
            if (b == 0xEF) {
                in.skip(2);
                b = in.read();
            }
            while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                b = in.read();
            }
            return b == '[';
        } catch (IOException e) {
            return false;
        }
    }
}
