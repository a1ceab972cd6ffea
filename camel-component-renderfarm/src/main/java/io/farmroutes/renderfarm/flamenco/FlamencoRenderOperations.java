package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.renderfarm.flamenco.model.FlamencoJob;
import io.farmroutes.renderfarm.flamenco.model.FlamencoJobSummary;
import io.farmroutes.renderfarm.flamenco.model.FlamencoManager;
import io.farmroutes.renderfarm.flamenco.model.FlamencoRenderTask;
import io.farmroutes.renderfarm.flamenco.model.FlamencoTask;
import io.farmroutes.renderfarm.flamenco.model.ServerSettings;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portable render operations on Flamenco: a render task is a job, its "frames" are the job's tasks (frame
 * chunks). A job is created stopped so that submit (job/command start) decides when it runs; status and
 * progress come from job/list and task/list, two requests however many jobs are watched.
 */
final class FlamencoRenderOperations implements RenderOperations {

    private static final Pattern FRAMES = Pattern.compile("\\s*(-?\\d+)\\s*(?:-\\s*(-?\\d+)\\s*)?(?:\\[(\\d+)])?\\s*");

    private final OperationInvoker<FarmSettings> invoker;
    private final FarmSettings settings;

    FlamencoRenderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        this.invoker = invoker;
        this.settings = settings;
    }

    private CompletableFuture<Object> call(String endpoint, Map<String, ?> parameters) {
        return invoker.invoke(endpoint, parameters, settings);
    }

    @Override
    public CompletableFuture<RenderTask> create(RenderJob job) {
        String label = FlamencoCatalog.catalog().label(FlamencoCatalog.JOB_CREATE);
        int[] range = frameRange(label, job.frames());
        if (job.scene() == null || job.scene().isBlank()) {
            throw new InvalidParameterException(label, "scene", "is required: the .blend file relative to the project");
        }
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("frameStart", range[0]);
        create.put("frameEnd", range[1]);
        create.put("chunkSize", setting(job, "chunkSize").orElse(1));
        create.put("filepath", job.scene());
        create.put("jobName", job.name());
        setting(job, "renderSettings").ifPresent(value -> create.put("renderSettings", value));
        create.put("format", setting(job, "format").orElse("PNG"));
        setting(job, "priority").ifPresent(value -> create.put("priority", value));
        // dispatch only takes ready and running jobs: a stopped job waits for submit
        create.put("status", "stopped");
        return projectId(job).thenCombine(managers(job), (project, managers) -> {
            create.put("projectId", project);
            create.put("managers", managers);
            return create;
        }).thenCompose(parameters -> call(FlamencoCatalog.JOB_CREATE, parameters)).thenApply(result -> {
            FlamencoJob created = (FlamencoJob) result;
            return FlamencoRenderTask.of(created.id(), job.name(), created.status(), range[0], range[1], List.of());
        });
    }

    /** {@code start-end[step]}; Flamenco renders every frame of a range, so a step other than 1 is refused. */
    static int[] frameRange(String label, String frames) {
        Matcher m = FRAMES.matcher(frames);
        if (!m.matches()) {
            throw new InvalidParameterException(label, "frames", "'" + frames + "' is not a frame range like 1-250");
        }
        int start = Integer.parseInt(m.group(1));
        int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
        if (m.group(3) != null && !m.group(3).equals("1")) {
            throw new UnsupportedOperationException("flamenco cannot render every " + m.group(3)
                    + "th frame: a job renders its whole range (RenderOperations.create, frames " + frames + ")");
        }
        if (end < start) {
            throw new InvalidParameterException(label, "frames", "'" + frames + "' ends before it starts");
        }
        return new int[] {start, end};
    }

    /** A job attribute, else the provider option of that name (providerOption.chunkSize …). */
    private java.util.Optional<Object> setting(RenderJob job, String name) {
        Object value = job.attributes().get(name);
        if (value != null) {
            return java.util.Optional.of(value);
        }
        return settings.text(name).map(text -> (Object) text);
    }

    private CompletableFuture<Object> projectId(RenderJob job) {
        var given = setting(job, "projectId");
        if (given.isPresent()) {
            return CompletableFuture.completedFuture(given.get());
        }
        return call("setting/list", Map.of()).thenApply(result -> {
            String active = ((ServerSettings) result).activeProject();
            if (active == null || active.isBlank()) {
                throw new InvalidParameterException(FlamencoCatalog.catalog().label(FlamencoCatalog.JOB_CREATE),
                        "projectId", "is required: the server has no active project to default to");
            }
            return active;
        });
    }

    private CompletableFuture<Object> managers(RenderJob job) {
        var given = setting(job, "managers");
        if (given.isPresent()) {
            return CompletableFuture.completedFuture(given.get());
        }
        return call("manager/list", Map.of()).thenApply(result -> {
            @SuppressWarnings("unchecked")
            List<FlamencoManager> all = (List<FlamencoManager>) result;
            return all.stream().map(FlamencoManager::id).toList();
        });
    }

    @Override
    public CompletableFuture<Void> submit(String taskId) {
        return call(FlamencoCatalog.JOB_COMMAND, Map.of("jobId", taskId, "command", "start")).thenApply(job -> null);
    }

    @Override
    public CompletableFuture<List<RenderTask>> status(Collection<String> taskIds) {
        List<String> ids = List.copyOf(taskIds);
        return jobsAndTasks(ids).thenApply(all -> ids.stream().filter(all::containsKey).map(all::get).toList());
    }

    /** Jobs with their tasks; when job/list fails (§6.14: one task-less job breaks it) each job is read alone. */
    private CompletableFuture<Map<String, RenderTask>> jobsAndTasks(List<String> wanted) {
        CompletableFuture<List<JobLine>> jobs = call("job/list", Map.of())
                .thenApply(result -> {
                    @SuppressWarnings("unchecked")
                    List<FlamencoJobSummary> list = (List<FlamencoJobSummary>) result;
                    return list.stream().map(JobLine::of).toList();
                })
                .exceptionallyCompose(failure -> wanted == null ? CompletableFuture.failedFuture(failure)
                        : oneByOne(wanted));
        CompletableFuture<Object> tasks = call("task/list", Map.of());
        return jobs.thenCombine(tasks, (jobLines, taskList) -> {
            @SuppressWarnings("unchecked")
            Map<Long, List<FlamencoTask>> byJob = ((List<FlamencoTask>) taskList).stream()
                    .filter(task -> task.jobId() != null)
                    .collect(Collectors.groupingBy(FlamencoTask::jobId));
            Map<String, RenderTask> result = new LinkedHashMap<>();
            for (JobLine job : jobLines) {
                result.put(Long.toString(job.id()), FlamencoRenderTask.of(job.id(), job.name(), job.status(),
                        job.frameStart(), job.frameEnd(), byJob.getOrDefault(job.id(), List.of())));
            }
            return result;
        });
    }

    private CompletableFuture<List<JobLine>> oneByOne(List<String> ids) {
        List<CompletableFuture<JobLine>> reads = new ArrayList<>();
        for (String id : ids) {
            reads.add(call("job/get", Map.of("jobId", id))
                    .thenApply(job -> JobLine.of((FlamencoJob) job))
                    .exceptionally(failure -> null));
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .thenApply(done -> reads.stream().map(CompletableFuture::join).filter(line -> line != null).toList());
    }

    @Override
    public Iterator<RenderTask> tasks() {
        List<RenderTask> all = new ArrayList<>(join(jobsAndTasks(null), "job/list").values());
        all.sort(Comparator.comparing((RenderTask task) -> Long.parseLong(task.renderTaskId())).reversed());
        return all.iterator();
    }

    @Override
    public Iterator<RenderFrame> frames(String taskId) {
        long jobId = Long.parseLong(taskId);
        @SuppressWarnings("unchecked")
        List<FlamencoTask> tasks = (List<FlamencoTask>) join(call("task/list", Map.of()), "task/list");
        List<RenderFrame> frames = new ArrayList<>();
        tasks.stream().filter(task -> task.jobId() != null && task.jobId() == jobId)
                .sorted(Comparator.comparing(FlamencoTask::chunkStart, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(frames::add);
        return frames.iterator();
    }

    /**
     * Flamenco cannot re-render single chunks: the server's bulk {@code respawn} re-queues every unfinished
     * task of the job (stopping running ones first). It is sent only while one of the named chunks is still
     * failed, so that a second request for the same failures does not restart chunks already re-queued.
     */
    @Override
    public CompletableFuture<Void> resubmitFrames(String taskId, Collection<String> frameIds) {
        long jobId = Long.parseLong(taskId);
        return call("task/list", Map.of()).thenCompose(result -> {
            @SuppressWarnings("unchecked")
            List<FlamencoTask> tasks = (List<FlamencoTask>) result;
            boolean stillFailed = tasks.stream().anyMatch(task -> task.jobId() != null && task.jobId() == jobId
                    && (frameIds.isEmpty() || frameIds.contains(task.renderFrameId()))
                    && task.renderStatus() == io.farmroutes.spi.render.RenderStatus.FAILED);
            if (!stillFailed) {
                return CompletableFuture.completedFuture(null);
            }
            Map<String, Object> respawn = new HashMap<>();
            respawn.put("jobIds", List.of(taskId));
            respawn.put("command", "respawn");
            return invoker.send(FlamencoCatalog.JOB_BULK_COMMAND, respawn, settings).thenApply(echo -> null);
        });
    }

    @Override
    public CompletableFuture<Void> stop(String taskId) {
        return call(FlamencoCatalog.JOB_COMMAND, Map.of("jobId", taskId, "command", "stop")).thenApply(job -> null);
    }

    private static <T> T join(CompletableFuture<T> future, String endpoint) {
        return OperationEngine.await(future, FlamencoCatalog.catalog().label(endpoint));
    }

    /** What the portable view needs of a job, from either of the server's two job shapes. */
    private record JobLine(long id, String name, String status, Integer frameStart, Integer frameEnd) {

        static JobLine of(FlamencoJobSummary job) {
            return new JobLine(job.id(), job.jobName(), job.status(), job.frameStart(), job.frameEnd());
        }

        static JobLine of(FlamencoJob job) {
            return new JobLine(job.id(), job.jobName(), job.status(), job.frameStart(), job.frameEnd());
        }
    }
}
