package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameInfoReadingTest {

    @Test
    void readsAFramePage() {
        Page<FrameInfo> page = Json.read("""
                {"pageCount": 9, "pageNum": 9, "total": 17, "size": 2,
                 "items": [
                   {"id": 1546598, "userId": null, "framePrice": null, "feeType": null, "platform": null,
                    "taskId": 35736251, "frameIndex": "0-1", "frameBlock": "1", "frameStatus": 4,
                    "frameStatusText": "task_frame_status_4", "frameType": 5, "feeAmount": 0.44,
                    "couponFee": "0.00", "startTime": 1535960273000, "endTime": 1535960762000,
                    "frameExecuteTime": 489, "recommitFlag": 0, "taskOverTime": 43200, "frameRam": 16384,
                    "gopName": null, "munuJobId": "12", "munuTaskId": ""},
                   {"id": "1546599", "frameIndex": 7, "frameStatus": "5", "recommitFlag": 2.0}
                 ]}
                """, new TypeReference<Page<FrameInfo>>() { });

        assertTrue(page.isLast(), "pageNum reached pageCount");
        FrameInfo done = page.items().get(0);
        assertEquals(1546598L, done.id());
        assertEquals(35736251L, done.taskId());
        assertEquals("0-1", done.frameIndex());
        assertEquals("1", done.frameBlock());
        assertEquals(4, done.frameStatus());
        assertEquals(5, done.frameType());
        assertEquals(0.44, done.feeAmount());
        assertEquals(0.0, done.couponFee());
        assertEquals(1535960273000L, done.startTime());
        assertEquals(1535960762000L, done.endTime());
        assertEquals(489L, done.frameExecuteTime());
        assertEquals(43200, done.taskOverTime());
        assertEquals(16384L, done.frameRam());
        assertNull(done.gopName());
        assertEquals("", done.munuTaskId());
        assertEquals(Optional.of(FrameStatus.DONE), done.status());
        assertTrue(done.extra().containsKey("framePrice"));
        assertNull(done.extra().get("framePrice"), "null values of unknown fields are kept");

        FrameInfo failed = page.items().get(1);
        assertEquals(1546599L, failed.id());
        assertEquals("7", failed.frameIndex());
        assertEquals(5, failed.frameStatus());
        assertEquals(2, failed.recommitFlag());
        assertNull(failed.taskId());
        assertEquals(Optional.of(FrameStatus.FAILED), failed.status());
    }

    @Test
    void logLinesArePagesOfText() {
        Page<String> log = Json.read("""
                {"pageCount": 1, "pageNum": 1, "total": 2, "size": 100,
                 "items": ["[render] start", "[render] frame 7 done"]}
                """, new TypeReference<Page<String>>() { });

        assertEquals(2, log.items().size());
        assertEquals("[render] frame 7 done", log.items().get(1));
        assertTrue(log.isLast());
    }
}
