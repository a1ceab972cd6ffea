package io.farmroutes.sandbox.fox;

import io.farmroutes.sandbox.fox.FoxRecords.Label;
import io.farmroutes.sandbox.fox.FoxRecords.LoginRecord;
import io.farmroutes.sandbox.fox.FoxRecords.TaskRecord;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the emulated farm remembers: the account, tasks and frames, labels, render environments, user settings
 * and operation records. Every method takes one lock; the render simulation is brought up to the clock's "now"
 * before each request is answered.
 */
public final class FoxState {

    /** The seeded account's credentials: those of the vendor's worked example (spec §4). */
    public static final String ACCESS_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    public static final String ACCESS_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    public static final long USER_ID = 100093088L;
    public static final String USER_NAME = "sandbox_artist";
    /** The account's render platform (W2); task aliases start with "2W". */
    public static final int PLATFORM = 2;
    /** 2 = foreign (Fox Renderfarm). */
    public static final int ZONE = 2;
    /** The two seeded tasks that already finished (one done, one done with failed frames). */
    public static final long SEEDED_DONE_TASK = 35736240L;
    public static final long SEEDED_FAILED_TASK = 35736241L;

    private static final long FIRST_NEW_TASK_ID = 35736250L;
    private static final long FIRST_FRAME_ID = 880_000_001L;
    private static final long FIRST_LABEL_ID = 1001L;
    /** Seeded history renders 90 s frames eight at a time, whatever the live settings say. */
    private static final long SEED_FRAME_MILLIS = 90_000;
    private static final int SEED_PARALLEL = 8;

    private final FoxSettings settings;
    private Clock clock = Clock.systemUTC();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private final TreeMap<Long, FoxTask> tasks = new TreeMap<>();
    private final Map<Long, FoxFrame> frames = new HashMap<>();
    private final Map<Long, Integer> submissions = new HashMap<>();
    private final Map<Long, Integer> frameRecommits = new HashMap<>();
    private int redundantRecommits;
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final Map<String, FoxEnvironment> environments = new LinkedHashMap<>();
    private final Map<String, Object> userSettings = new LinkedHashMap<>();
    private final List<TaskRecord> taskRecords = new ArrayList<>();
    private final List<LoginRecord> loginRecords = new ArrayList<>();
    private long nextTaskId;
    private long nextFrameId;
    private long nextLabelId;
    private long nextRecordId;

    FoxState(FoxSettings settings) {
        this.settings = settings;
        seed();
    }

    /** Forgets everything and restores the seed data and the system clock. */
    synchronized void seed() {
        clock = Clock.systemUTC();
        accounts.clear();
        tasks.clear();
        frames.clear();
        submissions.clear();
        frameRecommits.clear();
        redundantRecommits = 0;
        labels.clear();
        environments.clear();
        userSettings.clear();
        taskRecords.clear();
        loginRecords.clear();
        nextTaskId = SEEDED_DONE_TASK;
        nextFrameId = FIRST_FRAME_ID;
        nextLabelId = FIRST_LABEL_ID;
        nextRecordId = 1;

        accounts.put(ACCESS_ID, ACCESS_KEY);
        long now = nowMs();
        ensureLabel("demo_project", 0);
        ensureLabel("spring_campaign", 0);
        userSettings.putAll(FoxCatalog.defaultUserSettings());
        FoxCatalog.defaultEnvironments().forEach(e -> environments.put(e.editName(), e));

        long day = Duration.ofDays(1).toMillis();
        FoxTask done = finishedTask(10, 0, now - 2 * day, 2000, "shot010_lighting.mb");
        done.labelIds.add(labels.get("demo_project").id());
        done.projectName = "demo_project";
        FoxTask failed = finishedTask(5, 2, now - day, 2007, "spring_teaser.blend");
        failed.labelIds.add(labels.get("spring_campaign").id());
        failed.projectName = "spring_campaign";
        nextTaskId = FIRST_NEW_TASK_ID;
        for (FoxTask t : List.of(done, failed)) {
            record(t, "create", "task created", t.createdMs);
            record(t, "submit", "task submitted", t.submitMs);
        }
        loginRecords.add(new LoginRecord(nextRecordId++, now - 3 * day, "203.0.113.24", "web", "Singapore"));
        loginRecords.add(new LoginRecord(nextRecordId++, now - 2 * day, "203.0.113.24", "api", "Singapore"));
        loginRecords.add(new LoginRecord(nextRecordId++, now - day, "198.51.100.7", "client", "Tokyo"));
    }

    // ---- test helpers -------------------------------------------------------------------------------------

    /** Replaces the clock the render simulation and timestamps use (tests move time with it). */
    public synchronized void clock(Clock newClock) {
        this.clock = newClock;
    }

    public synchronized Instant now() {
        return clock.instant();
    }

    /** Registers another account's credentials (same user, same data). */
    public synchronized void addAccount(String accessId, String accessKey) {
        accounts.put(accessId, accessKey);
    }

    /** A task that already finished: every frame done. Cheap even for tens of thousands of frames. */
    public synchronized long seedFinishedTask(int frameCount) {
        return finishedTask(frameCount, 0, nowMs() - 60_000, 2007, "seeded.blend").id;
    }

    /** A task submitted now with frames 1..n; it renders according to the settings, like an API submission. */
    public synchronized long seedSubmittedTask(int frameCount) {
        advanceAll();
        FoxTask task = newTask(null);
        task.cgId = 2007;
        task.sceneName = "seeded_" + task.id + ".blend";
        String range = "1-" + frameCount + "[1]";
        task.files.put("task.json", FoxCatalog.taskJson(task.sceneName, range, task.cgId));
        submit(task, range, null);
        return task.id;
    }

    /**
     * {@code count} tasks of frames 1..n, submitted one after another over the last {@code staggered} (the first
     * now, the last earliest), so that their frames finish at different moments and a watcher sees a few of them
     * move at every look. One pass over the simulation, where {@link #seedSubmittedTask} in a loop would replay
     * every earlier task again for each new one.
     *
     * @return the new tasks' ids, in submission order
     */
    public synchronized List<Long> seedSubmittedTasks(int count, int frameCount, Duration staggered) {
        if (count < 0 || frameCount < 1 || staggered.isNegative()) {
            throw new IllegalArgumentException("count >= 0, frameCount >= 1 and a non-negative stagger needed");
        }
        advanceAll();
        long now = nowMs();
        String range = "1-" + frameCount + "[1]";
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long submitMs = now - staggered.toMillis() * i / Math.max(1, count);
            FoxTask task = newTask(null, submitMs);
            task.cgId = 2007;
            task.sceneName = "seeded_" + task.id + ".blend";
            task.files.put("task.json", FoxCatalog.taskJson(task.sceneName, range, task.cgId));
            submit(task, range, null, submitMs);
            ids.add(task.id);
        }
        return ids;
    }

    /** A finished layered task whose children each rendered two frames; returns the parent's id. */
    public synchronized long seedLayeredTask(int childCount) {
        long start = nowMs() - Duration.ofHours(1).toMillis();
        FoxTask parent = newTask(null, start);
        parent.cgId = 2000;
        parent.sceneName = "layered_" + parent.id + ".mb";
        parent.framesRange = "1-2[1]";
        parent.submitted = true;
        parent.submitMs = start;
        parent.startMs = start;
        for (int i = 0; i < childCount; i++) {
            FoxTask child = newTask(parent.id, start);
            child.cgId = parent.cgId;
            child.sceneName = parent.sceneName;
            child.framesRange = parent.framesRange;
            finishFrames(child, 2, 0, start);
            parent.children.add(child);
        }
        return parent.id;
    }

    /** A snapshot of a task, if it exists. */
    public synchronized Optional<TaskView> findTask(long id) {
        advanceAll();
        FoxTask t = tasks.get(id);
        if (t == null) {
            return Optional.empty();
        }
        List<TaskView.FrameView> frameViews = new ArrayList<>(t.frames.size());
        for (FoxFrame f : t.frames) {
            frameViews.add(new TaskView.FrameView(f.id, f.frameIndex(), f.status, f.attempt));
        }
        List<String> labelNames = labelNames(t);
        return Optional.of(new TaskView(t.id, t.alias, t.status(), t.submitted, t.deleted, t.taskUserLevel,
                t.taskLimit, t.overTimeSec, t.fullSpeed, labelNames, Map.copyOf(t.files), List.copyOf(frameViews),
                t.children.stream().map(c -> c.id).toList()));
    }

    /** A snapshot of a task. */
    public TaskView task(long id) {
        return findTask(id).orElseThrow(() -> new IllegalArgumentException("no task " + id));
    }

    /** All task ids, children included, oldest first. */
    public synchronized List<Long> taskIds() {
        return List.copyOf(tasks.keySet());
    }

    /** How many submit/task requests named this task (refused ones included). */
    public synchronized int submissions(long taskId) {
        return submissions.getOrDefault(taskId, 0);
    }

    /** How many re-submit requests selected this frame (whether or not it was settled at the time). */
    public synchronized int frameRecommits(long frameId) {
        return frameRecommits.getOrDefault(frameId, 0);
    }

    /**
     * How many frames re-submit requests selected while the frame had not failed (waiting, rendering, done or
     * stopped): a client that re-submits a failure twice, or re-submits what it never saw fail, shows up here.
     */
    public synchronized int redundantRecommits() {
        return redundantRecommits;
    }

    /** Label (project) names, in creation order. */
    public synchronized List<String> labelNames() {
        return List.copyOf(labels.keySet());
    }

    /** Render environment names, in creation order. */
    public synchronized List<String> environmentNames() {
        return List.copyOf(environments.keySet());
    }

    // ---- used by the operations, always under the lock -------------------------------------------------------

    /** Brings the simulation up to now, then runs the action; the router answers every request through here. */
    synchronized <T> T transact(Supplier<T> action) {
        advanceAll();
        return action.get();
    }

    long nowMs() {
        return clock.millis();
    }

    FoxSettings settings() {
        return settings;
    }

    RenderRules rules() {
        return settings.renderRules();
    }

    synchronized Optional<String> accessKey(String accessId) {
        return Optional.ofNullable(accounts.get(accessId));
    }

    Map<Long, FoxTask> tasks() {
        return tasks;
    }

    FoxTask requireTask(long id) {
        FoxTask t = tasks.get(id);
        if (t == null) {
            throw FoxApiError.notFound("task " + id + " does not exist");
        }
        return t;
    }

    FoxFrame requireFrame(long id) {
        FoxFrame f = frames.get(id);
        if (f == null) {
            throw FoxApiError.notFound("frame " + id + " does not exist");
        }
        return f;
    }

    FoxTask newTask(Long parentId) {
        return newTask(parentId, nowMs());
    }

    private FoxTask newTask(Long parentId, long createdMs) {
        long id = nextTaskId++;
        FoxTask task = new FoxTask(id, FoxCatalog.aliasPrefix(PLATFORM) + id, PLATFORM, createdMs, parentId);
        tasks.put(id, task);
        return task;
    }

    /** Creates the frames of the range and starts the render (after the start delay). */
    void submit(FoxTask task, String range, String producer) {
        submit(task, range, producer, nowMs());
    }

    /** Submitted at {@code submitMs}, then replayed up to now. */
    private void submit(FoxTask task, String range, String producer, long submitMs) {
        List<Integer> numbers = FrameRange.parse(range);
        List<FoxFrame> created = new ArrayList<>(numbers.size());
        for (int n : numbers) {
            created.add(newFrame(task, n));
        }
        task.framesRange = range;
        if (producer != null) {
            task.producer = producer;
        }
        task.submit(submitMs, settings.startDelay().toMillis(), created);
        task.advance(nowMs(), rules());
    }

    private FoxFrame newFrame(FoxTask task, int number) {
        FoxFrame frame = new FoxFrame(nextFrameId++, task.id, number);
        frames.put(frame.id, frame);
        return frame;
    }

    void countSubmission(long taskId) {
        submissions.merge(taskId, 1, Integer::sum);
    }

    /** A re-submit that the client chose by state (recommitTasks) cannot be stale: it is never redundant. */
    void countFrameRecommit(long frameId) {
        frameRecommits.merge(frameId, 1, Integer::sum);
    }

    /** A re-submit of frames the client named by id. */
    void countFrameRecommit(FoxFrame frame) {
        countFrameRecommit(frame.id);
        if (frame.status != FoxStatus.FRAME_FAILED && frame.status != FoxStatus.FRAME_TIMEOUT) {
            redundantRecommits++;
        }
    }

    Map<String, Label> labels() {
        return labels;
    }

    /** The label with this name, created (with this status) when it does not exist yet. */
    Label ensureLabel(String name, int status) {
        return labels.computeIfAbsent(name, n -> new Label(nextLabelId++, n, status));
    }

    List<String> labelNames(FoxTask task) {
        List<String> names = new ArrayList<>();
        for (Label l : labels.values()) {
            if (task.labelIds.contains(l.id())) {
                names.add(l.name());
            }
        }
        return names;
    }

    Map<String, FoxEnvironment> environments() {
        return environments;
    }

    Map<String, Object> userSettings() {
        return userSettings;
    }

    List<TaskRecord> taskRecords() {
        return taskRecords;
    }

    List<LoginRecord> loginRecords() {
        return loginRecords;
    }

    void record(FoxTask task, String operation, String content) {
        record(task, operation, content, nowMs());
    }

    private void record(FoxTask task, String operation, String content, long atMs) {
        taskRecords.add(new TaskRecord(nextRecordId++, task.id, task.alias, task.platform, operation, content, atMs));
    }

    /** What the account has spent: every finished frame attempt of every task. */
    BigDecimal consumed() {
        BigDecimal total = BigDecimal.ZERO;
        for (FoxTask t : tasks.values()) {
            for (FoxFrame f : t.frames) {
                total = total.add(f.fee);
            }
        }
        return total;
    }

    private void advanceAll() {
        long now = nowMs();
        RenderRules rules = rules();
        for (FoxTask t : tasks.values()) {
            if (t.parentId == null && !t.quietAt(now) && t.active()) {
                t.advance(now, rules);
            }
        }
    }

    /** A task whose render ended at {@code endMs}. */
    private FoxTask finishedTask(int frameCount, int failedCount, long endMs, int cgId, String scene) {
        long startMs = endMs - ((frameCount + SEED_PARALLEL - 1) / SEED_PARALLEL) * SEED_FRAME_MILLIS;
        FoxTask task = newTask(null, startMs - 60_000);
        task.cgId = cgId;
        task.sceneName = scene;
        task.framesRange = "1-" + frameCount + "[1]";
        task.files.put("task.json", FoxCatalog.taskJson(scene, task.framesRange, cgId));
        finishFrames(task, frameCount, failedCount, startMs);
        return task;
    }

    /** Frames 1..n already rendered from {@code startMs}, the last {@code failedCount} of them failed. */
    private void finishFrames(FoxTask task, int frameCount, int failedCount, long startMs) {
        task.submitted = true;
        task.submitMs = startMs;
        task.startMs = startMs;
        for (int n = 1; n <= frameCount; n++) {
            FoxFrame f = newFrame(task, n);
            f.start(startMs + ((n - 1) / SEED_PARALLEL) * SEED_FRAME_MILLIS, SEED_FRAME_MILLIS,
                    (n - 1) % SEED_PARALLEL);
            f.finish(n > frameCount - failedCount);
            task.frames.add(f);
        }
    }
}
