package io.farmroutes.ipernity.service;

import io.farmroutes.spi.hostile.BodyFormat;
import io.farmroutes.spi.hostile.HostileBodies;
import io.farmroutes.spi.hostile.HostileCanary;
import io.farmroutes.spi.hostile.HostileHarness;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated hostile answers through the decoder the engine calls with every ipernity answer, each
 * read by one of the catalog's operations in turn.
 */
class IpernityAnswerDecoderHostileTest {

    private static final List<String> VALID_ANSWERS = List.of(
            "{\"api\":{\"status\":\"ok\"},\"ticket\":\"12345445\"}",
            "{\"api\":{\"status\":\"error\",\"code\":1,\"message\":\"Document not found\"}}",
            "{\"api\":{\"status\":\"error\",\"code\":\"105\",\"message\":\"Service unavailable\"}}",
            "{\"api\":{\"status\":\"ok\"},\"auth\":{\"frob\":\"3423-ab12\"}}",
            "{\"api\":{\"status\":\"ok\"},\"auth\":{\"token\":\"12345-a0b1c2d3e4f5\",\"permissions\":{\"doc\":\"write\","
                    + "\"blog\":\"none\",\"network\":\"read\",\"profile\":\"read\"},\"user\":{\"user_id\":\"1234\","
                    + "\"username\":\"Superman\",\"realname\":\"Kal-El\"}}}",
            "{\"api\":{\"status\":\"ok\"},\"tickets\":{\"count\":\"4\",\"done\":\"2\",\"invalid\":\"1\",\"left\":\"1\","
                    + "\"eta\":\"120\",\"ticket\":[{\"id\":\"712218\",\"done\":\"1\",\"invalid\":\"0\",\"doc_id\":\"5412\","
                    + "\"eta\":\"0\"},{\"id\":\"712219\",\"done\":\"0\",\"invalid\":\"1\",\"eta\":\"0\"},{\"id\":\"712311\","
                    + "\"done\":0,\"invalid\":0,\"eta\":120}]}}",
            "{\"api\":{\"status\":\"ok\"},\"doc\":{\"doc_id\":\"5412\",\"title\":\"Sunset\",\"tags\":{\"tag\":["
                    + "{\"tag\":\"sky\"}]},\"count\":3.0}}");

    @Test
    void everyAnswerDecodesOrFailsWithATypedException(@TempDir Path dir) throws Exception {
        List<OperationDescriptor> operations = IpernityCatalog.publicCatalog().operations();
        try (HostileCanary canary = new HostileCanary(dir)) {
            HostileBodies bodies = new HostileBodies(20_240_604L, BodyFormat.JSON, VALID_ANSWERS, canary);
            HostileHarness.run("IpernityAnswerDecoder", bodies.bodies(100_000), canary, body -> {
                OperationDescriptor op = operations.get(body.index() % operations.size());
                HttpResult answer = new HttpResult(body.status(), Map.of(), body.bytes(), "application/json",
                        body.headerCharset());
                return IpernityAnswerDecoder.decode(op, answer, "ipernity:" + op.endpoint());
            });
        }
    }
}
