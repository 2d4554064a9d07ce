package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static dev.dvc4j.testkit.wiring.VendorModules.checkIgnored;
import static dev.dvc4j.testkit.wiring.VendorModules.module;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalPoints;
import dev.dvc4j.core.portal.ProcedureDirectory;
import dev.dvc4j.core.portal.ProcedureInfo;
import dev.dvc4j.core.portal.ResultLinks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal side of the wiring checks: a code table, a procedure directory and result links the portal mapper and
 * reader use pass, for the main configuration and for a variant; one they do not use is reported under its point.
 */
class PortalChecksTest {

    /** The default code table with every applicant type prefixed by 9. */
    static final PortalCodes VNPT_CODES = vnptCodes();

    static final ProcedureDirectory VNPT_DIRECTORY = code -> new ProcedureInfo("Thủ tục thử", "S1", "Lĩnh vực thử");

    static final ResultLinks VNPT_LINKS = (d, i, r) -> "https://results.example/" + i;

    private static PortalCodes vnptCodes() {
        PortalCodes d = PortalCodes.defaults();
        Map<String, String> types = new LinkedHashMap<>();
        d.applicantTypes().forEach((k, v) -> types.put(k, "9" + v));
        return new PortalCodes("vnpt", types, d.deliveryForms(), d.feeKinds(), d.collectionMethods(), d.feeCodes());
    }

    /** A host syncing with the national portal (defaults) and with VNPT's system (the variant {@code vnpt}). */
    static final Dvc4j VNPT_VARIANT = Dvc4j.builder().register(module("vnpt", c -> {
        c.provide(PortalPoints.CODES, "vnpt", VNPT_CODES);
        c.provide(PortalPoints.PROCEDURE_DIRECTORY, "vnpt", VNPT_DIRECTORY);
        c.provide(PortalPoints.RESULT_LINKS, "vnpt", VNPT_LINKS);
    })).build();

    @Test
    void contributionsTheMapperAndReaderUseAreHonoured() {
        assertThat(check("portal-main", c -> {
            c.provide(PortalPoints.CODES, VNPT_CODES);
            c.provide(PortalPoints.PROCEDURE_DIRECTORY, VNPT_DIRECTORY);
            c.provide(PortalPoints.RESULT_LINKS, VNPT_LINKS);
        })).isEmpty();
        assertThat(WiringChecks.check(VNPT_VARIANT, "vnpt")).isEmpty();
    }

    @Test
    void aCodeTableTheMapperAndReaderDoNotUseIsReportedForBoth() {
        assertThat(checkIgnored(PortalChecks::register, Dvc4j.defaults(), PortalPoints.CODES, null, VNPT_CODES))
                .containsExactly("portal.codes: the portal mapper writes with another code table",
                        "portal.codes: the portal reader checks against another code table");
        // A variant is checked against the variant's mapper and reader, not the main ones.
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.CODES, "vnpt", PortalCodes.defaults()))
                .containsExactly("portal.codes [vnpt]: the portal mapper writes with another code table",
                        "portal.codes [vnpt]: the portal reader checks against another code table");
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.CODES, "vnpt", VNPT_CODES)).isEmpty();
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.CODES, null, PortalCodes.defaults()))
                .isEmpty();
    }

    @Test
    void aDirectoryTheMapperDoesNotUseIsReported() {
        ProcedureDirectory main = VNPT_VARIANT.get(PortalPoints.PROCEDURE_DIRECTORY);
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.PROCEDURE_DIRECTORY, "vnpt", main))
                .containsExactly("portal.procedure-directory [vnpt]: the portal mapper names procedures from another directory");
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.PROCEDURE_DIRECTORY, null, VNPT_DIRECTORY))
                .containsExactly("portal.procedure-directory: the portal mapper names procedures from another directory");
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.PROCEDURE_DIRECTORY, "vnpt", VNPT_DIRECTORY))
                .isEmpty();
    }

    @Test
    void resultLinksTheMapperDoesNotUseAreReported() {
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.RESULT_LINKS, "vnpt", ResultLinks.DEFAULT))
                .containsExactly("portal.result-links [vnpt]: the portal mapper links results another way");
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.RESULT_LINKS, null, VNPT_LINKS))
                .containsExactly("portal.result-links: the portal mapper links results another way");
        assertThat(checkIgnored(PortalChecks::register, VNPT_VARIANT, PortalPoints.RESULT_LINKS, null, ResultLinks.DEFAULT))
                .isEmpty();
    }
}
