package io.farmroutes.spi.render;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The portable render operations: what watchers and the pipeline ask of any farm. A provider maps each onto
 * its own operations; one it cannot offer throws {@link UnsupportedOperationException} naming itself and
 * the operation. The iterators read lazily, page by page, and throw the provider's typed exceptions.
 */
public interface RenderOperations {

    /** Creates a task for the job without starting it; the task is ready for {@link #submit}. */
    CompletableFuture<RenderTask> create(RenderJob job);

    CompletableFuture<Void> submit(String taskId);

    /** The current state of these tasks, in the order given; unknown ids are left out. */
    CompletableFuture<List<RenderTask>> status(Collection<String> taskIds);

    /** Every task the account sees, newest first where the farm orders them. */
    Iterator<RenderTask> tasks();

    /** The frames of a task. */
    Iterator<RenderFrame> frames(String taskId);

    /** Renders these frames of the task again. Not idempotent: callers guard it against repetition. */
    CompletableFuture<Void> resubmitFrames(String taskId, Collection<String> frameIds);

    CompletableFuture<Void> stop(String taskId);
}
