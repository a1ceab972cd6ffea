package io.farmroutes.benchmarks.overhead;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

/**
 * What a hand-written client of am_get_info.php would do: a GET with the JDK HTTP client, the XML bound to a
 * small type with Jackson, a failure when the answer is an {@code <error>} document or lacks {@code <success/>},
 * and the name URL-decoded as the server encodes it (boinc.md §8.4).
 */
public final class BareBoincClient {

    private static final XmlMapper XML = XmlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final HttpClient http;
    private final URI infoUri;

    public BareBoincClient(HttpClient http, OverheadTarget target) {
        this.http = http;
        this.infoUri = URI.create(target.boincRpcBase() + "am_get_info.php?account_key="
                + URLEncoder.encode(target.boincAccountKey(), StandardCharsets.UTF_8));
    }

    /** The seeded account's info. */
    public Account account() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(infoUri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("am_get_info answered HTTP " + response.statusCode());
        }
        InfoReply reply = XML.readValue(response.body(), InfoReply.class);
        if (reply.errorNum() != null || reply.success() == null) {
            throw new IOException("am_get_info answered error " + reply.errorNum() + ": " + reply.errorMsg());
        }
        return new Account(reply.id(), URLDecoder.decode(reply.name(), StandardCharsets.UTF_8),
                URLDecoder.decode(reply.country(), StandardCharsets.UTF_8), reply.teamId());
    }

    /**
     * Either document the script sends: {@code <am_get_info_reply>} or {@code <error>} (the root's name is not
     * bound, so one type reads both). {@code <success/>} binds to an empty string, its absence to null.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InfoReply(String success, Long id, String name, String country,
                            @JsonProperty("teamid") Long teamId,
                            @JsonProperty("error_num") Integer errorNum,
                            @JsonProperty("error_msg") String errorMsg) {
    }

    /** The decoded fields a caller of account/info typically reads. */
    public record Account(Long id, String name, String country, Long teamId) {
    }
}
