package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Identifiers and the code generator at the edges of their ranges, each on both sides. */
class IdentifierEdgesTest {

    private static final AgencyCode AGENCY = AgencyCode.parse("000.00.21.H42");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDossierCodeNeedsAnAgencyBeforeItsDate() {
        assertThat(DossierCode.parse("000.00.21.H42-260210-0001").agency()).isEqualTo(AGENCY);
        assertThatThrownBy(() -> DossierCode.parse("-260210-0001")).isInstanceOf(InvalidIdentifierException.class)
                // Only digits and dashes: it could be a phone number typed into the wrong field, so it is masked.
                .hasMessageContaining("Dossier code \"-260******01\" is not of the form");
        assertThatThrownBy(() -> DossierCode.parse("260210-0001")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void aDossierCodeWritesTwoDigitsOfEveryDatePart() {
        assertThat(new DossierCode(AGENCY, LocalDate.of(2005, 3, 4), 7)).hasToString("000.00.21.H42-050304-0007");
        assertThat(new DossierCode(AGENCY, LocalDate.of(2099, 12, 31), 9999)).hasToString("000.00.21.H42-991231-9999");
    }

    @Test
    void theGeneratorTakesDaysFrom2000To2099Only() {
        DossierCodeGenerator gen = DossierCodeGenerator.inMemory(CLOCK);
        assertThat(gen.next(AGENCY, LocalDate.of(2000, 1, 1))).hasToString("000.00.21.H42-000101-0001");
        assertThat(gen.next(AGENCY, LocalDate.of(2099, 12, 31))).hasToString("000.00.21.H42-991231-0001");
        assertThatThrownBy(() -> gen.next(AGENCY, LocalDate.of(1999, 12, 31)))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("outside 2000–2099");
        assertThatThrownBy(() -> gen.next(AGENCY, LocalDate.of(2100, 1, 1)))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void aSourceAnsweringOutsideOneTo9999IsRefused() {
        for (int bad : new int[] {0, 10_000, -1}) {
            DossierCodeGenerator gen = new DossierCodeGenerator(CLOCK, (a, d) -> bad);
            assertThatThrownBy(() -> gen.next(AGENCY, LocalDate.of(2026, 2, 10)))
                    .isInstanceOf(DossierSequenceExhaustedException.class)
                    .hasMessageContaining("The sequence source returned " + bad);
        }
        assertThat(new DossierCodeGenerator(CLOCK, (a, d) -> 1).next(AGENCY, LocalDate.of(2026, 2, 10)).sequence())
                .isEqualTo(1);
        assertThat(new DossierCodeGenerator(CLOCK, (a, d) -> 9999).next(AGENCY, LocalDate.of(2026, 2, 10)).sequence())
                .isEqualTo(9999);
    }

    @Test
    void resumingTakesZeroTo9999() {
        InMemoryDossierSequenceSource source = new InMemoryDossierSequenceSource();
        LocalDate day = LocalDate.of(2026, 2, 10);
        source.resume(AGENCY, day, 0);
        assertThat(source.next(AGENCY, day)).isEqualTo(1);
        source.resume(AGENCY, day, 9999);
        assertThat(source.last(AGENCY, day)).hasValue(9999);
        assertThatThrownBy(() -> source.resume(AGENCY, day, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lastUsed must be 0 to 9999: -1");
        assertThatThrownBy(() -> source.resume(AGENCY, day, 10_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lastUsed must be 0 to 9999: 10000");
    }

    @Test
    void theFourthDigitOfAPersonalIdGivesTheSex() {
        // digit 4 (century and sex): 0 male 1900s, 1 female 1900s, 2 male 2000s, 3 female 2000s
        assertThat(PersonalId.parse("042095001234").sex()).isEqualTo(Sex.MALE);
        assertThat(PersonalId.parse("042195001234").sex()).isEqualTo(Sex.FEMALE);
        assertThat(PersonalId.parse("042205001234").sex()).isEqualTo(Sex.MALE);
        assertThat(PersonalId.parse("042305001234").sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void phoneNumbersDropEveryKindOfSeparator() {
        assertThat(PhoneNumber.parse("0912\t345\n678").value()).isEqualTo("0912345678");
        assertThat(PhoneNumber.parse("0912\u000B345\f678\r").value()).isEqualTo("0912345678");
        assertThat(PhoneNumber.parse("(0912) 345-678").value()).isEqualTo("0912345678");
        assertThatThrownBy(() -> PhoneNumber.parse("0912\u0008345678")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> PhoneNumber.parse("0912\u000E345678")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void aProcedureCodeIsADigitADotAndSixDigits() {
        assertThat(ProcedureCode.parse("1.002859").national()).isEqualTo("1.002859");
        assertThatThrownBy(() -> ProcedureCode.parse("1-002859")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> ProcedureCode.parse("1.00285")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> ProcedureCode.parse("x.002859")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new ProcedureCode(null, null)).isInstanceOf(NullPointerException.class).hasMessage("national");
    }

    @Test
    void aTextTheSameInBothLanguagesIsShownOnce() {
        assertThat(LocalizedText.of("VNeID", "VNeID")).hasToString("VNeID");
        assertThat(LocalizedText.of("Hồ sơ", "Dossier")).hasToString("Dossier / Hồ sơ");
    }
}
