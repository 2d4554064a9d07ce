package dev.dvc4j.stats;

import dev.dvc4j.core.procedure.OnlineMode;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts a procedure catalogue for formulas 3.1 (procedures offered online ÷ in scope), 3.5 (fee-bearing
 * procedures with online payment ÷ fee-bearing procedures) and the share offered fully online.
 */
public final class ServiceAccumulator implements Accumulator<ServiceFacts, ServiceAccumulator, ServiceAccumulator.Result> {

    private static final long serialVersionUID = 1L;

    private final long[] levels = new long[5];
    private final long[] modes = new long[3];
    private long feeBearing;
    private long paymentIntegrated;

    private ServiceAccumulator() {
    }

    /** @return an empty accumulator */
    public static ServiceAccumulator create() {
        return new ServiceAccumulator();
    }

    @Override
    public ServiceAccumulator empty() {
        return new ServiceAccumulator();
    }

    @Override
    public void add(ServiceFacts s) {
        levels[s.legacyLevel()]++;
        modes[s.onlineMode().ordinal()]++;
        if (s.feeBearing()) {
            feeBearing++;
            if (s.onlinePaymentIntegrated()) {
                paymentIntegrated++;
            }
        }
    }

    @Override
    public ServiceAccumulator merge(ServiceAccumulator other) {
        for (int i = 0; i < levels.length; i++) {
            levels[i] = Math.addExact(levels[i], other.levels[i]);
        }
        for (int i = 0; i < modes.length; i++) {
            modes[i] = Math.addExact(modes[i], other.modes[i]);
        }
        feeBearing = Math.addExact(feeBearing, other.feeBearing);
        paymentIntegrated = Math.addExact(paymentIntegrated, other.paymentIntegrated);
        return this;
    }

    @Override
    public Result result() {
        return new Result(levels.clone(), modes.clone(), feeBearing, paymentIntegrated);
    }

    /** The counts of a catalogue. */
    public static final class Result implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long[] levels;
        private final long[] modes;
        private final long feeBearing;
        private final long paymentIntegrated;

        Result(long[] levels, long[] modes, long feeBearing, long paymentIntegrated) {
            this.levels = levels;
            this.modes = modes;
            this.feeBearing = feeBearing;
            this.paymentIntegrated = paymentIntegrated;
        }

        /** @return procedures in scope */
        public long inScope() {
            return modes[0] + modes[1] + modes[2];
        }

        /**
         * Procedures at a legacy level.
         *
         * @param level 0–4
         * @return the count
         */
        public long atLevel(int level) {
            return levels[level];
        }

        /**
         * Procedures offered in a mode.
         *
         * @param mode the mode
         * @return the count
         */
        public long inMode(OnlineMode mode) {
            return modes[mode.ordinal()];
        }

        /** @return the share of procedures at legacy level 4 ({@code 177 / 488} in the Hà Tĩnh seed) */
        public Rate levelFourShare() {
            return Rate.of(levels[4], inScope());
        }

        /**
         * A service metric; dossier metrics are not applicable here.
         *
         * @param metric the metric
         * @return the rate
         */
        public Rate rate(Metric metric) {
            switch (metric) {
                case SERVICE_AVAILABILITY:
                    return Rate.of(modes[OnlineMode.PARTIAL.ordinal()] + modes[OnlineMode.FULL.ordinal()], inScope());
                case FULL_ONLINE_SERVICES:
                    return Rate.of(modes[OnlineMode.FULL.ordinal()], inScope());
                case PAYMENT_INTEGRATION:
                    return Rate.of(paymentIntegrated, feeBearing);
                default:
                    return Rate.NOT_APPLICABLE;
            }
        }

        /** @return every service metric's rate */
        public Map<Metric, Rate> rates() {
            Map<Metric, Rate> map = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                if (!m.fromDossiers()) {
                    map.put(m, rate(m));
                }
            }
            return map;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result && Arrays.equals(levels, ((Result) o).levels)
                    && Arrays.equals(modes, ((Result) o).modes) && feeBearing == ((Result) o).feeBearing
                    && paymentIntegrated == ((Result) o).paymentIntegrated;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(levels) + Arrays.hashCode(modes) + Long.hashCode(feeBearing * 31 + paymentIntegrated);
        }

        @Override
        public String toString() {
            return "ServiceMetrics[inScope=" + inScope() + ", " + rates() + "]";
        }
    }
}
