package io.farmroutes.benchmarks;

/** A goal of the issue, what was measured against it, and whether it was met. */
public record Goal(String goal, String measured, boolean met) {

    /** A markdown table row. */
    String row() {
        return "| " + goal + " | " + measured + " | " + (met ? "met" : "**missed**") + " |";
    }
}
