package dev.dvc4j.benchmarks.calendar;

import dev.dvc4j.core.calendar.VietnameseLunarDate;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * Retained heap of a 300-year calendar (1900–2199), measured two ways: the size of its day tables as computed by the
 * calendar, and the heap growth ({@link Runtime} deltas after GC) while holding 20 separately built calendars.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dvc4j.benchmarks.calendar.CalendarMemory
 * </pre>
 */
public final class CalendarMemory {

    private CalendarMemory() {
    }

    /**
     * Runs the measurement.
     *
     * @param args unused
     * @throws InterruptedException if interrupted while waiting for GC
     */
    public static void main(String[] args) throws InterruptedException {
        VietnameseLunarDate.fromSolar(LocalDate.of(2000, 1, 1)); // load the shared lunar table first
        WorkingCalendar.vietnam();
        long before = used();
        int n = 20;
        WorkingCalendar[] held = new WorkingCalendar[n];
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            held[k] = WorkingCalendar.builder().build();
        }
        long buildNanos = (System.nanoTime() - t0) / n;
        long after = used();
        System.out.printf("day tables per calendar (computed): %,d bytes%n", held[0].retainedBytes());
        System.out.printf("heap growth per calendar (Runtime delta, %d calendars): %,d bytes%n", n, (after - before) / n);
        System.out.printf("build time per calendar (after warm-up of one): %.1f ms%n", buildNanos / 1e6);
        System.out.println(held[n - 1].lastDate());
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 5; k++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
