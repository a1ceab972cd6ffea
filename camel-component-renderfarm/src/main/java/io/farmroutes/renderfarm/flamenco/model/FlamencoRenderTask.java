package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.util.Collection;

/**
 * A Flamenco job in the portable view, with frame counts summed from its tasks (job/list alone only has a
 * percentage of finished tasks, which ignores failures).
 */
public record FlamencoRenderTask(String renderTaskId, String renderTaskName, String nativeStatus, int renderFrameCount,
                                 int renderFramesDone, int renderFramesFailed, int tasksRunning, int tasksWaiting)
        implements RenderTask {

    /** The job with the tasks the server lists for it; {@code frameCount} comes from the job's frame range. */
    public static FlamencoRenderTask of(long jobId, String name, String status, Integer frameStart, Integer frameEnd,
                                        Collection<FlamencoTask> tasks) {
        int done = 0;
        int failed = 0;
        int running = 0;
        int waiting = 0;
        for (FlamencoTask task : tasks) {
            switch (task.renderStatus()) {
                case DONE -> done += task.frameCount();
                case FAILED -> failed += task.frameCount();
                case RUNNING -> running++;
                default -> waiting++;
            }
        }
        int frames = frameStart == null || frameEnd == null ? -1 : Math.max(0, frameEnd - frameStart + 1);
        return new FlamencoRenderTask(Long.toString(jobId), name, status == null ? "" : status, frames, done, failed,
                running, waiting);
    }

    @Override
    public RenderStatus renderStatus() {
        return FlamencoStatuses.job(nativeStatus);
    }

    /** Counts of running and waiting chunks too: a chunk that starts changes what a frame watcher would see. */
    @Override
    public String progressKey() {
        return nativeStatus + "/" + renderFramesDone + "/" + renderFramesFailed + "/" + tasksRunning + "/" + tasksWaiting;
    }
}
