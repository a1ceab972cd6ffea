package io.farmroutes.benchmarks.overhead;

import io.farmroutes.benchmarks.Quantiles;

import java.util.List;

/** The median and quartiles of a set of per-round ratios. */
record RatioSpread(int count, double lowerQuartile, double median, double upperQuartile) {

    /** From the node's list of numbers; an empty or missing list is an error, not a ratio of 1. */
    static RatioSpread of(Object rounds) {
        if (!(rounds instanceof List<?> values) || values.isEmpty()) {
            throw new IllegalStateException("no interleaved rounds measured: " + rounds);
        }
        List<Number> numbers = values.stream().map(Number.class::cast).toList();
        return new RatioSpread(numbers.size(), Quantiles.of(numbers, 0.25), Quantiles.median(numbers),
                Quantiles.of(numbers, 0.75));
    }
}
