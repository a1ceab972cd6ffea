package io.farmroutes.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** One benchmark's part of the report: its goals with what was measured, then tables and notes. */
public final class Section {

    private final String title;
    private final List<Goal> goals = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();

    public Section(String title) {
        this.title = title;
    }

    public Section goal(String goal, String measured, boolean met) {
        goals.add(new Goal(goal, measured, met));
        return this;
    }

    /** A paragraph, a table or any markdown block, in order. */
    public Section add(Object block) {
        blocks.add(String.valueOf(block));
        return this;
    }

    public String title() {
        return title;
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        if (!goals.isEmpty()) {
            out.append("| goal | measured | |\n|---|---|---|\n");
            goals.forEach(goal -> out.append(goal.row()).append('\n'));
            out.append('\n');
        }
        blocks.forEach(block -> out.append(block).append("\n\n"));
        return out.toString();
    }
}
