package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of the dossier (see the table of every point in {@code docs/EXTENDING.md}).
 */
public final class DossierPoints {

    /**
     * Listeners told of every event a {@link DossierWorkflow} appends (audit trails, notifications, outboxes), by
     * key; contributed without a key, a listener is keyed by its class name. Default: none. Read by
     * {@link DossierWorkflow}.
     */
    public static final ExtensionPoint<DossierListener> LISTENERS = ExtensionPoint.keyed("dossier.listeners",
            DossierListener.class, "0.2.0",
            LocalizedText.of("Bộ lắng nghe sự kiện hồ sơ", "Listeners to dossier events"),
            l -> l.getClass().getName());

    /**
     * The signers a {@link DossierWorkflow} signs dossier heads with, each at the points its {@link #SIGNING policy}
     * names (a key file's {@link JdkHistorySigner}, a host's HSM, PKCS#11 token or CA service), keyed by key id
     * ({@link TrustedKeys#keyId}) unless keyed explicitly. Default: none, so nothing is signed. Read by
     * {@link DossierWorkflow}.
     */
    public static final ExtensionPoint<HistorySigner> SIGNERS = ExtensionPoint.keyed("dossier.signers",
            HistorySigner.class, "0.2.0",
            LocalizedText.of("Bộ ký đầu chuỗi hồ sơ", "Signers of dossier heads"),
            s -> TrustedKeys.keyId(s.publicKey()));

    /**
     * When a {@link DossierWorkflow} signs a dossier's head with its {@link #SIGNERS}. Default:
     * {@link SigningPolicy#DEFAULT}, at reception and when the dossier closes (result returned, refused at reception,
     * withdrawn, stopped). Read by {@link DossierWorkflow}.
     */
    public static final ExtensionPoint<SigningPolicy> SIGNING = ExtensionPoint.single("dossier.signing",
            SigningPolicy.class, "0.2.0",
            LocalizedText.of("Thời điểm ký đầu chuỗi hồ sơ", "When dossier heads are signed"),
            x -> SigningPolicy.DEFAULT);

    private DossierPoints() {
    }
}
