package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.internal.Chars;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The identifier parsers are hand-written scanners (they run for every identifier read from JSON); the grammars
 * they implement are written here once more as regular expressions, the oracle. Inputs are valid codes, codes with
 * one character changed, inserted or removed, and random strings over the grammar's alphabet.
 */
class IdentifierGrammarProperties {

    static final Pattern AGENCY = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z0-9][0-9A-Z]{2}");
    static final Pattern PROCEDURE = Pattern.compile("(\\d\\.\\d{6})(?:\\.([0-9A-Z]{1,10}))?");
    static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");
    static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    static final String ALPHABET = "0123456789ABHZaz.-+() \t\u00A0é";

    /** Valid examples, each also mutated by one edit, and random strings of similar length. */
    static Arbitrary<String> around(String... valid) {
        Arbitrary<String> base = Arbitraries.of(valid);
        Arbitrary<String> edited = Combinators.combine(base, Arbitraries.integers().between(0, 20),
                Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toArray(Character[]::new)),
                Arbitraries.integers().between(0, 2)).as((s, at, c, kind) -> {
                    int i = Math.min(at, s.length());
                    return switch (kind) {
                        case 0 -> s.substring(0, i) + c + s.substring(i);
                        case 1 -> i < s.length() ? s.substring(0, i) + c + s.substring(i + 1) : s + c;
                        default -> i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s.substring(0, Math.max(0, s.length() - 1));
                    };
                });
        Arbitrary<String> random = Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(24);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, base), net.jqwik.api.Tuple.of(5, edited),
                net.jqwik.api.Tuple.of(3, random));
    }

    @Provide
    Arbitrary<String> agencies() {
        return around("000.00.21.H56", "000.00.00.G01", "A1Z.09.Z9.0AB", "012.34.56.789");
    }

    @Provide
    Arbitrary<String> procedures() {
        return around("1.002859", "2.000092.H42", "3.000156.ABCDEFGHIJ", "1.000001.0");
    }

    @Provide
    Arbitrary<String> phones() {
        return around("0912345678", "0321234567", "02438123456", "+84 912 345 678", "84-912-345-678", "(024) 3812.3456",
                "84243812345");
    }

    @Property(tries = 2000)
    void agencyCodeScannerMatchesTheGrammar(@ForAll("agencies") String s) {
        assertThat(AgencyCode.isValid(s)).as(s).isEqualTo(AGENCY.matcher(s).matches());
    }

    @Property(tries = 2000)
    void procedureCodeScannerMatchesTheGrammar(@ForAll("procedures") String s) {
        var m = PROCEDURE.matcher(s);
        assertThat(ProcedureCode.isValid(s)).as(s).isEqualTo(m.matches());
        if (m.matches()) {
            ProcedureCode c = ProcedureCode.parse(s);
            assertThat(c.national()).isEqualTo(m.group(1));
            assertThat(c.suffix()).isEqualTo(m.group(2));
            assertThat(c.toString()).isEqualTo(s);
        }
    }

    @Property(tries = 1000)
    void personalIdShapeMatchesTheGrammar(@ForAll("phones") String s) {
        assertThat(Chars.digits(s, 12)).as(s).isEqualTo(PERSONAL_ID.matcher(s).matches());
        String twelve = s.length() >= 12 ? s.substring(0, 12) : s;
        assertThat(Chars.digits(twelve, 12)).as(twelve).isEqualTo(PERSONAL_ID.matcher(twelve).matches());
    }

    @Property(tries = 2000)
    void phoneNumberScannerMatchesTheGrammar(@ForAll("phones") String s) {
        String n = SEPARATORS.matcher(s).replaceAll("");
        if (n.startsWith("+84")) {
            n = "0" + n.substring(3);
        } else if (n.startsWith("84") && (n.length() == 11 || n.length() == 12)) {
            n = "0" + n.substring(2);
        }
        boolean valid = MOBILE.matcher(n).matches() || LANDLINE.matcher(n).matches();
        assertThat(PhoneNumber.isValid(s)).as(s).isEqualTo(valid);
        if (valid) {
            assertThat(PhoneNumber.parse(s).value()).isEqualTo(n);
        }
    }
}
