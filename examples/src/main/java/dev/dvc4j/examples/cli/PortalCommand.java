package dev.dvc4j.examples.cli;

import dev.dvc4j.core.portal.ProcedureDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.procedure.CatalogueException;
import dev.dvc4j.core.procedure.CatalogueLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: export");
    }

    /**
     * {@code dvc4j portal export DOSSIER.json [--catalogue FILE] [--progress] [--updating]}: the
     * {@code DongBoHoSoMC} (or {@code CapNhatTienDoHoSoMC}) request for one dossier, an array of dossiers, or a JSON
     * Lines file of dossiers.
     */
    @Command(name = "export", description = {"Write the portal's sync request (DongBoHoSoMC) for dossiers.",
        "DOSSIER.json holds one dossier, an array of dossiers, or (.jsonl) one dossier per line."})
    public static final class Export extends Dvc4jSubcommand {

        private static final ObjectMapper MAPPER = Dvc4jJson.mapper();

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
                try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    String line;
                    long n = 0;
                    while ((line = r.readLine()) != null) {
                        n++;
                        if (line.isBlank()) {
                            continue;
                        }
                        try {
                            dossiers.add(MAPPER.readValue(line, Dossier.class));
                        } catch (IOException e) {
                            throw Inputs.jsonProblem(file, n, e);
                        }
                    }
                } catch (IOException e) {
                    throw Inputs.jsonProblem(file, e);
                }
            } else {
                JsonNode root = Inputs.readJson(file, MAPPER.readerFor(JsonNode.class));
                try {
                    if (root != null && root.isArray()) {
                        for (int i = 0; i < root.size(); i++) {
                            try {
                                dossiers.add(MAPPER.treeToValue(root.get(i), Dossier.class));
                            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                                e.prependPath(root, i);
                                throw e;
                            }
                        }
                    } else if (root != null && root.isObject()) {
                        dossiers.add(MAPPER.treeToValue(root, Dossier.class));
                    }
                } catch (IOException e) {
                    throw Inputs.jsonProblem(file, e);
                }
            }
            if (dossiers.isEmpty()) {
                throw new CliInputException("cli.no-dossier", LocalizedText.of(
                        "%s không chứa hồ sơ nào", "%s holds no dossier").formatted(file));
            }
            return dossiers;
        }
    }
}
