package dev.dvc4j.testkit;

import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for valid Vietnamese identifiers. */
public final class IdentifierArbitraries {

    /** Place-of-registration codes of the personal-ID scheme used by the generators (a sample of the 63). */
    public static final List<String> PLACE_CODES = List.of("001", "022", "031", "038", "040", "042", "048", "079", "092", "096");

    private IdentifierArbitraries() {
    }

    /** @return valid 12-digit personal identification numbers, born 1930–2012 */
    public static Arbitrary<PersonalId> personalIds() {
        return Combinators.combine(
                Arbitraries.of(PLACE_CODES),
                Arbitraries.integers().between(1930, 2012),
                Arbitraries.of(false, true),
                Arbitraries.strings().numeric().ofLength(6))
                .as((place, year, female, rest) -> {
                    int centuryDigit = (year < 2000 ? 0 : 2) + (female ? 1 : 0);
                    return PersonalId.parse(place + centuryDigit + String.format("%02d", year % 100) + rest);
                });
    }

    /** @return valid 10-digit enterprise tax codes (check digit computed, never province 00 or sequence 0000000) */
    public static Arbitrary<TaxCode> taxCodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 9_999_999))
                .as((province, seq) -> String.format("%02d%07d", province, seq))
                .filter(nine -> TaxCode.checkDigit(nine) >= 0)
                .map(nine -> TaxCode.parse(nine + TaxCode.checkDigit(nine)));
    }

    /** @return valid mobile phone numbers */
    public static Arbitrary<PhoneNumber> phoneNumbers() {
        return Combinators.combine(Arbitraries.of("03", "05", "07", "08", "09"), Arbitraries.strings().numeric().ofLength(8))
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
