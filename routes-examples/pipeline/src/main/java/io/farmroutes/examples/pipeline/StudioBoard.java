package io.farmroutes.examples.pipeline;

import io.farmroutes.renderfarm.pipeline.TaskProgress;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the studio sees: each shot's render progress and publication, printed as it changes and as a summary
 * table at the end. Thread-safe: the pipeline's routes report from their own threads.
 */
public final class StudioBoard {

    /** One shot's line on the board. */
    public record Shot(String key, TaskProgress progress, String outcome, int outputs, String ticket,
                       String document, String publication) {

        Shot with(TaskProgress newProgress) {
            return new Shot(key, newProgress, outcome, outputs, ticket, document, publication);
        }

        /** Whether nothing more will happen to this shot. */
        public boolean settled() {
            return "FAILED".equals(outcome) || publication != null && !publication.equals("uploading");
        }
    }

    private final Map<String, Shot> shots = new LinkedHashMap<>();
    private final Map<String, String> shotOfTicket = new LinkedHashMap<>();
    private final PrintStream out;

    public StudioBoard(PrintStream out) {
        this.out = out;
    }

    public synchronized void expect(String key) {
        shots.putIfAbsent(key, new Shot(key, null, null, 0, null, null, null));
    }

    public synchronized void progress(TaskProgress progress) {
        Shot before = shots.get(progress.jobKey());
        if (before == null || before.outcome() != null) {
            return;
        }
        Shot now = before.with(progress);
        shots.put(progress.jobKey(), now);
        if (!Objects.equals(line(before), line(now))) {
            out.println("  " + line(now));
        }
    }

    public synchronized void finished(TaskProgress progress, String outcome, int outputs) {
        Shot before = shots.getOrDefault(progress.jobKey(), new Shot(progress.jobKey(), null, null, 0, null, null,
                null));
        Shot now = new Shot(before.key(), progress, outcome, outputs, before.ticket(), before.document(),
                "COMPLETED".equals(outcome) ? "uploading" : null);
        shots.put(progress.jobKey(), now);
        out.println("  " + line(now));
    }

    public synchronized void uploaded(String key, String ticket) {
        Shot s = shots.get(key);
        shotOfTicket.put(ticket, key);
        shots.put(key, new Shot(key, s.progress(), s.outcome(), s.outputs(), ticket, null, "uploading"));
    }

    public synchronized void ticket(String ticket, boolean done, String document) {
        String key = shotOfTicket.get(ticket);
        if (key == null) {
            return;
        }
        Shot s = shots.get(key);
        Shot now = new Shot(key, s.progress(), s.outcome(), s.outputs(), ticket, document,
                done ? "published" : "rejected");
        shots.put(key, now);
        out.println("  " + line(now));
    }

    /** Whether every expected shot is settled: rendered and published, or given up. */
    public synchronized boolean allSettled() {
        return !shots.isEmpty() && shots.values().stream().allMatch(Shot::settled);
    }

    public synchronized List<Shot> shots() {
        return new ArrayList<>(shots.values());
    }

    private static String line(Shot shot) {
        TaskProgress p = shot.progress();
        if (p == null) {
            return String.format("%-8s waiting for the farm", shot.key());
        }
        String frames = p.frames() < 0 ? "?" : Integer.toString(p.frames());
        String state = shot.publication() != null ? shot.publication()
                : shot.outcome() != null ? shot.outcome().toLowerCase()
                : p.status().isTerminal() && p.framesFailed() > 0 ? "re-submitting failed frames"
                : p.status().name().toLowerCase();
        return String.format("%-8s task %-9s %s %3d/%-3s frames  failed %-2d resubmitted %-2d  %s", shot.key(),
                p.taskId(), bar(p.framesDone(), p.frames()), p.framesDone(), frames, p.framesFailed(),
                p.resubmitted(), state);
    }

    private static String bar(int done, int total) {
        int width = 20;
        int filled = total <= 0 ? 0 : Math.min(width, done * width / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    /** The summary table: one row per shot. */
    public synchronized String summary() {
        StringBuilder table = new StringBuilder();
        String format = "| %-8s | %-9s | %6s | %11s | %9s | %-10s | %7s | %-10s |%n";
        table.append(String.format(format, "shot", "task", "frames", "resubmitted", "exhausted", "outcome",
                "outputs", "ipernity"));
        table.append(String.format(format, "-".repeat(8), "-".repeat(9), "-".repeat(6), "-".repeat(11),
                "-".repeat(9), "-".repeat(10), "-".repeat(7), "-".repeat(10)));
        for (Shot shot : shots.values()) {
            TaskProgress p = shot.progress();
            table.append(String.format(format, shot.key(), p == null ? "-" : p.taskId(),
                    p == null ? "-" : p.framesDone() + "/" + p.frames(), p == null ? "-" : p.resubmitted(), p == null ? "-" : p.exhausted(),
                    shot.outcome() == null ? "unfinished" : shot.outcome().toLowerCase(), shot.outputs(),
                    shot.document() != null ? "doc " + shot.document()
                            : shot.publication() == null ? "-" : shot.publication()));
        }
        return table.toString();
    }
}
