package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.FeeKind;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shared test data. */
final class Fixtures {

    static final ProcedureCode LICENCE = ProcedureCode.parse("1.000001");
    static final AgencyCode AGENCY = AgencyCode.parse("000.00.21.H42");
    static final LocalDate BEFORE_42 = LocalDate.of(2022, 7, 31);
    static final LocalDate FROM_42 = LocalDate.of(2022, 8, 1);

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Fixtures() {
    }

    static Validator validator() {
        return FACTORY.getValidator();
    }

    static LocalizedText t(String s) {
        return LocalizedText.of(s + " (vi)", s);
    }

    /** A licence procedure: 135,000 charge (115,000 online from 2024), three documents, one "one of" group. */
    static Procedure licence() {
        FeeItem charge = new FeeItem("LP", t("licence charge"), FeeKind.CHARGE, FeeCollection.AT_RECEIPT, List.of(
                new FeeRate(Validity.between(LocalDate.of(2017, 1, 1), LocalDate.of(2023, 12, 31)), Vnd.of(135_000),
                        Optional.empty(), "Circular A"),
                new FeeRate(Validity.from(LocalDate.of(2024, 1, 1)), Vnd.of(135_000), Optional.of(Vnd.of(115_000)),
                        "Circular B")),
                List.of(new FeeExemption("war-invalid", 50, t("war invalid"), "Ordinance C"),
                        new FeeExemption("hero", 100, t("hero"), "Ordinance C")));
        return new Procedure(LICENCE, t("driving-licence exchange"), new Sector("DB", t("road")), CompetentLevel.PROVINCE,
                ProcessingPeriod.workingDays(5), List.of(charge), List.of(
                        new DocumentRequirement("FORM", t("application form"), true, 1, Optional.empty(), true, false),
                        new DocumentRequirement("HEALTH", t("health certificate"), true, 1, Optional.empty(), false, true),
                        new DocumentRequirement("ID-CARD", t("ID card copy"), true, 1, Optional.of("identity"), false, false),
                        new DocumentRequirement("PASSPORT", t("passport copy"), true, 1, Optional.of("identity"), false, false),
                        new DocumentRequirement("PHOTO", t("photo"), false, 2, Optional.empty(), false, false)),
                ResultKind.PAPER, false, false, EnumSet.of(Integration.VNEID), "Decree X", Validity.ALWAYS);
    }

    /** Everything but online payment: level 3 / partial online. */
    static ServiceOffer partialOffer() {
        return ServiceOffer.of(LICENCE, AGENCY, ServiceCapability.ONLINE_INFORMATION, ServiceCapability.DOWNLOADABLE_FORMS,
                ServiceCapability.E_FORMS, ServiceCapability.ONLINE_SUBMISSION, ServiceCapability.ONLINE_PROCESSING,
                ServiceCapability.BCCI_RESULT_RETURN);
    }

    static ServiceOffer fullOffer() {
        return partialOffer().with(ServiceCapability.ONLINE_PAYMENT_NATIONAL_PORTAL);
    }

    static ServiceLevels bundledLevels() {
        return ServiceLevels.of(List.of(
                dev.dvc4j.core.internal.procedure.BundledRegimes.decree43(),
                dev.dvc4j.core.internal.procedure.BundledRegimes.decree42()));
    }

    static Set<ServiceCapability> all() {
        return EnumSet.allOf(ServiceCapability.class);
    }
}
