package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a signature covers: the HTTP method, the base string URI and every parameter pair, the protocol
 * parameters among them (including {@code oauth_signature}, which the verifier sets aside).
 */
record SignedRequest(String httpMethod, String baseUri, List<Map.Entry<String, String>> parameters) {

    SignedRequest {
        parameters = List.copyOf(parameters);
    }

    /**
     * The OAuth parameters of an ordinary request: the {@code Authorization: OAuth} header, the query and, when
     * the body is {@code application/x-www-form-urlencoded}, the form (an XML body is never signed).
     */
    static SignedRequest fromHttp(EmulatorRequest request) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        request.header("Authorization").flatMap(OAuthHeader::parse).ifPresent(pairs::addAll);
        addAll(pairs, request.query());
        addAll(pairs, request.form());
        return new SignedRequest(request.method(), baseUri(request), pairs);
    }

    /** community.getSession's variant (spec §5.7): the struct's {@code oauth_*} members, POST to the method URL. */
    static SignedRequest fromMembers(EmulatorRequest request, Map<String, String> members) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        members.forEach((name, value) -> {
            if (name.startsWith("oauth_")) {
                pairs.add(Map.entry(name, value));
            }
        });
        return new SignedRequest("POST", baseUri(request), pairs);
    }

    /** Whether the header or the query carries any protocol parameter. */
    static boolean hasHttpProtocolParameters(EmulatorRequest request) {
        boolean inHeader = request.header("Authorization").flatMap(OAuthHeader::parse).map(p -> !p.isEmpty())
                .orElse(false);
        return inHeader || request.query().names().stream().anyMatch(n -> n.startsWith("oauth_"));
    }

    /** Every value of a parameter, in order. */
    List<String> values(String name) {
        return parameters.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** The single value of a parameter; empty when absent or empty. */
    Optional<String> value(String name) {
        return values(name).stream().filter(v -> !v.isEmpty()).findFirst();
    }

    private static String baseUri(EmulatorRequest request) {
        // the emulator speaks plain http; the host is the one the client addressed, as the client signed it
        String authority = request.header("Host").orElseThrow(() -> new OAuthProblem(OAuthProblem.PARAMETER_REJECTED,
                "no Host header: the base string URI cannot be built"));
        return OAuthSignature.baseUri("http", authority, request.path());
    }

    private static void addAll(List<Map.Entry<String, String>> into, Params params) {
        params.asMap().forEach((name, values) -> values.forEach(v -> into.add(Map.entry(name, v))));
    }
}
