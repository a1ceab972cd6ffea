package io.farmroutes.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A markdown table built row by row. */
public final class Table {

    private final List<String> lines = new ArrayList<>();
    private final int columns;

    public Table(String... headings) {
        columns = headings.length;
        lines.add(row(headings));
        lines.add("|" + "---|".repeat(columns));
    }

    /** Adds a row; each cell is shown with {@link String#valueOf(Object)}. */
    public Table add(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = String.valueOf(cells[i]);
        }
        lines.add(row(text));
        return this;
    }

    private static String row(String[] cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
