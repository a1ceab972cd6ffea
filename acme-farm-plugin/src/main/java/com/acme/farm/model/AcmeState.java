package com.acme.farm.model;

import io.farmroutes.spi.render.RenderStatus;

import java.util.Locale;

/** Acme's own state words, shared by jobs and frames, and the normalized status each one means. */
public enum AcmeState {
    /** A job that was created and not started yet. */
    DRAFT("draft", RenderStatus.WAITING),
    QUEUED("queued", RenderStatus.WAITING),
    RENDERING("rendering", RenderStatus.RUNNING),
    DONE("done", RenderStatus.DONE),
    ERROR("error", RenderStatus.FAILED),
    CANCELLED("cancelled", RenderStatus.STOPPED);

    private final String wire;
    private final RenderStatus status;

    AcmeState(String wire, RenderStatus status) {
        this.wire = wire;
        this.status = status;
    }

    /** The word as Acme writes it. */
    public String wire() {
        return wire;
    }

    public RenderStatus renderStatus() {
        return status;
    }

    /**
     * The normalized status of a state word. A word this client does not know yet counts as still running:
     * a watcher keeps looking at it instead of taking it for finished.
     */
    public static RenderStatus renderStatusOf(String word) {
        if (word == null) {
            return RenderStatus.WAITING;
        }
        String probe = word.strip().toLowerCase(Locale.ROOT);
        for (AcmeState state : values()) {
            if (state.wire.equals(probe)) {
                return state.status;
            }
        }
        return RenderStatus.RUNNING;
    }
}
