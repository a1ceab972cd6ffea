package io.farmroutes.sandbox.ipernity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One authenticated, checked call as a method handler sees it. */
record IpernityCall(String method, List<Map.Entry<String, String>> params, Optional<MultipartForm> multipart,
                    String apiKey, Optional<IpernityState.Token> token) {

    Optional<String> param(String name) {
        return params.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The value, or the method's own error when it is missing or empty. */
    String require(String name, int code, String message) {
        return param(name).filter(v -> !v.isEmpty()).orElseThrow(() -> new ApiError(code, message));
    }

    /** The token's user; handlers that need one run only after the token check. */
    String userId() {
        return token.map(IpernityState.Token::userId).orElseThrow(() -> new ApiError(106, "User not logged in"));
    }
}
