package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.spi.render.RenderJob;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a pipeline's source sends: a job, the key that makes it exactly-once (a second request with the same key
 * is not submitted again, even after a restart), and the local files the farm needs.
 *
 * @param key    unique within the pipeline, e.g. the shot name; by default the job's name
 * @param job    what to render
 * @param assets local files sent through the pipeline's asset transport before the task is created
 */
public record RenderRequest(String key, RenderJob job, List<Path> assets) {

    public RenderRequest {
        Objects.requireNonNull(job, "job");
        key = key == null || key.isBlank() ? job.name() : key;
        assets = assets == null ? List.of() : List.copyOf(assets);
    }

    /** The job under its own name, with no assets. */
    public static RenderRequest of(RenderJob job) {
        return new RenderRequest(job.name(), job, List.of());
    }

    public RenderRequest withAssets(Path... files) {
        return new RenderRequest(key, job, List.of(files));
    }
}
