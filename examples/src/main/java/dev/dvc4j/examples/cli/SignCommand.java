package dev.dvc4j.examples.cli;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.HeadSignature;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.json.Dvc4jJson;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvc4j sign DOSSIER.json --key KEY.pem [--out FILE] [--at TIME]}: signs a dossier's head with a private key
 * file and writes the dossier with the signature added ("đã ký"). The key is an unencrypted PKCS#8 PEM file, Ed25519
 * or EC P-256, as {@code openssl genpkey} writes it; verifiers need its public key ({@code openssl pkey -pubout}) in
 * the file they give {@code dvc4j validate --trusted-keys}.
 */
@Command(name = "sign", description = {"Sign a dossier's head with a private key and write the dossier with the signature.",
    "KEY.pem: an unencrypted PKCS#8 Ed25519 or EC P-256 key (openssl genpkey -algorithm ed25519).",
    "Verifiers use its public key (openssl pkey -in KEY.pem -pubout) with dvc4j validate --trusted-keys."})
public final class SignCommand extends Dvc4jSubcommand {


    @Parameters(paramLabel = "DOSSIER.json", description = "The dossier in dvc4j's JSON wire format.")
    String file;

    @Option(names = "--key", required = true, paramLabel = "KEY.pem", description = "The private key (PKCS#8 PEM).")
    String key;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the signed dossier; standard output if absent.")
    String out;

    @Option(names = "--at", paramLabel = "TIME", description = "The signing time (default: now), for example 2026-03-04T11:00.")
    String at;

    @Override
    protected int run() throws IOException {
        JdkHistorySigner signer = JdkHistorySigner.read(Inputs.file(key));
        if (out != null) {
            Outputs.target("--out", out);
        }
        Dossier dossier = Inputs.readJson(file, Dossier.class);
        Instant when = at == null ? Runtimes.now() : Inputs.instant("--at", at);
        Dossier signed = dossier.sign(signer, when);
        String json = JSON.writeValueAsString(signed);
        if (out == null) {
            out().println(json);
            return 0;
        }
        Outputs.atomically(out, w -> w.write(json + "\n"));
        HeadSignature s = signed.signatures().get(signed.signatures().size() - 1);
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", out);
            r.put("code", signed.code().toString());
            r.put("version", s.version());
            r.put("headHash", s.headHash());
            r.put("keyId", s.keyId());
            r.put("algorithm", s.algorithm().wireName());
            r.put("signedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.signedAt().atZone(dev.dvc4j.core.Dvc4j.VIETNAM)));
            r.put("signatures", signed.signatures().size());
            printJson(r);
        } else {
            out().println(options.t("Đã ký: ", "Signed: ") + out);
            out().println(options.t("  Mã hồ sơ:    ", "  Dossier:     ") + signed.code());
            out().println(options.t("  Số sự kiện:  ", "  Events:      ") + s.version());
            out().println(options.t("  Mã băm đầu:  ", "  Head hash:   ") + s.headHash());
            out().println(options.t("  Mã khóa:     ", "  Key id:      ") + s.keyId() + " (" + s.algorithm().wireName() + ")");
            out().println(options.t("  Thời điểm:   ", "  Signed at:   ") + Calendars.local(s.signedAt(), options));
            out().println(options.t("  Số chữ ký:   ", "  Signatures:  ") + signed.signatures().size());
        }
        return 0;
    }
}
