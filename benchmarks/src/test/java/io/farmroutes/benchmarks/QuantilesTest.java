package io.farmroutes.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantilesTest {

    @Test
    void interpolatesBetweenTheClosestRanksOfTheSortedValues() {
        assertEquals(2.0, Quantiles.median(List.of(3, 1, 2)));
        assertEquals(2.5, Quantiles.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(2.0, Quantiles.of(List.of(5, 4, 3, 2, 1), 0.25));
        assertEquals(4.5, Quantiles.of(List.of(1, 2, 3, 4, 5, 6), 0.7));
        assertEquals(6.0, Quantiles.of(List.of(1, 6), 1.0));
        assertTrue(Double.isNaN(Quantiles.median(List.of())));
    }
}
