package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.render.RenderStatus;

import java.util.Locale;

/** Flamenco's status words (spec §5) in the portable vocabulary. */
public final class FlamencoStatuses {

    private FlamencoStatuses() {
    }

    /**
     * A job status; any other word (jobs store what the creator posted) counts as waiting, because dispatch
     * ignores such jobs until they are started.
     */
    public static RenderStatus job(String status) {
        return switch (normalize(status)) {
            case "running" -> RenderStatus.RUNNING;
            case "completed" -> RenderStatus.DONE;
            case "failed" -> RenderStatus.FAILED;
            case "stopped" -> RenderStatus.STOPPED;
            default -> RenderStatus.WAITING;
        };
    }

    /** A task status; a stopped task keeps whatever its manager reported, which counts as stopped. */
    public static RenderStatus task(String status) {
        return switch (normalize(status)) {
            case "ready" -> RenderStatus.WAITING;
            case "running" -> RenderStatus.RUNNING;
            case "finished" -> RenderStatus.DONE;
            case "failed" -> RenderStatus.FAILED;
            default -> RenderStatus.STOPPED;
        };
    }

    private static String normalize(String status) {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }
}
