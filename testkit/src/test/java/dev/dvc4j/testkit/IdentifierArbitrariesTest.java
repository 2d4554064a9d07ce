package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.id.InvalidIdentifierException;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.Sex;
import dev.dvc4j.core.id.TaxCode;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdentifierArbitrariesTest {

    @Test
    void personalIdsCarryThePlaceTheCenturyAndSexAndTheYear() {
        PersonalId woman = IdentifierArbitraries.personalId("042", 1995, true, 1234);
        assertThat(woman.value()).isEqualTo("042195001234");
        assertThat(woman.birthYear()).isEqualTo(1995);
        assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
        PersonalId man = IdentifierArbitraries.personalId("001", 2005, false, 999_999);
        assertThat(man.value()).isEqualTo("001205999999");
        assertThat(man.birthYear()).isEqualTo(2005);
        assertThat(man.sex()).isEqualTo(Sex.MALE);
        assertThat(IdentifierArbitraries.personalId("079", 1900, false, 0).value()).isEqualTo("079000000000");
        assertThat(IdentifierArbitraries.personalId("079", 2099, true, 0).birthYear()).isEqualTo(2099);
        // the century digit: 0 or 1 for the 1900s, 2 or 3 from 2000
        assertThat(IdentifierArbitraries.personalId("079", 1999, false, 0).value()).isEqualTo("079099000000");
        assertThat(IdentifierArbitraries.personalId("079", 2000, false, 0).value()).isEqualTo("079200000000");
        assertThat(IdentifierArbitraries.personalId("079", 2000, true, 0).value()).isEqualTo("079300000000");
    }

    @Test
    void personalIdsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> IdentifierArbitraries.personalId("042", 1899, true, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1899");
        assertThatThrownBy(() -> IdentifierArbitraries.personalId("042", 2100, true, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentifierArbitraries.personalId("042", 2000, true, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentifierArbitraries.personalId("042", 2000, true, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000000");
        assertThatThrownBy(() -> IdentifierArbitraries.personalId(null, 2000, true, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("place");
        assertThatThrownBy(() -> IdentifierArbitraries.personalId("42", 2000, true, 1)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void taxCodesExistExactlyWhenNineDigitsHaveACheckDigit() {
        int with = 0;
        int without = 0;
        for (int i = 1; i <= 300; i++) {
            String nine = String.format("30%07d", i);
            Optional<TaxCode> code = IdentifierArbitraries.taxCode(nine);
            if (TaxCode.checkDigit(nine) < 0) {
                assertThat(code).isEmpty();
                without++;
            } else {
                assertThat(code.orElseThrow().value()).startsWith(nine).hasSize(10);
                with++;
            }
        }
        assertThat(with).isPositive();
        assertThat(without).isPositive();
        assertThatThrownBy(() -> IdentifierArbitraries.taxCode(null)).isInstanceOf(NullPointerException.class).hasMessage("nine");
    }

    @Property(tries = 200)
    void arbitraryIdentifiersAreValid(@ForAll("personalIds") PersonalId id, @ForAll("taxCodes") TaxCode tax,
                                      @ForAll("phones") PhoneNumber phone) {
        assertThat(PersonalId.isValid(id.value())).isTrue();
        assertThat(IdentifierArbitraries.PLACE_CODES).contains(id.placeCode());
        assertThat(TaxCode.parse(tax.value())).isEqualTo(tax);
        assertThat(IdentifierArbitraries.MOBILE_PREFIXES).anyMatch(p -> phone.value().startsWith(p));
    }

    @Provide
    Arbitrary<PersonalId> personalIds() {
        return IdentifierArbitraries.personalIds();
    }

    @Provide
    Arbitrary<TaxCode> taxCodes() {
        return IdentifierArbitraries.taxCodes();
    }

    @Provide
    Arbitrary<PhoneNumber> phones() {
        return IdentifierArbitraries.phoneNumbers();
    }
}
