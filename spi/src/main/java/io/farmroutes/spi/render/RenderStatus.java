package io.farmroutes.spi.render;

/** The status every farm's tasks and frames are mapped onto, next to the farm's own status. */
public enum RenderStatus {
    WAITING(false),
    RUNNING(false),
    DONE(true),
    FAILED(true),
    STOPPED(true),
    ABANDONED(true);

    private final boolean terminal;

    RenderStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the farm will not change this task or frame again unless asked to. */
    public boolean isTerminal() {
        return terminal;
    }
}
