package io.farmroutes.examples.fox;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.sandbox.fox.FoxEmulatorExtension;
import io.farmroutes.sandbox.fox.TaskView;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoxRenderRoutesTest {

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension().settings(s -> s.failureRate(0.25));

    @Test
    void bothScenesFinishWithEveryFailedFrameResubmittedOnce() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            RenderfarmComponent component = new RenderfarmComponent();
            RenderfarmConfiguration config = component.getConfiguration();
            config.setDomain(fox.emulator().domain());
            config.setProtocol("http");
            config.setAccessId(fox.emulator().accessId());
            config.setAccessKey(fox.emulator().accessKey());
            config.setPlatform(fox.emulator().platform());
            context.addComponent("renderfarm", component);
            context.addRoutes(new FoxRenderRoutes(100));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            long first = template.requestBody("direct:render", "1-24[1]", Long.class);
            long second = template.requestBody("direct:render", "1-16[1]", Long.class);

            for (long taskId : new long[] {first, second}) {
                awaitDone(template, taskId);
                TaskView view = fox.emulator().state().task(taskId);
                assertTrue(view.frames().stream().allMatch(f -> f.recommits() <= 1), "at most one re-submission");
                assertEquals(view.frames().size(), view.frames(4), "every frame done");
            }
            assertTrue(fox.emulator().state().task(first).frames().stream().anyMatch(f -> f.recommits() == 1)
                    || fox.emulator().state().task(second).frames().stream().anyMatch(f -> f.recommits() == 1),
                    "some frame failed and was re-submitted");
        }
    }

    @SuppressWarnings("unchecked")
    private static void awaitDone(ProducerTemplate template, long taskId) throws InterruptedException {
        TaskInfo task = null;
        long deadline = System.currentTimeMillis() + 30_000;
        for (int poll = 0; poll < 600 && System.currentTimeMillis() < deadline; poll++) {
            task = ((Page<TaskInfo>) template.requestBody("renderfarm:task/info?taskIds=" + taskId, (Object) null))
                    .items().get(0);
            if (Integer.valueOf(25).equals(task.taskStatus())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("task " + taskId + " did not finish: " + task);
    }
}
