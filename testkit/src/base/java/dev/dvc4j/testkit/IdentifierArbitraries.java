package dev.dvc4j.testkit;

import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for valid Vietnamese identifiers, and the constructions they share with testkit's seeded
 * generators ({@link #personalId(String, int, boolean, int)}, {@link #taxCode(String)}).
 */
public final class IdentifierArbitraries {

    /** Place-of-registration codes of the personal-ID scheme used by the generators (a sample of the 63). */
    public static final List<String> PLACE_CODES = List.of("001", "022", "031", "038", "040", "042", "048", "079", "092", "096");

    /** Mobile network prefixes the generators' phone numbers start with. */
    public static final List<String> MOBILE_PREFIXES = List.of("03", "05", "07", "08", "09");

    private IdentifierArbitraries() {
    }

    /** @return valid 12-digit personal identification numbers, born 1930–2012 */
    public static Arbitrary<PersonalId> personalIds() {
        return Combinators.combine(
                Arbitraries.of(PLACE_CODES),
                Arbitraries.integers().between(1930, 2012),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 999_999))
                .as(IdentifierArbitraries::personalId);
    }

    /**
     * A valid personal identification number: place of registration, the century-and-sex digit, the year of birth
     * and a serial number.
     *
     * @param place a three-digit place-of-registration code, such as {@code "042"}
     * @param birthYear the year of birth, 1900 to 2099
     * @param female whether the holder is a woman
     * @param serial the serial number, 0 to 999999
     * @return the number
     * @throws IllegalArgumentException if the year or the serial is out of range
     * @throws dev.dvc4j.core.id.InvalidIdentifierException if the place code is not one
     */
    public static PersonalId personalId(String place, int birthYear, boolean female, int serial) {
        Objects.requireNonNull(place, "place");
        if (birthYear < 1900 || birthYear > 2099 || serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("birth year 1900–2099 and serial 0–999999 expected, got " + birthYear
                    + " and " + serial);
        }
        int centuryDigit = (birthYear < 2000 ? 0 : 2) + (female ? 1 : 0);
        return PersonalId.parse(place + centuryDigit + String.format("%02d%06d", birthYear % 100, serial));
    }

    /** @return valid 10-digit enterprise tax codes (check digit computed, never province 00 or sequence 0000000) */
    public static Arbitrary<TaxCode> taxCodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 9_999_999))
                .as((province, seq) -> String.format("%02d%07d", province, seq))
                .map(IdentifierArbitraries::taxCode)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    /**
     * The 10-digit tax code of nine digits with their check digit.
     *
     * @param nine the first nine digits
     * @return the tax code, or empty when no check digit makes the nine digits a valid code
     */
    public static Optional<TaxCode> taxCode(String nine) {
        int check = TaxCode.checkDigit(Objects.requireNonNull(nine, "nine"));
        return check < 0 ? Optional.empty() : Optional.of(TaxCode.parse(nine + check));
    }

    /** @return valid mobile phone numbers */
    public static Arbitrary<PhoneNumber> phoneNumbers() {
        return Combinators.combine(Arbitraries.of(MOBILE_PREFIXES), Arbitraries.strings().numeric().ofLength(8))
                .as((prefix, rest) -> PhoneNumber.parse(prefix + rest));
    }

    /** @return agency codes of provincial and commune units */
    public static Arbitrary<AgencyCode> agencyCodes() {
        return Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 99),
                        Arbitraries.of("H42", "H38", "H40", "H56", "H22", "G01"))
                .as((a, b, unit) -> AgencyCode.parse(String.format("%03d.%02d.%02d.%s", a, b, a % 50, unit)));
    }

    /** @return national procedure codes, some with an agency suffix */
    public static Arbitrary<ProcedureCode> procedureCodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 999_999),
                        Arbitraries.of("", "", ".H42", ".H38"))
                .as((d, n, suffix) -> ProcedureCode.parse(d + "." + String.format("%06d", n) + suffix));
    }
}
