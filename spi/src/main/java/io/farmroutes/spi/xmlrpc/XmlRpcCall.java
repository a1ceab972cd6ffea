package io.farmroutes.spi.xmlrpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A {@code methodCall}: the method name and its arguments in order.
 *
 * @param methodName the method, for example {@code user.attachSession}
 * @param params the arguments; a decoded call may hold null for {@code <nil/>}, an encoded one may not
 */
public record XmlRpcCall(String methodName, List<Object> params) implements XmlRpcMessage {

    public XmlRpcCall {
        Objects.requireNonNull(methodName, "methodName");
        // an unmodifiable copy that still admits null: List.copyOf would reject a decoded <nil/> argument
        params = params == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** A call with the given arguments. */
    public static XmlRpcCall of(String methodName, Object... params) {
        return new XmlRpcCall(methodName, params == null ? List.of() : Arrays.asList(params));
    }
}
