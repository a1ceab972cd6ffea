package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.fox.model.CreatedTasks;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.sandbox.fox.TaskView;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.state.InMemoryStateStore;
import io.farmroutes.spi.state.StateStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mission's loop: watch frames, filter failures, re-submit them, and the task finishes. */
class FoxWatchRecommitTest extends FoxTestSupport {

    private static final int FRAMES = 40;
    private static final String TASK_INFO_PATH = "/api/render/handle/queryTaskInfo/v2";

    private long createAndSubmit(String frames) {
        CreatedTasks created = call("renderfarm:task/create", CreatedTasks.class);
        long taskId = created.taskIdList().get(0);
        template.requestBody("renderfarm:task/uploadJson", Map.of("taskId", taskId,
                "content", Map.of("task_info", Map.of("frames", frames, "input_scene_path", "/scenes/shot.blend"))));
        template.requestBodyAndHeader("renderfarm:task/submit", null, "CamelRenderfarm.taskId", taskId);
        return taskId;
    }

    @Test
    void failedFramesAreEmittedOnceRecommittedAndTheTaskFinishes() throws Exception {
        emulator().settings().failureRate(0.3).retryFailureRate(0.0);
        long taskId = createAndSubmit("1-" + FRAMES + "[1]");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("renderfarm:frame/watch?delay=100&initialDelay=0&watchTaskIds=" + taskId)
                        .filter(header(RenderfarmConstants.NEW_STATUS).isEqualTo(RenderStatus.FAILED))
                        .to("mock:failed")
                        .to("renderfarm:frame/recommit");
                from("renderfarm:task/watch?delay=100&initialDelay=0&watchTaskIds=" + taskId)
                        .to("mock:task");
            }
        });

        TaskInfo finished = awaitTerminal(taskId, 30_000);

        assertEquals(25, finished.taskStatus(), "every frame rendered in the end: " + finished);
        TaskView view = emulator().state().task(taskId);
        List<TaskView.FrameView> recommitted = view.frames().stream().filter(f -> f.recommits() > 0).toList();
        assertTrue(recommitted.size() >= 3, "the emulator failed some frames: " + recommitted.size());
        assertTrue(recommitted.stream().allMatch(f -> f.recommits() == 1), "each failure re-submitted once");
        List<Exchange> failures = getMockEndpoint("mock:failed").getExchanges();
        Set<String> emitted = failures.stream().map(e -> e.getMessage().getHeader(RenderfarmConstants.FRAME_ID,
                String.class)).collect(Collectors.toSet());
        assertEquals(failures.size(), emitted.size(), "no failure emitted twice");
        assertEquals(recommitted.stream().map(f -> Long.toString(f.id())).collect(Collectors.toSet()), emitted);
        Exchange first = failures.get(0);
        assertEquals(Long.toString(taskId), first.getMessage().getHeader(RenderfarmConstants.TASK_ID));
        assertTrue(first.getMessage().getHeader(RenderfarmConstants.FRAME_INDEX, String.class).matches("\\d+"));

        // the task watcher polls on its own schedule: give it a few polls to see the task done
        List<RenderStatus> transitions = taskTransitions();
        for (int poll = 0; poll < 100 && !transitions.contains(RenderStatus.DONE); poll++) {
            Thread.sleep(50);
            transitions = taskTransitions();
        }
        assertTrue(transitions.size() >= 2, transitions.toString());
        assertEquals(RenderStatus.DONE, transitions.get(transitions.size() - 1), transitions.toString());
        for (int i = 1; i < transitions.size(); i++) {
            assertNotEquals(transitions.get(i - 1), transitions.get(i), "one exchange per change: " + transitions);
        }
    }

    private List<RenderStatus> taskTransitions() {
        List<RenderStatus> transitions = new ArrayList<>();
        for (Exchange e : getMockEndpoint("mock:task").getExchanges()) {
            transitions.add(e.getMessage().getHeader(RenderfarmConstants.NEW_STATUS, RenderStatus.class));
        }
        return transitions;
    }

    @Test
    void anApplicationRestartedWithTheSameStoreDoesNotEmitAgain() throws Exception {
        long taskId = emulator().state().seedFinishedTask(5);
        StateStore store = new InMemoryStateStore();

        assertEquals(1, runWatcherOnce(store, taskId), "the first application sees the task");
        assertEquals(0, runWatcherOnce(store, taskId), "the restarted one remembers it");
        assertEquals(1, runWatcherOnce(new InMemoryStateStore(), taskId), "a fresh store starts over");
    }

    /** Starts an application (its own CamelContext) that watches for a while, stops it, and counts emissions. */
    private int runWatcherOnce(StateStore store, long taskId) throws Exception {
        try (CamelContext app = new DefaultCamelContext()) {
            RenderfarmComponent component = new RenderfarmComponent();
            configure(component.getConfiguration(), emulator());
            component.setStateStore(store);
            app.addComponent("renderfarm", component);
            app.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("renderfarm:task/watch?delay=50&initialDelay=0&watchId=restart&watchTaskIds=" + taskId)
                            .to("mock:seen");
                }
            });
            int polls = emulator().ledger().count(TASK_INFO_PATH);
            app.start();
            for (int i = 0; i < 100 && emulator().ledger().count(TASK_INFO_PATH) < polls + 3; i++) {
                Thread.sleep(20);
            }
            assertTrue(emulator().ledger().count(TASK_INFO_PATH) >= polls + 3, "the watcher polled several times");
            return app.getEndpoint("mock:seen", MockEndpoint.class).getReceivedCounter();
        }
    }

    @SuppressWarnings("unchecked")
    private TaskInfo awaitTerminal(long taskId, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        TaskInfo task = null;
        for (int poll = 0; poll < 600 && System.currentTimeMillis() < deadline; poll++) {
            Page<TaskInfo> page = (Page<TaskInfo>) template.requestBody("renderfarm:task/info?taskIds=" + taskId, (Object) null);
            task = page.items().get(0);
            if (task.taskStatus() != null && task.taskStatus() == 25) {
                return task;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("task " + taskId + " did not finish: " + task);
    }
}
