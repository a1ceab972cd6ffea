package io.farmroutes.sandbox.renderfarmfi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed {@code methodCall}. Arguments are {@link String}, {@link Integer}, {@link Boolean}, {@link Double},
 * {@code byte[]}, {@link java.time.LocalDateTime}, {@code Map<String, Object>} (structs, in order),
 * {@code List<Object>} (arrays) or null ({@code <nil/>}).
 */
record XmlRpcCall(String methodName, List<Object> params) {

    XmlRpcCall {
        // nil arguments are null, which List.copyOf refuses
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
