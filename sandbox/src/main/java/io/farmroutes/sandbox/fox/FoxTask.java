package io.farmroutes.sandbox.fox;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task, its frames and its render simulation. The simulation is lazy: {@link #advance} replays what happened
 * up to a moment, so no background thread is needed. Guarded by the {@link FoxState} lock.
 */
final class FoxTask {

    final long id;
    final String alias;
    final int platform;
    final long createdMs;
    final Long parentId;
    final List<FoxTask> children = new ArrayList<>();
    /** The four configuration files by name, as uploaded. */
    final Map<String, String> files = new LinkedHashMap<>();
    final Set<Long> labelIds = new LinkedHashSet<>();
    final List<FoxFrame> frames = new ArrayList<>();

    String sceneName;
    Integer cgId;
    String framesRange;
    String projectName;
    String producer;
    String artist;
    int taskUserLevel = 50;
    Integer taskLimit;
    Integer overTimeSec;
    boolean fullSpeed;
    Integer hardwareConfigId;
    Long cloneOriginalId;
    Long outUserId;

    boolean submitted;
    Long submitMs;
    /** When rendering is to begin (start delay); null once begun or while not submitted. */
    Long pendingStartMs;
    Long startMs;
    boolean userStopped;
    boolean abandoned;
    Long abandonMs;
    boolean deleted;
    Integer preStatus;

    private final Deque<FoxFrame> queue = new ArrayDeque<>();
    private final List<FoxFrame> rendering = new ArrayList<>();
    /**
     * Before this moment {@link #advance} has nothing to do: the next frame end or the delayed start. Every request
     * brings every task up to now, so with thousands of rendering tasks the replay must not touch the frames of
     * each one each time; whatever changes the queue, the slots or the flags forgets it.
     */
    private long quietUntilMs = Long.MIN_VALUE;

    FoxTask(long id, String alias, int platform, long createdMs, Long parentId) {
        this.id = id;
        this.alias = alias;
        this.platform = platform;
        this.createdMs = createdMs;
        this.parentId = parentId;
    }

    /** Whether the simulation still has something to do for this task (or its children). */
    boolean active() {
        if (abandoned || userStopped || !submitted) {
            return false;
        }
        if (pendingStartMs != null || !queue.isEmpty() || !rendering.isEmpty()) {
            return true;
        }
        return children.stream().anyMatch(FoxTask::active);
    }

    /** Whether {@link #advance} would change nothing at {@code nowMs}, known without looking at the frames. */
    boolean quietAt(long nowMs) {
        return nowMs < quietUntilMs;
    }

    /** Replays the render up to {@code nowMs}: frames finish, free slots take the next waiting frames. */
    void advance(long nowMs, RenderRules rules) {
        if (quietAt(nowMs)) {
            return;
        }
        replay(nowMs, rules);
        quietUntilMs = nextEventMs();
    }

    /**
     * When the simulation next has something to do on its own; the distant past (never quiet) while it is not
     * rendering, or has children, whose state is changed from outside.
     */
    private long nextEventMs() {
        if (!children.isEmpty() || abandoned || userStopped || !submitted) {
            return Long.MIN_VALUE;
        }
        if (pendingStartMs != null) {
            return pendingStartMs;
        }
        long next = Long.MAX_VALUE;
        for (FoxFrame f : rendering) {
            next = Math.min(next, f.endMs);
        }
        return next;
    }

    /** Changes from outside the replay: the next {@link #advance} looks again. */
    private void wake() {
        quietUntilMs = Long.MIN_VALUE;
    }

    private void replay(long nowMs, RenderRules rules) {
        for (FoxTask child : children) {
            child.advance(nowMs, rules);
        }
        if (abandoned || userStopped || !submitted) {
            return;
        }
        if (pendingStartMs != null) {
            if (nowMs < pendingStartMs) {
                return;
            }
            long begin = pendingStartMs;
            pendingStartMs = null;
            if (startMs == null) {
                startMs = begin;
            }
            fill(begin, rules);
        }
        while (true) {
            FoxFrame next = null;
            for (FoxFrame f : rendering) {
                if (next == null || f.endMs < next.endMs) {
                    next = f;
                }
            }
            if (next == null || next.endMs > nowMs) {
                return;
            }
            boolean failed = rules.fails(id, next.id, next.attempt);
            if (!failed && rules.outputStorage() != null) {
                // before the frame counts as done, so that a failed write is tried again by the next request
                FrameOutputs.write(rules.outputStorage(), next);
            }
            rendering.remove(next);
            next.finish(failed);
            fill(next.endMs, rules);
        }
    }

    /** Starts waiting frames at {@code atMs} until the task's slots are full. */
    private void fill(long atMs, RenderRules rules) {
        int slots = taskLimit != null && taskLimit > 0 && !fullSpeed
                ? Math.min(taskLimit, rules.parallelFrames()) : rules.parallelFrames();
        while (rendering.size() < slots && !queue.isEmpty()) {
            FoxFrame frame = queue.poll();
            frame.start(atMs, rules.frameMillis(), rendering.size());
            rendering.add(frame);
        }
    }

    /** Submits the frames: rendering begins after the start delay. */
    void submit(long nowMs, long startDelayMs, List<FoxFrame> newFrames) {
        wake();
        frames.addAll(newFrames);
        queue.addAll(newFrames);
        submitted = true;
        submitMs = nowMs;
        pendingStartMs = nowMs + startDelayMs;
    }

    /** Queues settled frames for another attempt; frames already waiting or rendering are left alone. */
    void recommit(Collection<FoxFrame> chosen, long nowMs, RenderRules rules) {
        wake();
        int before = status();
        boolean any = false;
        for (FoxFrame f : chosen) {
            if (FoxStatus.frameSettled(f.status)) {
                f.recommit();
                queue.add(f);
                any = true;
            }
        }
        if (any) {
            preStatus = before;
            userStopped = false;
            kick(nowMs, rules);
        }
    }

    /** Stops the chosen waiting or rendering frames; free slots go to the next waiting frames. */
    void stopFrames(Collection<FoxFrame> chosen, long nowMs, RenderRules rules) {
        wake();
        for (FoxFrame f : chosen) {
            if (f.status == FoxStatus.FRAME_WAITING || f.status == FoxStatus.FRAME_RENDERING) {
                queue.remove(f);
                rendering.remove(f);
                f.stop(nowMs);
            }
        }
        kick(nowMs, rules);
    }

    /** The user stops the task (and its children): unfinished frames become stopped (3). */
    void stop(long nowMs) {
        wake();
        if (!active()) {
            return;
        }
        preStatus = status();
        children.forEach(c -> c.stop(nowMs));
        haltFrames(nowMs);
        userStopped = true;
    }

    /** Resumes a user-stopped task: its stopped frames (and its children's) wait again. */
    void start(long nowMs, RenderRules rules) {
        wake();
        if (!userStopped || abandoned) {
            return;
        }
        preStatus = status();
        userStopped = false;
        children.forEach(c -> c.start(nowMs, rules));
        for (FoxFrame f : frames) {
            if (f.status == FoxStatus.FRAME_STOPPED) {
                f.status = FoxStatus.FRAME_WAITING;
                queue.add(f);
            }
        }
        kick(nowMs, rules);
    }

    void abandon(long nowMs) {
        wake();
        if (abandoned) {
            return;
        }
        preStatus = status();
        children.forEach(c -> c.abandon(nowMs));
        haltFrames(nowMs);
        abandoned = true;
        abandonMs = nowMs;
    }

    private void haltFrames(long nowMs) {
        for (FoxFrame f : frames) {
            if (f.status == FoxStatus.FRAME_WAITING || f.status == FoxStatus.FRAME_RENDERING) {
                f.stop(nowMs);
            }
        }
        queue.clear();
        rendering.clear();
    }

    /** Uses free slots at once, e.g. after the task's node limit was raised. */
    void reschedule(long nowMs, RenderRules rules) {
        kick(nowMs, rules);
    }

    /**
     * Fills free slots now, unless the task is not rendering at all, or its start delay has not passed yet
     * (then the delayed start does it).
     */
    private void kick(long nowMs, RenderRules rules) {
        wake();
        if (!submitted || userStopped || abandoned) {
            return;
        }
        if (pendingStartMs != null) {
            pendingStartMs = Math.max(pendingStartMs, nowMs);
            return;
        }
        if (startMs == null) {
            startMs = nowMs;
        }
        fill(nowMs, rules);
    }

    /** The task status (spec §13) derived from flags and frame states. */
    int status() {
        if (abandoned) {
            return FoxStatus.TASK_ABANDONED;
        }
        if (userStopped) {
            return FoxStatus.TASK_USER_STOPPED;
        }
        if (!submitted) {
            return FoxStatus.TASK_WAITING;
        }
        if (pendingStartMs != null) {
            return FoxStatus.TASK_WAITING;
        }
        if (active()) {
            return FoxStatus.TASK_RENDERING;
        }
        FrameCounts c = counts();
        if (c.failed() > 0) {
            return FoxStatus.TASK_DONE_WITH_FAILED;
        }
        return c.stopped() > 0 ? FoxStatus.TASK_DONE_WITH_STOPPED : FoxStatus.TASK_DONE;
    }

    /** Counters over this task's frames and its children's. */
    FrameCounts counts() {
        int waiting = 0;
        int renderingCount = 0;
        int stopped = 0;
        int done = 0;
        int failed = 0;
        long lastEnd = 0;
        BigDecimal fee = BigDecimal.ZERO;
        List<FoxFrame> all = new ArrayList<>(frames);
        children.forEach(c -> all.addAll(c.frames));
        for (FoxFrame f : all) {
            switch (f.status) {
                case FoxStatus.FRAME_WAITING -> waiting++;
                case FoxStatus.FRAME_RENDERING -> renderingCount++;
                case FoxStatus.FRAME_STOPPED -> stopped++;
                case FoxStatus.FRAME_DONE -> done++;
                default -> failed++;
            }
            if (f.endMs != null && f.status != FoxStatus.FRAME_RENDERING) {
                lastEnd = Math.max(lastEnd, f.endMs);
            }
            fee = fee.add(f.fee);
        }
        return new FrameCounts(all.size(), waiting, renderingCount, stopped, done, failed, lastEnd, fee);
    }

    /** Frame counters and totals of a task. */
    record FrameCounts(int total, int waiting, int rendering, int stopped, int done, int failed, long lastEndMs,
                       BigDecimal fee) {
    }
}
