package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.IpernityException;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.xml.BodyText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the §6 envelope: HTTP 200 always, success or failure decided by {@code api.status}. */
final class IpernityAnswerDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCERPT = 200;

    private IpernityAnswerDecoder() {
    }

    static Object decode(OperationDescriptor op, HttpResult answer, String endpoint) {
        if (answer.status() != 200) {
            throw new TransportException(endpoint, "ipernity answered HTTP " + answer.status()
                    + " (API errors come with HTTP 200)", answer.status(), answer.isTransientStatus(), null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw malformed(endpoint, answer, "the answer is not JSON", e);
        }
        JsonNode api = root == null ? null : root.get("api");
        if (api == null || !api.isObject()) {
            throw malformed(endpoint, answer, "the answer has no 'api' status block", null);
        }
        String method = op.hint(IpernityCatalog.METHOD_HINT).orElse(null);
        if (!"ok".equals(IpernityReaders.text(api.get("status")))) {
            throw new IpernityException(endpoint, method, code(api.get("code")),
                    IpernityReaders.text(api.get("message")));
        }
        try {
            return op.resultReader().read(root);
        } catch (RuntimeException e) {
            throw malformed(endpoint, answer, "the answer does not have the expected shape: "
                    + BodyText.excerpt(String.valueOf(e.getMessage()), EXCERPT), e);
        }
    }

    /** The code as a number, whether sent as one or as a string; null when missing or not numeric. */
    private static Integer code(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Integer.valueOf(node.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static MalformedResponseException malformed(String endpoint, HttpResult answer, String problem,
                                                        Throwable cause) {
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) : text;
        return new MalformedResponseException(endpoint, problem, excerpt, cause);
    }
}
