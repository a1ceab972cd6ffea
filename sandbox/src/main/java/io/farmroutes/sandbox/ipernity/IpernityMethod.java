package io.farmroutes.sandbox.ipernity;

import java.util.Map;
import java.util.function.Function;

/**
 * A method's flags as {@code api.methods.getList} reports them (POST, signed, authenticated, permission) and
 * the handler that produces its result members.
 *
 * @param permission null, or target and level needed, e.g. {@code doc=write}
 */
record IpernityMethod(String name, boolean post, boolean signed, boolean token, Map.Entry<String, String> permission,
                      Function<IpernityCall, Map<String, Object>> handler) {
}
