package dev.dvc4j.core.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.time4j.calendar.astro.AstronomicalSeason;
import net.time4j.calendar.astro.JulianDay;
import net.time4j.calendar.astro.MoonPhase;
import net.time4j.scale.TimeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The astronomy under the lunar table, checked directly rather than through the table (which is computed once per
 * JVM): against Jean Meeus's worked examples, the Espenak–Meeus ΔT polynomials as NASA publishes them, and Time4J
 * (test scope only), which implements the same new-moon series and, for most of the period, the same ΔT.
 */
class AstronomyTest {

    /** Time4J rounds its moments to the second or so: 1.2e-5 days is about one second. */
    private static final double ONE_SECOND_IN_DAYS = 1.2e-5;

    @Test
    void meeusExample49aNewMoonOf1977February() {
        // Astronomical Algorithms, example 49.a: k = -283, JDE 2443192.65118 (1977-02-18 03:37:42 TD).
        assertThat(Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00001));
    }

    @Test
    void everyNewMoonTheTableUsesAgreesWithTime4jWithinASecond() {
        // k from 1897 to 2202: every lunation the table covers, and a margin.
        for (int k = -1265; k <= 2505; k++) {
            double time4j = JulianDay.ofEphemerisTime(MoonPhase.NEW_MOON.atLunation(k)).getValue();
            assertThat(Astronomy.newMoonJde(k)).as("new moon of lunation %d", k).isCloseTo(time4j,
                    within(ONE_SECOND_IN_DAYS));
        }
    }

    @Test
    void meeusExample25aSunsApparentLongitude() {
        // Astronomical Algorithms, example 25.a: 1992-10-13.0 TD = JDE 2448908.5, apparent longitude 199.90895°.
        assertThat(Astronomy.sunLongitude(2448908.5)).isCloseTo(199.90895, within(0.00001));
    }

    @Test
    void theSunIsAtEachSeasonsLongitudeAtTime4jsEquinoxesAndSolsticesWithinTheSeriesAccuracy() {
        for (int year = 1898; year <= 2201; year++) {
            int quarter = 0;
            for (AstronomicalSeason season : AstronomicalSeason.values()) {
                double jde = JulianDay.ofEphemerisTime(season.inYear(year)).getValue();
                double longitude = Astronomy.sunLongitude(jde);
                double off = ((longitude - quarter * 90.0 + 540.0) % 360.0) - 180.0;
                assertThat(off).as("%s %d at %.5f°", season, year, longitude).isCloseTo(0.0, within(0.01));
                quarter++;
            }
        }
    }

    @Test
    void longitudesStayInZeroTo360() {
        // Just after the vernal equinox the longitude is small and positive; just before it, just under 360°.
        double equinox = JulianDay.ofEphemerisTime(AstronomicalSeason.VERNAL_EQUINOX.inYear(2026)).getValue();
        assertThat(Astronomy.sunLongitude(equinox + 1)).isBetween(0.9, 1.1);
        assertThat(Astronomy.sunLongitude(equinox - 1)).isBetween(358.9, 359.1);
        for (double jde = 2415020.5; jde < 2525000; jde += 1.37) {
            assertThat(Astronomy.sunLongitude(jde)).isGreaterThanOrEqualTo(0.0).isLessThan(360.0);
        }
    }

    @Test
    void deltaTIsTime4jsWhereBothUseTheEspenakMeeusPolynomials() {
        // 1860–1940 and 1986–2004: the same polynomials; Time4J takes the middle of each month.
        for (int[] span : new int[][] {{1860, 1940}, {1986, 2004}}) {
            for (int year = span[0]; year <= span[1]; year++) {
                for (int month = 1; month <= 12; month++) {
                    assertThat(Astronomy.deltaT(year + (month - 0.5) / 12)).as("ΔT %d-%d", year, month)
                            .isCloseTo(TimeScale.deltaT(year, month), within(1e-9));
                }
            }
        }
    }

    /** The published polynomials, evaluated independently of the code, where Time4J uses other values. */
    @ParameterizedTest
    @CsvSource({
        "1941.5, 25.05929716269751",
        "1945.25, 26.997837546612946",
        "1950.0, 29.07",
        "1955.75, 31.342991366810402",
        "1960.9, 33.50483852634847",
        "1961.0, 33.579880865652456",
        "1965.5, 36.160500214270414",
        "1975.0, 45.45",
        "1980.25, 50.74420399882152",
        "1985.9, 54.81967690164993",
        "2005.0, 64.670575",
        "2010.5, 66.91897225",
        "2016.9, 69.96094729000004",
    })
    void deltaTFollowsThePublishedPolynomials(double year, double seconds) {
        assertThat(Astronomy.deltaT(year)).isCloseTo(seconds, within(1e-9));
    }

    @Test
    void deltaTIsFrozenFrom2017AtItsValueSinceTheLastLeapSecond() {
        assertThat(Astronomy.FROZEN_DELTA_T).isEqualTo(37 + 32.184);
        assertThat(Astronomy.deltaT(2017.0)).isEqualTo(69.184);
        assertThat(Astronomy.deltaT(2150.5)).isEqualTo(69.184);
        assertThat(Astronomy.deltaT(2016.999)).isNotEqualTo(69.184);
    }

    @Test
    void deltaTSegmentsMeetWithinASecondAtTheirBoundaries() {
        for (double boundary : new double[] {1900, 1920, 1941, 1961, 1986, 2005}) {
            assertThat(Astronomy.deltaT(boundary)).as("ΔT at %s", boundary)
                    .isCloseTo(Astronomy.deltaT(boundary - 1e-9), within(1.0));
        }
    }

    @Test
    void universalAndTerrestrialTimeDifferByDeltaTAndAreInverse() {
        double jde = 2451545.0; // 2000-01-01 12:00 TT, when ΔT was 63.86 s
        double ut = Astronomy.toUt(jde);
        assertThat((jde - ut) * 86400).isCloseTo(63.86, within(1e-3));
        assertThat(Astronomy.toTt(ut)).isCloseTo(jde, within(1e-9));
        double jd1900 = 2415020.5; // 1900-01-01 00:00 UT, when ΔT was -2.79 s
        assertThat((Astronomy.toTt(jd1900) - jd1900) * 86400).isCloseTo(-2.79, within(0.01));
        assertThat(Astronomy.toUt(Astronomy.toTt(jd1900))).isCloseTo(jd1900, within(1e-9));
    }
}
