package io.farmroutes.spi.render;

/**
 * The provider-neutral view of a render task that every farm's task model offers. The methods carry a
 * {@code render} prefix so that they never clash with the accessors of a provider's own record.
 */
public interface RenderTask {

    /** The farm's identifier of the task, as text (numeric on some farms, hexadecimal on others). */
    String renderTaskId();

    /** A human-readable name, such as the scene name; may be null. */
    String renderTaskName();

    RenderStatus renderStatus();

    /** The farm's own status, e.g. {@code 30} or {@code "completed"}. */
    String nativeStatus();

    /** Frames in the task, or -1 when the farm does not say. */
    int renderFrameCount();

    int renderFramesDone();

    int renderFramesFailed();

    /**
     * Whether the farm has taken a submission of this task: TRUE or FALSE where the farm tells, null where it
     * cannot be told from the task. A client whose submit call ended without an answer reads this instead of
     * sending the call again.
     */
    default Boolean renderSubmitted() {
        return null;
    }

    /**
     * Changes whenever anything a frame watcher cares about changes: a watcher skips reading the frames of a
     * task whose key is unchanged since its last look.
     */
    default String progressKey() {
        return nativeStatus() + "/" + renderFrameCount() + "/" + renderFramesDone() + "/" + renderFramesFailed();
    }
}
