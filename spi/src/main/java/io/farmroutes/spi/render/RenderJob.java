package io.farmroutes.spi.render;

import java.util.Map;
import java.util.Objects;

/**
 * What to render, in terms every farm understands; a provider turns it into its own task description.
 *
 * @param name       a name for the task (shown in the farm's task list)
 * @param scene      the scene file as the farm sees it (a path on farm storage or a job's input path)
 * @param frames     the frame range, {@code start-end[step]}, e.g. {@code 1-250[1]}
 * @param software   the renderer, e.g. {@code blender}
 * @param attributes provider-specific settings, passed through to the farm's own task description
 */
public record RenderJob(String name, String scene, String frames, String software, Map<String, Object> attributes) {

    public RenderJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frames, "frames");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public RenderJob(String name, String scene, String frames, String software) {
        this(name, scene, frames, software, Map.of());
    }
}
