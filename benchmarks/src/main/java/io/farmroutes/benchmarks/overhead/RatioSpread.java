package io.farmroutes.benchmarks.overhead;

import java.util.ArrayList;
import java.util.List;

/** The median and quartiles of a set of per-round ratios. */
record RatioSpread(int count, double lowerQuartile, double median, double upperQuartile) {

    /** From the node's list of numbers; an empty or missing list is an error, not a ratio of 1. */
    static RatioSpread of(Object rounds) {
        if (!(rounds instanceof List<?> values) || values.isEmpty()) {
            throw new IllegalStateException("no interleaved rounds measured: " + rounds);
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(value -> sorted.add(((Number) value).doubleValue()));
        sorted.sort(null);
        return new RatioSpread(sorted.size(), at(sorted, 0.25), at(sorted, 0.5), at(sorted, 0.75));
    }

    /** Linear interpolation between the closest ranks. */
    private static double at(List<Double> sorted, double quantile) {
        double rank = quantile * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (rank - below);
    }
}
