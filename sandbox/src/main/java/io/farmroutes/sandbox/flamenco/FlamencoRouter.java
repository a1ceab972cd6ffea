package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.Router;
import io.farmroutes.sandbox.UrlCodec;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the server's URL rules: a route miss is the server's own 404 JSON, a missing trailing slash is
 * Werkzeug's 301, a verb the rule lacks is 405; then the endpoint runs under the state lock. An unexpected
 * exception is the HTML 500 page, as it would be on the real server.
 */
final class FlamencoRouter implements Router {

    private static final Logger LOG = LoggerFactory.getLogger(FlamencoRouter.class);
    /** The server binds to loopback, so every caller it sees comes from here (see {@link #callerIp}). */
    private static final String LOOPBACK = "127.0.0.1";

    private final FlamencoState state;
    private final RouteTable routes = new RouteTable();

    FlamencoRouter(FlamencoState state) {
        this.state = state;
        ServerEndpoints.register(routes);
        ProjectEndpoints.register(routes);
        WorkerEndpoints.register(routes);
        ManagerEndpoints.register(routes);
        SettingsEndpoints.register(routes);
        BrowseEndpoints.register(routes);
        JobBulkEndpoints.register(routes);
        JobEndpoints.register(routes);
        TaskEndpoints.register(routes);
    }

    @Override
    public EmulatorResponse route(EmulatorRequest request) {
        String path = decodePath(request.path());
        Optional<RouteTable.Match> match = routes.find(path);
        if (match.isEmpty()) {
            return routes.find(path + "/").isPresent() ? addSlash(request) : Replies.routeMiss();
        }
        RouteTable.Route route = match.get().route();
        if (request.method().equals("OPTIONS")) {
            return EmulatorResponse.status(200).withHeader("Allow", String.join(", ", route.allowed()))
                    .withBody(Replies.HTML, new byte[0]);
        }
        Optional<Endpoint> endpoint = match.get().endpoint(request.method());
        if (endpoint.isEmpty()) {
            return Replies.methodNotAllowed(route.allowed());
        }
        try {
            FlamencoArgs args = FlamencoArgs.of(request);
            return state.transact(session -> endpoint.get().handle(
                    new Call(request, match.get().params(), args, callerIp(request), session)));
        } catch (FlamencoFailure e) {
            LOG.debug("{}: {}", request, e.getMessage());
            return e.reply();
        } catch (RuntimeException e) {
            LOG.warn("flamenco emulator failed on {}", request, e);
            return Replies.serverError();
        }
    }

    /**
     * The address the server sees. The sandbox's request model does not carry the peer address, and a loopback
     * server only ever sees 127.0.0.1; an {@code X-Forwarded-For} header stands in for another host, so tests can
     * register managers "from" several machines.
     */
    static String callerIp(EmulatorRequest request) {
        return request.header("X-Forwarded-For")
                .map(v -> v.split(",", 2)[0].strip())
                .filter(v -> !v.isEmpty())
                .orElse(LOOPBACK);
    }

    /** Percent-decoding of a path: unlike a form value, '+' is a plus sign. */
    static String decodePath(String raw) {
        return UrlCodec.decode(raw.replace("+", "%2B"));
    }

    /** Werkzeug's answer to a rule that ends with '/' asked for without it. */
    private static EmulatorResponse addSlash(EmulatorRequest request) {
        String host = request.header("Host").orElse(LOOPBACK);
        String target = "http://" + host + request.path() + "/"
                + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        return EmulatorResponse.status(301).withHeader("Location", target).withBody(Replies.HTML,
                "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>Redirecting...</title>\n"
                        + "<h1>Redirecting...</h1>\n<p>You should be redirected to <a href=\"" + target + "\">"
                        + target + "</a>.</p>\n");
    }
}
