package io.farmroutes.renderfarm.hostile;

import io.farmroutes.renderfarm.flamenco.FlamencoProvider;
import io.farmroutes.renderfarm.fox.FoxProvider;
import io.farmroutes.renderfarm.renderfarmfi.RenderfarmFiProvider;
import io.farmroutes.spi.engine.RetryPolicy;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.hostile.BodyFormat;
import io.farmroutes.spi.hostile.HostileBodies;
import io.farmroutes.spi.hostile.HostileCanary;
import io.farmroutes.spi.hostile.HostileHarness;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.HttpSettings;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated hostile answers per provider through {@link ServiceDefinition#decode}, the method the
 * engine hands every answer to; each body is read by one of the provider's operations in turn.
 */
class ProviderDecoderHostileTest {

    private static final int BODIES = 100_000;
    private static final FarmSettings SETTINGS = new FarmSettings() {
        @Override
        public Object option(String name) {
            return null;
        }

        @Override
        public HttpSettings httpSettings() {
            return HttpSettings.defaults();
        }

        @Override
        public RetryPolicy retryPolicy() {
            return RetryPolicy.defaults();
        }
    };

    @TempDir
    Path dir;

    @Test
    void foxAnswers() throws Exception {
        attack(new FoxProvider(), BodyFormat.JSON, 20_240_605L, List.of(
                "{ \"version\": \"2.0.0\", \"result\": true, \"message\": \"success\", \"code\": 200, \"data\": {"
                        + "\"pageCount\": 1, \"pageNum\": 1, \"total\": 1, \"size\": 1, \"items\": [{\"id\": 5678,"
                        + " \"taskAlias\": \"5678\", \"sceneName\": \"shot.ma\", \"taskStatus\": 25, \"statusText\":"
                        + " \"render_task_status_25\", \"outputFileName\": \"out\", \"renderConsume\": 1.5,"
                        + " \"startTime\": 1589532607599, \"frameCount\": \"10\", \"isOpen\": 1}]},"
                        + " \"serverTime\": 1589532607599, \"requestId\": \"vTKMmj-UHJlLVNlcnZpY2UwNg-1581074257467\" }",
                "{\"code\":200,\"message\":\"success\",\"data\":\"SUCCESS\",\"requestId\":\"r1\"}",
                "{\"code\":200,\"message\":\"success\",\"data\":[{\"id\":1,\"taskId\":5678,\"frameIndex\":\"1-1[1]\","
                        + "\"frameBlock\":\"1\",\"frameStatus\":4,\"feeAmount\":0.2,\"isCopy\":0}],\"serverTime\":1}",
                "{\"code\":200,\"data\":{\"taskIdList\":[5678,5679],\"aliasTaskIdList\":[\"5678\"],\"userId\":100}}",
                "{\"code\":610,\"message\":\"signature expired\",\"data\":null,\"requestId\":\"r2\"}",
                "{\"code\":200,\"data\":[\"a.ma\",\"b.ma\"]}"));
    }

    @Test
    void flamencoAnswers() throws Exception {
        attack(new FlamencoProvider(), BodyFormat.JSON, 20_240_606L, List.of(
                "{\"1\": {\"name\": \"Encoded cube\", \"path_server\": \"/srv/p\", \"path_linux\": \"/mnt/p\","
                        + " \"path_win\": \"P:\\\\\", \"path_osx\": \"/Volumes/p\", \"render_path_server\": \"/srv/r\"}}",
                "{\"render-01\": {\"id\": 3, \"hostname\": \"render-01\", \"status\": \"enabled\", \"connection\":"
                        + " \"online\", \"system\": \"Linux\", \"port\": 5000, \"ip_address\": \"10.0.0.21\","
                        + " \"current_task\": null}}",
                "{\"project_path_server\": \"/srv/p\", \"parent_path\": \"\", \"items_list\": [[\"shots\", \"shots\","
                        + " \"folder\"], [\"main.blend\", \"main.blend\", \"blendfile\"]]}",
                "{\"id\": 12, \"project_id\": 1, \"frame_start\": 1, \"frame_end\": 250, \"chunk_size\": 10,"
                        + " \"status\": \"active\", \"priority\": 50, \"name\": \"shot\", \"settings\": {\"a\": 1}}",
                "{\"12\": {\"id\": 12, \"chunk_start\": 1, \"chunk_end\": 10, \"current_frame\": 3, \"status\":"
                        + " \"active\", \"log\": \"ok\"}}",
                "{\"message\": \"No interface defined for URL 'x'\"}",
                "{\"message\": {\"name\": [\"required\"]}}"));
    }

    @Test
    void renderfarmFiAnswers() throws Exception {
        attack(new RenderfarmFiProvider(), BodyFormat.XML_RPC, 20_240_607L, List.of(
                "<?xml version=\"1.0\"?><methodResponse><params><param><value><struct>"
                        + "<member><name>accept</name><value><struct><member><name>413</name><value><struct>"
                        + "<member><name>title</name><value><string>Cube</string></value></member>"
                        + "<member><name>shortDescription</name><value>spin</value></member>"
                        + "<member><name>submitTimestamp</name><value><int>1300000000</int></value></member>"
                        + "</struct></value></member></struct></value></member>"
                        + "<member><name>active</name><value><string></string></value></member>"
                        + "<member><name>completed</name><value><struct></struct></value></member>"
                        + "</struct></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><struct>"
                        + "<member><name>id</name><value><int>413</int></value></member>"
                        + "<member><name>title</name><value><string>Cube</string></value></member>"
                        + "<member><name>startFrame</name><value><int>1</int></value></member>"
                        + "<member><name>endFrame</name><value><string>250</string></value></member>"
                        + "<member><name>thumbnails</name><value><struct><member><name>small</name><value>"
                        + "<string>http://x/s.png</string></value></member></struct></value></member>"
                        + "<member><name>inputLicense</name><value><struct><member><name>name</name><value>CC-BY"
                        + "</value></member><member><name>url</name><value>http://cc</value></member></struct>"
                        + "</value></member><member><name>timestamps</name><value><struct><member><name>created"
                        + "</name><value><int>1300000000</int></value></member></struct></value></member>"
                        + "<member><name>cpuTimeRendered</name><value><i8>12345678901</i8></value></member>"
                        + "</struct></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><struct><member><name>success</name><value><boolean>1"
                        + "</boolean></value></member></struct></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><array><data><value><boolean>1</boolean></value></data>"
                        + "</array></value></param></params></methodResponse>",
                "<methodResponse><fault><value><struct>"
                        + "<member><name>faultCode</name><value><int>104</int></value></member>"
                        + "<member><name>faultString</name><value><string>Invalid signature</string></value></member>"
                        + "</struct></value></fault></methodResponse>",
                "oauth_token=ab%20c&oauth_token_secret=s3cr%3Dt&oauth_callback_confirmed=true",
                "oauth_problem=token_rejected"));
    }

    private void attack(FarmProvider provider, BodyFormat format, long seed, List<String> validAnswers)
            throws Exception {
        ServiceDefinition<FarmSettings> service = provider.service();
        List<OperationDescriptor> operations = service.catalog().operations();
        try (HostileCanary canary = new HostileCanary(dir)) {
            HostileBodies bodies = new HostileBodies(seed, format, validAnswers, canary);
            HostileHarness.run(service.serviceName() + " decode", bodies.bodies(BODIES), canary, body -> {
                OperationDescriptor op = operations.get(body.index() % operations.size());
                HttpResult answer = new HttpResult(body.status(), Map.of(), body.bytes(),
                        format == BodyFormat.JSON ? "application/json" : "text/xml", body.headerCharset());
                return service.decode(op, answer, SETTINGS, "renderfarm:" + op.endpoint());
            });
        }
    }
}
