package dev.dvc4j.core.portal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of the national-portal payload (see the table of every point in {@code docs/EXTENDING.md}).
 * Each accepts named variants, for a host that syncs with more than one system.
 */
public final class PortalPoints {

    /**
     * The code sets that differ between systems. Default: {@link PortalCodes#defaults()} (mostly placeholders: load
     * your portal contract's). Read by {@link PortalMapper#from(dev.dvc4j.core.spi.Extensions)} and
     * {@link PortalReader#from(dev.dvc4j.core.spi.Extensions)}.
     */
    public static final ExtensionPoint<PortalCodes> CODES = ExtensionPoint.single("portal.codes", PortalCodes.class,
            "0.2.0", LocalizedText.of("Bảng mã riêng của hệ thống cổng", "The portal system's code sets"),
            x -> PortalCodes.defaults());

    /**
     * Where procedure names and sectors of the payload come from. Default: the {@link ProcedurePoints#CATALOGUE} in
     * force ({@link ProcedureDirectory#of(dev.dvc4j.core.procedure.Catalogue)}). Read by
     * {@link PortalMapper#from(dev.dvc4j.core.spi.Extensions)}.
     */
    public static final ExtensionPoint<ProcedureDirectory> PROCEDURE_DIRECTORY = ExtensionPoint.single(
            "portal.procedure-directory", ProcedureDirectory.class, "0.2.0",
            LocalizedText.of("Nguồn tên thủ tục và lĩnh vực", "Where procedure names and sectors come from"),
            x -> ProcedureDirectory.of(x.get(ProcedurePoints.CATALOGUE)));

    /**
     * The links of electronic results ({@code DuongDanTepTinKetQua}). Default: {@link ResultLinks#DEFAULT}
     * (content-addressed placeholders). Read by {@link PortalMapper#from(dev.dvc4j.core.spi.Extensions)}.
     */
    public static final ExtensionPoint<ResultLinks> RESULT_LINKS = ExtensionPoint.single("portal.result-links",
            ResultLinks.class, "0.2.0",
            LocalizedText.of("Đường dẫn tệp kết quả điện tử", "Links of electronic results"),
            x -> ResultLinks.DEFAULT);

    private PortalPoints() {
    }
}
