package io.farmroutes.examples.fox;

import io.farmroutes.renderfarm.fox.model.CreatedTasks;

import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

/**
 * Render on Fox and mend failures: {@code direct:render} takes a frame range in the body, creates a task,
 * uploads its task.json and submits it; a frame watcher re-submits every failed frame once it is seen, and a
 * task watcher logs each task's status changes.
 */
public class FoxRenderRoutes extends RouteBuilder {

    private final long pollMillis;

    public FoxRenderRoutes(long pollMillis) {
        this.pollMillis = pollMillis;
    }

    @Override
    public void configure() {
        from("direct:render").routeId("fox-render")
                .setVariable("frames", body())
                .to("renderfarm:task/create")
                .process(e -> e.getMessage().setHeader("CamelRenderfarm.taskId",
                        e.getMessage().getBody(CreatedTasks.class).taskIdList().get(0)))
                .setBody(e -> Map.of("content", taskProfile(e.getVariable("frames", String.class))))
                .to("renderfarm:task/uploadJson")
                .setBody(constant(null))
                .to("renderfarm:task/submit")
                .setBody(header("CamelRenderfarm.taskId"));

        from("renderfarm:frame/watch?watchStatuses=FAILED&initialDelay=0&delay=" + pollMillis).routeId("fox-resubmit")
                .log("frame ${header[CamelRenderfarm.frameIndex]} of task ${header[CamelRenderfarm.taskId]} failed;"
                     + " re-submitting")
                .to("renderfarm:frame/recommit");

        from("renderfarm:task/watch?initialDelay=0&delay=" + pollMillis).routeId("fox-progress")
                .log("task ${header[CamelRenderfarm.taskId]}: ${header[CamelRenderfarm.oldStatus]}"
                     + " -> ${header[CamelRenderfarm.newStatus]}");
    }

    /** The part of task.json the farm needs to render: the frame range. */
    static Map<String, Object> taskProfile(String frames) {
        return Map.of("task_info", Map.of("frames", frames));
    }
}
