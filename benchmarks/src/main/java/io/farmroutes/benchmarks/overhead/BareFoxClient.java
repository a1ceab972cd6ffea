package io.farmroutes.benchmarks.overhead;

import io.farmroutes.sandbox.fox.FoxSignature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a hand-written client of queryTaskFrames would do: a signed POST (fox-renderfarm.md §2–§3) with the JDK
 * HTTP client, the envelope bound to small types with Jackson, and a failure unless {@code code} is 200. It
 * signs with the sandbox's own implementation of the recipe, which is independent of the component's.
 */
public final class BareFoxClient {

    static final String FRAMES_PATH = "/api/render/handle/queryTaskFrames";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final HttpClient http;
    private final OverheadTarget target;
    private final URI framesUri;

    public BareFoxClient(HttpClient http, OverheadTarget target) {
        this.http = http;
        this.target = target;
        this.framesUri = URI.create("http://" + target.foxDomain() + FRAMES_PATH);
    }

    /** Page 1 of the seeded task's frames, {@link OverheadTarget#pageSize()} to the page. */
    public FramePage frames() throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode()
                .put("taskId", target.taskId())
                .put("pageNum", 1)
                .put("pageSize", target.pageSize());
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("accessId", target.foxAccessId());
        signed.put("channel", "4");
        signed.put("platform", Integer.toString(target.foxPlatform()));
        signed.put("UTCTimestamp", Long.toString(System.currentTimeMillis() / 1000));
        signed.put("nonce", Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        signed.put("version", "2.0.0");
        String signature = FoxSignature.sign(target.foxAccessKey(),
                FoxSignature.stringToSign(target.foxDomain(), FRAMES_PATH, signed, body));
        HttpRequest.Builder request = HttpRequest.newBuilder(framesUri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .header("Content-Type", "application/json")
                .header("signature", signature)
                .header("languageFlag", "1");
        signed.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        FramesReply reply = JSON.readValue(response.body(), FramesReply.class);
        if (reply.code() != 200) {
            throw new IOException("queryTaskFrames answered code " + reply.code() + ": " + reply.message());
        }
        return reply.data();
    }

    /** The §6 envelope around a page of frames. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FramesReply(int code, String message, FramePage data) {
    }

    /** A §8 page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FramePage(Integer pageCount, Integer pageNum, Long total, List<Frame> items) {
    }

    /** The FrameInfo fields the component's model binds, too (§9). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Frame(Long id, Long taskId, String frameIndex, String frameBlock, Integer frameStatus,
                        String frameStatusText, Integer frameType, Double feeAmount, Double couponFee,
                        Long startTime, Long endTime, Long frameExecuteTime, Integer recommitFlag,
                        Integer taskOverTime, Long frameRam, String gopName, String munuJobId, String munuTaskId) {
    }
}
