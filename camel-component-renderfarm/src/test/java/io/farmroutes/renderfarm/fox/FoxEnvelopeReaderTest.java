package io.farmroutes.renderfarm.fox;

import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.type.TypeFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-pass envelope reader takes each field as the tree it replaced did, and binds data straight to types. */
class FoxEnvelopeReaderTest {

    @Test
    void readsTheFieldsAndBindsDataToATypedPage() throws IOException {
        FoxEnvelope envelope = read("{\"version\":\"2.0.0\",\"result\":true,\"message\":\"success\",\"code\":200,"
                + "\"data\":{\"pageCount\":1,\"pageNum\":1,\"total\":1,\"items\":[{\"id\":7,\"frameIndex\":\"1\","
                + "\"feeAmount\":0.05,\"renderNode\":\"n1\"}]},\"serverTime\":1589532607599,\"requestId\":\"r-1\"}");

        assertTrue(envelope.isSuccess());
        assertEquals("success", envelope.message());
        assertEquals("r-1", envelope.requestId());
        assertEquals(1589532607599L, envelope.serverTime());
        Page<FrameInfo> page = envelope.read(TypeFactory.defaultInstance()
                .constructParametricType(Page.class, FrameInfo.class));
        FrameInfo frame = page.items().get(0);
        assertEquals(7L, frame.id());
        assertEquals(0.05, frame.feeAmount());
        assertEquals("n1", frame.extra().get("renderNode"), "unknown fields are kept");
    }

    @Test
    void anyNumberThatFitsAnIntIsACodeAndTheLastRepeatWins() throws IOException {
        assertEquals(611, read("{\"code\":200,\"code\":611.0}").code());
        assertNull(read("{\"code\":\"200\"}"), "a code as text is no envelope");
        assertNull(read("{\"code\":4294967296}"), "nor is one past an int");
        assertNull(read("{\"message\":\"no code\"}"));
        assertNull(read("[{\"code\":200}]"));
        assertNull(read(""));
    }

    @Test
    void scalarsReadAsTextContainersAsEmptyTextAndNullAsAbsent() throws IOException {
        FoxEnvelope envelope = read("{\"code\":600,\"message\":{\"zh\":\"x\"},\"requestId\":null,"
                + "\"serverTime\":\"soon\",\"data\":null}");

        assertEquals("", envelope.message());
        assertNull(envelope.requestId());
        assertNull(envelope.serverTime());
        assertFalse(envelope.hasData());
        assertEquals("SUCCESS", read("{\"code\":200,\"data\":\"SUCCESS\"}").dataText());
        assertEquals("42", read("{\"code\":200,\"requestId\":42}").requestId());
    }

    private static FoxEnvelope read(String json) throws IOException {
        return FoxEnvelopeReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
