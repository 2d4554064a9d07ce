package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.PortalPoints;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.portal.ProcedureDirectory;
import dev.dvc4j.core.portal.ResultLinks;
import java.util.Map;

/** What the portal mapper and reader make of contributions. Loaded only when dvc4j-portal is present. */
final class PortalChecks {

    private PortalChecks() {
    }

    static void register(Map<String, WiringChecks.Check> m) {
        m.put(PortalPoints.CODES.id(), (rt, key, value, problems) -> {
            PortalCodes codes = (PortalCodes) value;
            PortalMapper mapper = key == null ? PortalMapper.from(rt) : PortalMapper.from(rt, key);
            PortalReader reader = key == null ? PortalReader.from(rt) : PortalReader.from(rt, key);
            if (!mapper.codes().equals(codes)) {
                problems.add(WiringChecks.where(PortalPoints.CODES, key) + ": the portal mapper writes with another code table");
            }
            if (!reader.codes().equals(codes)) {
                problems.add(WiringChecks.where(PortalPoints.CODES, key) + ": the portal reader checks against another code table");
            }
        });
        m.put(PortalPoints.PROCEDURE_DIRECTORY.id(), (rt, key, value, problems) -> {
            PortalMapper mapper = key == null ? PortalMapper.from(rt) : PortalMapper.from(rt, key);
            if (mapper.directory() != (ProcedureDirectory) value) {
                problems.add(WiringChecks.where(PortalPoints.PROCEDURE_DIRECTORY, key) + ": the portal mapper names procedures from another directory");
            }
        });
        m.put(PortalPoints.RESULT_LINKS.id(), (rt, key, value, problems) -> {
            PortalMapper mapper = key == null ? PortalMapper.from(rt) : PortalMapper.from(rt, key);
            if (mapper.resultLinks() != (ResultLinks) value) {
                problems.add(WiringChecks.where(PortalPoints.RESULT_LINKS, key) + ": the portal mapper links results another way");
            }
        });
    }
}
