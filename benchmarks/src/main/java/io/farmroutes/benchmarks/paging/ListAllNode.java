package io.farmroutes.benchmarks.paging;

import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Resources;
import io.farmroutes.benchmarks.SandboxComponents;
import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.Page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Reads every frame of one Fox task in a JVM of its own and reports how much live heap that took: either
 * streamed ({@code frame/listAll} split with {@code streaming()}), or collected page by page into a list, the way
 * a hand-written loop over {@code frame/list} would.
 *
 * <p>Arguments: fox domain, task id, warm-up task id, page size, {@code stream|collect}.
 */
public final class ListAllNode {

    /** Live heap is read (after a full collection) once per this many frames. */
    private static final int SAMPLE_EVERY = 20_000;

    private long frames;
    private long frameNumberSum;
    private double maxLiveMb;

    public static void main(String[] args) throws Exception {
        String domain = args[0];
        long taskId = Long.parseLong(args[1]);
        long warmUpTaskId = Long.parseLong(args[2]);
        int pageSize = Integer.parseInt(args[3]);
        boolean stream = args[4].equals("stream");
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("renderfarm", SandboxComponents.fox(domain));
            ListAllNode node = new ListAllNode();
            context.addRoutes(node.routes());
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            // the first listing loads the classes and fills the pools; it is not measured
            node.read(template, warmUpTaskId, pageSize, stream);
            node.reset();
            double baselineMb = Resources.liveHeapMb();
            node.maxLiveMb = baselineMb;
            long cpu = Resources.processCpuNanos();
            long start = System.nanoTime();
            Object held = node.read(template, taskId, pageSize, stream);
            long wallNanos = System.nanoTime() - start;
            long cpuNanos = Resources.processCpuNanos() - cpu;
            // the collected list is still referenced here, as the caller of such a loop would hold it
            node.sample();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("frames", node.frames);
            result.put("frameNumberSum", node.frameNumberSum);
            result.put("baselineMb", baselineMb);
            result.put("maxLiveMb", node.maxLiveMb);
            result.put("wallMs", wallNanos / 1_000_000);
            result.put("cpuMs", cpuNanos / 1_000_000);
            result.put("heldItems", held instanceof List<?> list ? list.size() : 0);
            ForkedJvm.result(result);
        }
    }

    private RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:listAll")
                        .toD("renderfarm:frame/listAll?taskId=${header.taskId}&pageSize=${header.pageSize}")
                        .split(body()).streaming()
                        .process(exchange -> visit(exchange.getMessage().getBody(FrameInfo.class)));
            }
        };
    }

    private Object read(ProducerTemplate template, long taskId, int pageSize, boolean stream) {
        if (stream) {
            template.sendBodyAndHeaders("direct:listAll", null, Map.of("taskId", taskId, "pageSize", pageSize));
            return null;
        }
        List<FrameInfo> all = new ArrayList<>();
        String uri = "renderfarm:frame/list?taskId=" + taskId + "&pageSize=" + pageSize;
        for (int pageNum = 1; pageNum <= 100_000; pageNum++) {
            Page<?> page = template.requestBodyAndHeader(uri, null, RenderfarmConstants.HEADER_PREFIX + "pageNum", pageNum, Page.class);
            for (Object item : page.items()) {
                FrameInfo frame = (FrameInfo) item;
                all.add(frame);
                visit(frame);
            }
            if (page.items().isEmpty() || page.pageCount() == null || pageNum >= page.pageCount()) {
                break;
            }
        }
        return all;
    }

    private void visit(FrameInfo frame) {
        frames++;
        frameNumberSum += Long.parseLong(frame.frameIndex());
        if (frames % SAMPLE_EVERY == 0) {
            sample();
        }
    }

    private void sample() {
        maxLiveMb = Math.max(maxLiveMb, Resources.liveHeapMb());
    }

    private void reset() {
        frames = 0;
        frameNumberSum = 0;
    }
}
