package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.fox.model.FrameInfo;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** frame/listAll streams a task's frames page by page and stops at pageCount. */
class FoxFrameStreamingTest extends FoxTestSupport {

    private static final String FRAMES_PATH = "/api/render/handle/queryTaskFrames";

    @Test
    void twentyThousandFramesTakeExactlyTwentyRequestsOfAThousand() {
        long taskId = emulator().state().seedFinishedTask(20_000);
        emulator().ledger().clear();

        Iterator<?> frames = call("renderfarm:frame/listAll?pageSize=1000", null,
                Map.of("CamelRenderfarm.taskId", taskId), Iterator.class);
        assertEquals(1, emulator().ledger().count(FRAMES_PATH), "only the first page is read before iterating");
        Set<Long> ids = new HashSet<>();
        int count = 0;
        while (frames.hasNext()) {
            FrameInfo frame = (FrameInfo) frames.next();
            ids.add(frame.id());
            count++;
        }

        assertEquals(20_000, count);
        assertEquals(20_000, ids.size(), "no frame twice");
        assertEquals(20, emulator().ledger().count(FRAMES_PATH), "ceil(total/pageSize), no trailing empty page");
        assertFalse(frames.hasNext());
        assertEquals(20, emulator().ledger().count(FRAMES_PATH), "asking again after the end sends nothing");
    }

    @Test
    void aPartialLastPageEndsTheStream() {
        long taskId = emulator().state().seedFinishedTask(2_050);
        emulator().ledger().clear();

        Iterator<?> frames = call("renderfarm:frame/listAll?pageSize=1000&taskId=" + taskId, Iterator.class);
        int count = 0;
        while (frames.hasNext()) {
            frames.next();
            count++;
        }

        assertEquals(2_050, count);
        assertEquals(3, emulator().ledger().count(FRAMES_PATH));
    }

    @Test
    void aRouteSplitsTheStreamIntoOneExchangePerFrame() throws Exception {
        long taskId = emulator().state().seedFinishedTask(2_500);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:frames").to("renderfarm:frame/listAll?pageSize=500")
                        .split(body()).streaming()
                        .to("mock:frame");
            }
        });
        MockEndpoint frame = getMockEndpoint("mock:frame");
        frame.expectedMessageCount(2_500);
        frame.setRetainFirst(1);
        frame.setRetainLast(1);
        emulator().ledger().clear();

        template.sendBodyAndHeader("direct:frames", null, "CamelRenderfarm.taskId", taskId);

        frame.assertIsSatisfied(10_000);
        assertEquals(5, emulator().ledger().count(FRAMES_PATH));
    }
}
