package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.internal.id.PersonalIdPlaces;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdentifierProperties {

    private static final List<String> PLACES = List.copyOf(PersonalIdPlaces.all().keySet());

    @Provide
    Arbitrary<String> agencyCodes() {
        Arbitrary<String> seg3 = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(3);
        Arbitrary<String> seg2 = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(2);
        return Combinators.combine(seg3, seg2, seg2, seg3).as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    }

    @Provide
    Arbitrary<LocalDate> receiptDays() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> personalIds() {
        return Combinators.combine(Arbitraries.of(PLACES), Arbitraries.strings().numeric().ofLength(9))
                .as((place, rest) -> place + rest);
    }

    @Provide
    Arbitrary<String> enterpriseTaxCodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 9_999_999))
                .as((province, seq) -> String.format(Locale.ROOT, "%02d%07d", province, seq))
                .filter(nine -> TaxCode.checkDigit(nine) >= 0)
                .map(nine -> nine + TaxCode.checkDigit(nine));
    }

    @Provide
    Arbitrary<String> phoneNumbers() {
        Arbitrary<String> mobile = Combinators.combine(Arbitraries.of('3', '5', '7', '8', '9'),
                Arbitraries.strings().numeric().ofLength(8)).as((p, rest) -> "0" + p + rest);
        Arbitrary<String> landline = Arbitraries.strings().numeric().ofLength(9).map(rest -> "02" + rest);
        return Arbitraries.oneOf(mobile, landline);
    }

    @Property(tries = 200)
    void dossierCodesRoundTrip(@ForAll("agencyCodes") String agency, @ForAll("receiptDays") LocalDate day,
                               @ForAll @IntRange(min = 1, max = 9999) int sequence) {
        DossierCode code = new DossierCode(AgencyCode.parse(agency), day, sequence);
        String text = code.toString();
        assertThat(text).matches("[0-9A-Z.]{13}-\\d{6}-\\d{4}");
        assertThat(DossierCode.parse(text)).isEqualTo(code);
        assertThat(DossierCode.parse(text).toString()).isEqualTo(text);
    }

    @Property(tries = 200)
    void dossierSequencesOutsideTheRangeAreRejected(@ForAll("agencyCodes") String agency, @ForAll("receiptDays") LocalDate day,
                                                    @ForAll int sequence) {
        Assume.that(sequence < 1 || sequence > 9999);
        assertThatThrownBy(() -> new DossierCode(AgencyCode.parse(agency), day, sequence))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("must be 1 to 9999, got " + sequence);
    }

    @Property(tries = 200)
    void agencyCodesRoundTrip(@ForAll("agencyCodes") String agency) {
        AgencyCode a = AgencyCode.parse(agency);
        assertThat(AgencyCode.parse(a.toString())).isEqualTo(a);
        assertThat(a.levelOneUnit()).isEqualTo(agency.substring(10));
    }

    @Property(tries = 200)
    void procedureCodesRoundTrip(@ForAll @IntRange(min = 0, max = 9) int group,
                                 @ForAll @IntRange(min = 0, max = 999_999) int number,
                                 @ForAll("agencySuffixes") String suffix) {
        String text = group + "." + String.format(Locale.ROOT, "%06d", number) + (suffix.isEmpty() ? "" : "." + suffix);
        ProcedureCode code = ProcedureCode.parse(text);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(ProcedureCode.parse(code.toString())).isEqualTo(code);
        assertThat(code.agencySuffix().orElse("")).isEqualTo(suffix);
    }

    @Provide
    Arbitrary<String> agencySuffixes() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(0).ofMaxLength(10);
    }

    @Property(tries = 200)
    void personalIdsRoundTripAndDecodeConsistently(@ForAll("personalIds") String id) {
        PersonalId p = PersonalId.parse(id);
        assertThat(PersonalId.parse(p.value())).isEqualTo(p);
        int digit = id.charAt(3) - '0';
        assertThat(p.birthYear()).isBetween(1900, 2399);
        assertThat(p.birthYear() % 100).isEqualTo(Integer.parseInt(id.substring(4, 6)));
        assertThat(p.century()).isEqualTo(p.birthYear() - p.birthYear() % 100);
        assertThat(p.sex()).isEqualTo(digit % 2 == 0 ? Sex.MALE : Sex.FEMALE);
        assertThat(p.placeOfRegistration().code()).isEqualTo(id.substring(1, 3));
        assertThat(p.matches(LocalDate.of(p.birthYear(), 6, 15), p.sex())).isTrue();
        Sex other = p.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        assertThat(p.check(LocalDate.of(p.birthYear() + 100, 1, 1), other)).hasSize(2);
    }

    @Property(tries = 200)
    void maskingNeverRevealsTheMiddleDigits(@ForAll("personalIds") String id, @ForAll("phoneNumbers") String phone) {
        PersonalId p = PersonalId.parse(id);
        assertThat(p.toString()).isEqualTo(id.substring(0, 4) + "******" + id.substring(10));
        assertThat(TaxCode.parse(id).toString()).isEqualTo(p.toString());
        PhoneNumber n = PhoneNumber.parse(phone);
        String masked = n.toString();
        assertThat(masked).hasSameSizeAs(phone).startsWith(phone.substring(0, 4)).endsWith(phone.substring(phone.length() - 2));
        assertThat(masked.substring(4, masked.length() - 2)).matches("\\*+");
        // a mismatch report and its exception name the number only masked
        PersonalIdMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(PersonalIdMismatchException.class,
                () -> p.verify(LocalDate.of(p.birthYear() == 1900 ? 1901 : 1900, 1, 1), p.sex()));
        assertThat(e.getMessage()).doesNotContain(id).contains(p.toString());
    }

    @Property(tries = 200)
    void maskingKeepsOnlyTheEnds(@ForAll String any) {
        String masked = Masking.mask(any);
        assertThat(masked).hasSameSizeAs(any);
        if (any.length() <= 6) {
            assertThat(masked).matches("\\**");
        } else {
            assertThat(masked.substring(4, any.length() - 2)).matches("\\*+");
            assertThat(masked.substring(0, 4)).isEqualTo(any.substring(0, 4));
        }
    }

    @Property(tries = 200)
    void malformedPersonalIdsNeverLeakTheirMiddleDigits(@ForAll("personalIds") String id, @ForAll @IntRange(min = 1, max = 3) int cut) {
        String tooShort = id.substring(0, 12 - cut);
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidIdentifierException.class,
                () -> PersonalId.parse(tooShort));
        assertThat(e.getMessage()).doesNotContain(tooShort).contains(Masking.mask(tooShort));
        assertThat(e.input()).isEqualTo(Masking.mask(tooShort));
    }

    @Property(tries = 200)
    void taxCodesRoundTripInEveryForm(@ForAll("enterpriseTaxCodes") String code, @ForAll @IntRange(min = 1, max = 999) int branch) {
        TaxCode t = TaxCode.parse(code);
        assertThat(TaxCode.parse(t.value())).isEqualTo(t);
        TaxCode b = t.withBranch(branch);
        assertThat(TaxCode.parse(b.value())).isEqualTo(b);
        assertThat(TaxCode.parse(b.value().replace("-", ""))).isEqualTo(b);
        assertThat(b.headOffice()).isEqualTo(t);
        assertThat(b.branch()).contains(String.format(Locale.ROOT, "%03d", branch));
    }

    @Property(tries = 200)
    void everySingleDigitChangeOfATaxCodeIsRejected(@ForAll("enterpriseTaxCodes") String code,
                                                    @ForAll @IntRange(min = 0, max = 9) int position,
                                                    @ForAll @IntRange(min = 1, max = 9) int delta) {
        char changed = (char) ('0' + (code.charAt(position) - '0' + delta) % 10);
        String typo = code.substring(0, position) + changed + code.substring(position + 1);
        assertThat(TaxCode.isValid(typo)).as(typo).isFalse();
    }

    @Property(tries = 200)
    void phoneNumbersRoundTripThroughTheInternationalForm(@ForAll("phoneNumbers") String phone) {
        PhoneNumber p = PhoneNumber.parse(phone);
        assertThat(p.value()).isEqualTo(phone);
        assertThat(PhoneNumber.parse(p.international())).isEqualTo(p);
        assertThat(PhoneNumber.parse(p.international().substring(1))).isEqualTo(p);
    }
}
