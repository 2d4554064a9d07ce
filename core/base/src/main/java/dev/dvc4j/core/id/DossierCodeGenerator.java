package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Issues dossier codes ({@code <agency>-<YYMMDD>-<NNNN>}, Circular 01/2018/TT-VPCP Art. 19) from a
 * {@link DossierSequenceSource}. The receipt day is the clock's date in Vietnam ({@link Dvc4j#VIETNAM}), whatever
 * zone the clock itself carries.
 *
 * <p>Thread-safe when its source is (the bundled {@link InMemoryDossierSequenceSource} is): codes issued
 * concurrently are all distinct.
 *
 * <pre>{@code
 * DossierCodeGenerator codes = new DossierCodeGenerator(dvc4j.clock(), new InMemoryDossierSequenceSource());
 * DossierCode code = codes.next(AgencyCode.parse("000.00.21.H56"));   // 000.00.21.H56-250105-0001
 * }</pre>
 */
public final class DossierCodeGenerator {

    private final Clock clock;
    private final DossierSequenceSource source;

    /**
     * Creates a generator.
     *
     * @param clock the clock giving the receipt day
     * @param source the daily sequence source
     */
    public DossierCodeGenerator(Clock clock, DossierSequenceSource source) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A generator with a fresh {@link InMemoryDossierSequenceSource}.
     *
     * @param clock the clock giving the receipt day
     * @return the generator
     */
    public static DossierCodeGenerator inMemory(Clock clock) {
        return new DossierCodeGenerator(clock, new InMemoryDossierSequenceSource());
    }

    /**
     * The next code for a dossier received now.
     *
     * @param agency the receiving agency
     * @return the code, dated with the clock's current date in Asia/Ho_Chi_Minh
     * @throws DossierSequenceExhaustedException if the day's 9999 numbers are used up
     */
    public DossierCode next(AgencyCode agency) {
        return next(agency, LocalDate.ofInstant(clock.instant(), Dvc4j.VIETNAM));
    }

    /**
     * The next code for a dossier received on a given day (back-dated registration, postal receipts).
     *
     * @param agency the receiving agency
     * @param day the receipt day, 2000 to 2099
     * @return the code
     * @throws DossierSequenceExhaustedException if the day's 9999 numbers are used up or the source misbehaves
     * @throws InvalidIdentifierException if the day is outside 2000–2099
     */
    public DossierCode next(AgencyCode agency, LocalDate day) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
        if (day.getYear() < 2000 || day.getYear() > 2099) {
            // checked before drawing a number, so a refused day consumes nothing
            throw new InvalidIdentifierException("DossierCode", day.toString(), LocalizedText.of(
                    "Ngày tiếp nhận %s nằm ngoài 2000–2099 (mã chỉ ghi hai chữ số năm)",
                    "Receipt date %s is outside 2000–2099 (the code keeps two year digits)").formatted(day));
        }
        int n = source.next(agency, day);
        if (n < 1 || n > 9999) {
            throw new DossierSequenceExhaustedException(DossierSequenceExhaustedException.OUT_OF_RANGE, agency, day,
                    LocalizedText.of(
                            "Nguồn số thứ tự trả về %d cho cơ quan %s ngày %s (phải từ 1 đến 9999)",
                            "The sequence source returned %d for agency %s on %s (must be 1 to 9999)")
                            .formatted(n, agency, day));
        }
        return new DossierCode(agency, day, n);
    }

    @Override
    public String toString() {
        return "DossierCodeGenerator[" + source + "]";
    }
}
