package io.farmroutes.spi.render;

/** The provider-neutral view of one frame (or frame block) of a render task. */
public interface RenderFrame {

    String renderTaskId();

    /** The farm's identifier of the frame, what a re-submission names. */
    String renderFrameId();

    /** The frame number or range as the farm writes it, e.g. {@code 7} or {@code 7-9[1]}. */
    String renderFrameIndex();

    RenderStatus renderStatus();

    String nativeStatus();

    /**
     * Identifies one state of one attempt: a frame that fails, is re-submitted and fails again must give a
     * different key the second time, or a watcher would take the second failure for the first.
     */
    default String changeKey() {
        return nativeStatus();
    }
}
