package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A beneficiary category discounts a quote only on the days it is in force, both ends included. */
class CategoryValidityTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static BeneficiaryCategory category(LocalDate from, LocalDate to) {
        return new BeneficiaryCategory("test-veteran", LocalizedText.of("Cựu chiến binh", "Veteran"),
                new BigDecimal("50"), "Test decision 1/2026", Funding.PROVIDER, from, to, null);
    }

    @Test
    void inForceFromItsFirstToItsLastDay() {
        BeneficiaryCategory c = category(FROM, TO);
        assertThat(c.inForceOn(FROM)).isTrue();
        assertThat(c.inForceOn(TO)).isTrue();
        assertThat(c.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(c.inForceOn(TO.plusDays(1))).isFalse();
        assertThat(category(null, TO).inForceOn(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(category(FROM, null).inForceOn(LocalDate.of(2199, 1, 1))).isTrue();
        assertThat(category(null, null).inForceOn(FROM)).isTrue();
        assertThat(category(FROM, FROM).inForceOn(FROM)).isTrue();
    }

    @Test
    void anExpiredOrNotYetValidCategoryDoesNotDiscountAQuote() {
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().category(category(FROM, TO)).build();
        PostalQuoteRequest.Builder request = PostalQuoteRequest.builder().legs(PostalLeg.SEND)
                .zone(ZoneResolver.INTRA_DISTRICT).weightGrams(100).category("test-veteran");
        PostalQuote inForce = calc.quote(request.date(TO).build());
        PostalQuote full = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                .weightGrams(100).date(TO).build());
        assertThat(inForce.applicantPays()).isLessThan(full.applicantPays()).isGreaterThan(Vnd.ZERO);
        for (LocalDate outside : new LocalDate[] {TO.plusDays(1), FROM.minusDays(1)}) {
            assertThatThrownBy(() -> calc.quote(request.date(outside).build()))
                    .isInstanceOfSatisfying(UnknownCategoryException.class,
                            e -> assertThat(e.getMessage()).contains("test-veteran"));
        }
    }

    @Test
    void aCategoryCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> category(TO, FROM)).isInstanceOf(TariffFormatException.class)
                .hasMessageContaining("Category test-veteran: validTo is before validFrom");
    }
}
