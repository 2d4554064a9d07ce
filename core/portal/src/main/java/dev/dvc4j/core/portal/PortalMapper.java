package dev.dvc4j.core.portal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.internal.portal.PayloadBuilder;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.spi.Extensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps dossiers onto the national portal's sync payload.
 *
 * <ul>
 *   <li>{@link #toPortal(Dossier)}: the {@code DongBoHoSoMC} record — dossier fields, submitted files
 *       ({@code TaiLieuNop}), fees ({@code DanhSachLePhi}), supplement rounds with the appointment dates before and
 *       after ({@code DanhSachHoSoBoSung}), results ({@code DanhSachGiayToKetQua}).</li>
 *   <li>{@link #toProgress(Dossier)}: the {@code CapNhatTienDoHoSoMC} entries, one per dossier event.</li>
 *   <li>{@link #exportJson(String)}: dossier JSON (as {@link Dvc4jJson#mapper()} writes it) in, payload JSON out,
 *       in one call.</li>
 * </ul>
 *
 * <p>What a dossier does not hold comes from the configuration: procedure name and sector from a
 * {@link ProcedureDirectory}, the system-specific codes from {@link PortalCodes}, links of electronic results from
 * {@link ResultLinks}. Instants are truncated to whole seconds, the payload's precision. Field by field:
 * {@code NgayTuChoi} is the refusal at reception or the reasoned rejection; {@code HinhThuc} is how the result was
 * returned, or how the applicant asked for it while not yet returned; {@code HoSoCoThanhPhanSoHoa} is 1 when any
 * submitted file was digitised; {@code DuocThanhToanTrucTuyen} is the dossier's online payment flag, 0 when nothing
 * was paid online; {@code MaDoiTuong} is left out (the dossier has no such code).
 *
 * <p>Immutable and thread-safe.
 */
public final class PortalMapper {

    private static final PortalMapper DEFAULTS = builder().build();

    private final ProcedureDirectory directory;
    private final PortalCodes codes;
    private final ResultLinks links;
    private final PayloadBuilder payload;

    private PortalMapper(Builder b) {
        this.directory = b.directory;
        this.codes = b.codes;
        this.links = b.links;
        this.payload = new PayloadBuilder(directory, codes, links);
    }

    /** @return a mapper with no procedure directory, the bundled code table and placeholder result links */
    public static PortalMapper defaults() {
        return DEFAULTS;
    }

    /**
     * The mapper a runtime configures: its {@link PortalPoints#CODES}, {@link PortalPoints#PROCEDURE_DIRECTORY}
     * (by default its catalogue) and {@link PortalPoints#RESULT_LINKS}.
     *
     * @param dvc4j the runtime
     * @return the mapper
     */
    public static PortalMapper from(Extensions dvc4j) {
        return from(dvc4j, null);
    }

    /**
     * The mapper a runtime configures for one variant (a host syncing with several systems).
     *
     * @param dvc4j the runtime
     * @param variant the variant, or {@code null} for the main configuration
     * @return the mapper
     */
    public static PortalMapper from(Extensions dvc4j, @Nullable String variant) {
        Objects.requireNonNull(dvc4j, "dvc4j");
        return builder()
                .codes(variant == null ? dvc4j.get(PortalPoints.CODES) : dvc4j.get(PortalPoints.CODES, variant))
                .directory(variant == null ? dvc4j.get(PortalPoints.PROCEDURE_DIRECTORY)
                        : dvc4j.get(PortalPoints.PROCEDURE_DIRECTORY, variant))
                .resultLinks(variant == null ? dvc4j.get(PortalPoints.RESULT_LINKS) : dvc4j.get(PortalPoints.RESULT_LINKS, variant))
                .build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the code table in use */
    public PortalCodes codes() {
        return codes;
    }

    /** @return where procedure names and sectors come from */
    public ProcedureDirectory directory() {
        return directory;
    }

    /** @return the links of electronic results */
    public ResultLinks resultLinks() {
        return links;
    }

    /**
     * The {@code DongBoHoSoMC} record of a dossier.
     *
     * @param dossier the dossier
     * @return the record
     */
    public PortalDossier toPortal(Dossier dossier) {
        return payload.dossier(Objects.requireNonNull(dossier, "dossier"));
    }

    /**
     * The {@code CapNhatTienDoHoSoMC} entries of a dossier: one per event, oldest first, each with the status,
     * processing unit and appointment date in force after that event; {@code NguoiXuLy} is the event's actor.
     *
     * @param dossier the dossier
     * @return the entries
     */
    public List<PortalProgress> toProgress(Dossier dossier) {
        return payload.progress(Objects.requireNonNull(dossier, "dossier"));
    }

    /**
     * A {@code DongBoHoSoMC} request for dossiers.
     *
     * @param dossiers the dossiers, at least one
     * @param updating {@code isUpdating}
     * @return the request
     */
    public SyncRequest syncRequest(List<Dossier> dossiers, boolean updating) {
        List<PortalDossier> data = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers) {
            data.add(toPortal(d));
        }
        return SyncRequest.ofDossiers(data, updating);
    }

    /**
     * A {@code CapNhatTienDoHoSoMC} request with every progress entry of the dossiers.
     *
     * @param dossiers the dossiers, at least one
     * @param updating {@code isUpdating}
     * @return the request
     */
    public SyncRequest progressRequest(List<Dossier> dossiers, boolean updating) {
        List<PortalProgress> data = new ArrayList<>();
        for (Dossier d : dossiers) {
            data.addAll(toProgress(d));
        }
        return SyncRequest.ofProgress(data, updating);
    }

    /**
     * One call from dossier JSON to payload JSON: reads one dossier (an object) or several (an array) in dvc4j's
     * wire format, and writes the indented {@code DongBoHoSoMC} request with {@code isUpdating} false.
     *
     * @param dossierJson the dossier JSON
     * @return the payload JSON
     * @throws Dvc4jException if the JSON is not a valid dossier or array of dossiers
     */
    public String exportJson(String dossierJson) {
        return exportJson(dossierJson, false);
    }

    /**
     * Like {@link #exportJson(String)} with a chosen {@code isUpdating}.
     *
     * @param dossierJson the dossier JSON
     * @param updating {@code isUpdating}
     * @return the payload JSON
     */
    public String exportJson(String dossierJson, boolean updating) {
        return syncRequest(readDossiers(dossierJson), updating).toPrettyJson();
    }

    private static List<Dossier> readDossiers(String json) {
        Objects.requireNonNull(json, "dossierJson");
        List<Dossier> dossiers = new ArrayList<>();
        String text = json.stripLeading();
        if (text.startsWith("[") || text.startsWith("\uFEFF[")) {
            dossiers.addAll(Arrays.asList(Dvc4jJson.read(json, Dossier[].class)));
        } else {
            dossiers.add(Dvc4jJson.read(json, Dossier.class));
        }
        if (dossiers.isEmpty() || dossiers.contains(null)) {
            throw new Dvc4jException("portal.export-input", LocalizedText.of(
                    "Cần một hồ sơ (đối tượng JSON) hoặc một mảng hồ sơ không rỗng",
                    "Expected a dossier (a JSON object) or a non-empty array of dossiers"));
        }
        return dossiers;
    }

    /** Configures a {@link PortalMapper}. */
    public static final class Builder {
        private ProcedureDirectory directory = ProcedureDirectory.UNKNOWN;
        private PortalCodes codes = PortalCodes.defaults();
        private ResultLinks links = ResultLinks.DEFAULT;

        private Builder() {
        }

        /** @param v where procedure names and sectors come from @return this builder */
        public Builder directory(ProcedureDirectory v) {
            directory = Objects.requireNonNull(v, "directory");
            return this;
        }

        /** @param v the code table @return this builder */
        public Builder codes(PortalCodes v) {
            codes = Objects.requireNonNull(v, "codes");
            return this;
        }

        /** @param v links of electronic results @return this builder */
        public Builder resultLinks(ResultLinks v) {
            links = Objects.requireNonNull(v, "links");
            return this;
        }

        /** @return the mapper */
        public PortalMapper build() {
            return new PortalMapper(this);
        }
    }
}
