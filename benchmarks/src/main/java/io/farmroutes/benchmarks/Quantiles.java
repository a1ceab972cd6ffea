package io.farmroutes.benchmarks;

import java.util.Collection;

/** Order statistics of measured values: the quantile by linear interpolation between the closest ranks. */
public final class Quantiles {

    private Quantiles() {
    }

    /** The {@code q}-quantile (0..1) of the values; NaN when there are none. */
    public static double of(Collection<? extends Number> values, double q) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    public static double median(Collection<? extends Number> values) {
        return of(values, 0.5);
    }
}
