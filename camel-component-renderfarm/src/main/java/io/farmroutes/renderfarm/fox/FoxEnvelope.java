package io.farmroutes.renderfarm.fox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Fox answer (fox-renderfarm.md §6): {@code code} 200 means success, {@code data} is the operation's
 * result in whatever shape the operation and the server version give it.
 */
public record FoxEnvelope(int code, String message, JsonNode data, String requestId, Long serverTime) {

    public boolean isSuccess() {
        return code == 200;
    }

    /** The data as text when it is a scalar (e.g. {@code "SUCCESS"}), else null. */
    public String dataText() {
        return data != null && data.isValueNode() && !data.isNull() ? data.asText() : null;
    }
}
