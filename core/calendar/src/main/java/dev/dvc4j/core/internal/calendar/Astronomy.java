package dev.dvc4j.core.internal.calendar;

/**
 * The few astronomical quantities the lunisolar calendar needs, from the published formulas of Jean Meeus,
 * <i>Astronomical Algorithms</i> (2nd ed., 1998): mean new moons with periodic and planetary corrections (ch. 49), the
 * sun's apparent longitude (ch. 25, the lower-accuracy series, about 0.01°), and ΔT from the Espenak–Meeus polynomials
 * (NASA, 2006) until 2016, frozen at 69.184 s afterwards (the value since the last leap second; Time4J does the same). {@link StrictMath} keeps every result identical on every JVM.
 */
final class Astronomy {

    /** Julian day of 1970-01-01T00:00Z. */
    static final double JD_UNIX_EPOCH = 2440587.5;

    private Astronomy() {
    }

    /**
     * The instant of the new moon of lunation {@code k} (k = 0 is 2000-01-06), as a Julian ephemeris day (TT).
     *
     * @param k the lunation number
     * @return the JDE
     */
    static double newMoonJde(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * sin(mp)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mp)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mp - m)
                - 0.00514 * e * sin(mp + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mp - 2 * f)
                - 0.00057 * sin(mp + 2 * f)
                + 0.00056 * e * sin(2 * mp + m)
                - 0.00042 * sin(3 * mp)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mp - m)
                - 0.00017 * sin(om)
                - 0.00007 * sin(mp + 2 * m)
                + 0.00004 * sin(2 * mp - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mp + m - 2 * f)
                + 0.00003 * sin(2 * mp + 2 * f)
                - 0.00003 * sin(mp + m + 2 * f)
                + 0.00003 * sin(mp - m + 2 * f)
                - 0.00002 * sin(mp - m - 2 * f)
                - 0.00002 * sin(3 * mp + m)
                + 0.00002 * sin(4 * mp);
        double a = 0.000325 * sin(rad(299.77 + 0.107408 * k - 0.009173 * t2))
                + 0.000165 * sin(rad(251.88 + 0.016321 * k))
                + 0.000164 * sin(rad(251.83 + 26.651886 * k))
                + 0.000126 * sin(rad(349.42 + 36.412478 * k))
                + 0.000110 * sin(rad(84.66 + 18.206239 * k))
                + 0.000062 * sin(rad(141.74 + 53.303771 * k))
                + 0.000060 * sin(rad(207.14 + 2.453732 * k))
                + 0.000056 * sin(rad(154.84 + 7.306860 * k))
                + 0.000047 * sin(rad(34.52 + 27.261239 * k))
                + 0.000042 * sin(rad(207.19 + 0.121824 * k))
                + 0.000040 * sin(rad(291.34 + 1.844379 * k))
                + 0.000037 * sin(rad(161.72 + 24.198154 * k))
                + 0.000035 * sin(rad(239.56 + 25.513099 * k))
                + 0.000023 * sin(rad(331.55 + 3.592518 * k));
        return jde + c + a;
    }

    /**
     * The sun's apparent geocentric longitude in degrees, [0, 360).
     *
     * @param jde a Julian ephemeris day (TT)
     * @return the longitude
     */
    static double sunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m)
                + (0.019993 - 0.000101 * t) * sin(2 * m)
                + 0.000289 * sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * sin(omega);
        lambda %= 360.0;
        return lambda < 0 ? lambda + 360.0 : lambda;
    }

    /**
     * ΔT = TT − UT in seconds: the Espenak–Meeus polynomials until 2016, then frozen at 69.184 s.
     *
     * @param year the decimal year
     * @return ΔT in seconds
     */
    static double deltaT(double year) {
        double y = year;
        if (y < 1900) {
            double t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * t * t * t * t + t * t * t * t * t / 233174;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (y < 2017) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        // The future ΔT cannot be predicted; like Time4J, freeze it at its value since the leap second of 2017-01-01:
        // 37 s (TAI - UTC) + 32.184 s (TT - TAI).
        return FROZEN_DELTA_T;
    }

    /** ΔT from 2017 on, in seconds. */
    static final double FROZEN_DELTA_T = 69.184;

    /**
     * Converts a Julian ephemeris day (TT) to a Julian day in UT.
     *
     * @param jde the JDE
     * @return the JD (UT)
     */
    static double toUt(double jde) {
        double year = 2000 + (jde - 2451545.0) / 365.25;
        return jde - deltaT(year) / 86400.0;
    }

    /**
     * Converts a Julian day in UT to a Julian ephemeris day (TT).
     *
     * @param jd the JD (UT)
     * @return the JDE
     */
    static double toTt(double jd) {
        double year = 2000 + (jd - 2451545.0) / 365.25;
        return jd + deltaT(year) / 86400.0;
    }

    private static double rad(double deg) {
        return StrictMath.toRadians(deg % 360.0);
    }

    private static double sin(double x) {
        return StrictMath.sin(x);
    }
}
