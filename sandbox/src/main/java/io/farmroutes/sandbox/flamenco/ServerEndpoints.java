package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

/** The extras that are about the server itself: {@code GET /}, {@code GET /stats/}, {@code POST /connect}. */
final class ServerEndpoints {

    private ServerEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/", ServerEndpoints::health)
                .on("GET", "/stats/", ServerEndpoints::stats)
                .on("POST", "/connect", ServerEndpoints::connect);
    }

    static EmulatorResponse health(Call call) {
        return Replies.ok(obj("message", "Brender server up and running!"));
    }

    /** The server's names are off by one level: "jobs" counts tasks and "shots" counts jobs. */
    static EmulatorResponse stats(Call call) {
        Farm farm = call.farm();
        return Replies.ok(obj("server_stats", obj("total_jobs", farm.tasks.size(), "total_shots", farm.jobs.size(),
                "total_projects", farm.projects.size())));
    }

    static EmulatorResponse connect(Call call) {
        throw FlamencoFailure.serverError("POST /connect is broken in this server");
    }
}
