package dev.dvc4j.core.id;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of identifiers (see the table of every point in {@code docs/EXTENDING.md}).
 */
public final class IdentifierPoints {

    /**
     * The dated gazetteer of provinces. Default: {@link Provinces#bundled()}. Read by the default dossier rules
     * (the province of an applicant's address must exist on the filing date) and by hosts that look up a personal
     * identification number's place of registration on it ({@link Provinces#placeOfRegistration(PersonalId)}).
     */
    public static final ExtensionPoint<Provinces> PROVINCES = ExtensionPoint.single("id.provinces", Provinces.class,
            "0.2.0", LocalizedText.of("Danh mục tỉnh, thành phố theo thời gian", "The dated gazetteer of provinces"),
            x -> Provinces.bundled());

    /**
     * The source of the daily sequence numbers of dossier codes. Default: a new {@link InMemoryDossierSequenceSource}
     * per runtime (numbers restart with the process: hosts with several processes plug in their database sequence).
     * Read by {@code DossierWorkflow.nextCode}.
     */
    public static final ExtensionPoint<DossierSequenceSource> DOSSIER_SEQUENCE = ExtensionPoint.single(
            "id.dossier-sequence", DossierSequenceSource.class, "0.2.0",
            LocalizedText.of("Nguồn số thứ tự trong ngày của mã hồ sơ", "The daily sequence of dossier codes"),
            x -> new InMemoryDossierSequenceSource());

    private IdentifierPoints() {
    }
}
