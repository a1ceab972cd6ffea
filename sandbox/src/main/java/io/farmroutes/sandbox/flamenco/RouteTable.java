package io.farmroutes.sandbox.flamenco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * URL rules in the server's style: literal segments, {@code {int}} (digits only, as Werkzeug's int converter),
 * {@code {name}} (one segment) and a final {@code {path}} (one or more segments). A path is matched after
 * percent-decoding. The first rule that matches the path decides; it then answers 405 for a verb it lacks.
 */
final class RouteTable {

    /** A rule and the verbs it serves. */
    record Route(List<String> segments, Map<String, Endpoint> endpoints) {

        /** The verbs to announce in {@code Allow}: those served, plus HEAD with GET, plus OPTIONS. */
        Set<String> allowed() {
            Set<String> out = new LinkedHashSet<>(endpoints.keySet());
            if (out.contains("GET")) {
                out.add("HEAD");
            }
            out.add("OPTIONS");
            return out;
        }
    }

    /** A rule that matched a path, with the placeholder values. */
    record Match(Route route, List<String> params) {

        /** The endpoint for this verb (HEAD is served by GET), if the rule has one. */
        Optional<Endpoint> endpoint(String method) {
            String verb = method.equals("HEAD") ? "GET" : method;
            return Optional.ofNullable(route.endpoints().get(verb));
        }
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a verb to a rule, creating the rule on first use. */
    RouteTable on(String method, String pattern, Endpoint endpoint) {
        List<String> segments = segments(pattern);
        Route route = routes.stream().filter(r -> r.segments().equals(segments)).findFirst().orElseGet(() -> {
            Route created = new Route(segments, new LinkedHashMap<>());
            routes.add(created);
            return created;
        });
        route.endpoints().put(method, endpoint);
        return this;
    }

    Optional<Match> find(String decodedPath) {
        List<String> parts = segments(decodedPath);
        for (Route r : routes) {
            List<String> params = match(r.segments(), parts);
            if (params != null) {
                return Optional.of(new Match(r, params));
            }
        }
        return Optional.empty();
    }

    private static List<String> match(List<String> pattern, List<String> parts) {
        List<String> params = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.equals("{path}")) {
                if (i >= parts.size()) {
                    return null;
                }
                List<String> rest = parts.subList(i, parts.size());
                // an empty segment inside is fine ("a//b"), an empty path is not
                if (rest.stream().allMatch(String::isEmpty)) {
                    return null;
                }
                params.add(String.join("/", rest));
                return params;
            }
            if (i >= parts.size()) {
                return null;
            }
            String part = parts.get(i);
            if (p.equals("{int}")) {
                if (!part.matches("\\d+")) {
                    return null;
                }
                params.add(part);
            } else if (p.equals("{name}")) {
                if (part.isEmpty()) {
                    return null;
                }
                params.add(part);
            } else if (!p.equals(part)) {
                return null;
            }
        }
        return pattern.size() == parts.size() ? params : null;
    }

    /** "/a/b/" → [a, b, ""]: a trailing slash is a segment of its own, so "/jobs/" is not "/jobs". */
    private static List<String> segments(String path) {
        String body = path.startsWith("/") ? path.substring(1) : path;
        if (body.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(body.split("/", -1));
    }
}
