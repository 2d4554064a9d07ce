package dev.dvc4j.examples.vendor;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalQuoteRequest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A province's vendor module at work: the same question answered by the national runtime and by a runtime with
 * {@link HaTinhModule} registered. The province's day off moves a deadline; its tariff and the city's subsidy change
 * a postal quote in province 42 and nowhere else.
 */
public final class VendorModuleExample {

    private VendorModuleExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * The answers of both runtimes.
     *
     * @param nationalDue the due time on the national calendar
     * @param provinceDue the due time on the province's calendar
     * @param nationalQuote the postal quote with the bundled tariff
     * @param provinceQuote the postal quote in province 42 with the vendor's tariff and subsidy
     * @param elsewhereQuote the postal quote in another province with the vendor's runtime
     */
    public record Outcome(Instant nationalDue, Instant provinceDue, PostalQuote nationalQuote, PostalQuote provinceQuote,
                          PostalQuote elsewhereQuote) {
    }

    /**
     * Runs the example, printing to a stream.
     *
     * @param out where to print
     * @return what both runtimes answered
     */
    public static Outcome run(PrintStream out) {
        Dvc4j national = Dvc4j.builder().findAndRegisterModules().build();
        Dvc4j haTinh = Dvc4j.builder().findAndRegisterModules().register(new HaTinhModule()).build();

        // 1. Deadlines: a dossier received on Friday 9 October 2026 at 09:00 with one working day to process it.
        Instant received = LocalDateTime.of(2026, 10, 9, 9, 0).atZone(Dvc4j.VIETNAM).toInstant();
        ProcessingPeriod oneDay = ProcessingPeriod.workingDays(1);
        Instant nationalDue = national.get(CalendarPoints.DEADLINE_POLICY).dueAt(received, oneDay);
        Instant provinceDue = haTinh.get(CalendarPoints.DEADLINE_POLICY).dueAt(received, oneDay);
        out.println("Due, national calendar:  " + nationalDue.atZone(Dvc4j.VIETNAM).toLocalDateTime());
        out.println("Due, Hà Tĩnh calendar:   " + provinceDue.atZone(Dvc4j.VIETNAM).toLocalDateTime()
                + " (12 October is the province's day off)");
        out.println("Calendar provided by: " + haTinh.provenance(CalendarPoints.WORKING_CALENDAR).orElseThrow());

        // 2. Postal: sending a 100 g dossier and returning the result, intra-district, in 2026.
        PostalQuoteRequest.Builder request = PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone("intra-district")
                .weightGrams(100).date(LocalDate.of(2026, 3, 2));
        PostalQuote nationalQuote = PostalCalculator.from(national).quote(request.province(HaTinhModule.PROVINCE).build());
        PostalQuote provinceQuote = PostalCalculator.from(haTinh).quote(request.province(HaTinhModule.PROVINCE).build());
        PostalQuote elsewhereQuote = PostalCalculator.from(haTinh).quote(request.province("01").build());
        out.println();
        out.println("Bundled tariff in province 42:\n" + nationalQuote.describe(Locale.ENGLISH));
        out.println();
        out.println("Vendor tariff and city subsidy in province 42:\n" + provinceQuote.describe(Locale.ENGLISH));
        out.println();
        out.println("Same runtime, province 01 (Hà Nội): tariff " + elsewhereQuote.tariffId() + ", total " + elsewhereQuote.total());
        return new Outcome(nationalDue, provinceDue, nationalQuote, provinceQuote, elsewhereQuote);
    }
}
