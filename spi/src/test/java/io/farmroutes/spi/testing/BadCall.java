package io.farmroutes.spi.testing;

import java.util.List;
import java.util.Map;

/**
 * One call that must be refused before anything is sent: the URI and headers to send, and the parameter the
 * refusal has to name.
 *
 * @param parameter the name the message must carry; for a one-of group, each member is expected in it
 * @param suggestion a real name the refusal must suggest, or null
 */
public record BadCall(Kind kind, Form form, String label, List<String> parameter, String uri,
                      Map<String, Object> headers, String suggestion, String description) {

    /** What is wrong with the call. */
    public enum Kind { MISSING, MISTYPED, UNKNOWN }

    /** Where the faulty parameter is given. */
    public enum Form { URI, HEADER }

    public String displayName() {
        return kind + " " + form + ": " + description;
    }
}
