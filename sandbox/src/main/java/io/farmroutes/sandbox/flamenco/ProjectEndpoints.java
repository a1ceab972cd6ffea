package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /projects} (6.1, 6.2) and the extras that create, overwrite and delete projects (§7). */
final class ProjectEndpoints {

    private ProjectEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/projects", ProjectEndpoints::list)
                .on("POST", "/projects", ProjectEndpoints::create)
                .on("GET", "/projects/{int}", ProjectEndpoints::get)
                .on("PUT", "/projects/{int}", ProjectEndpoints::update)
                .on("DELETE", "/projects/{int}", ProjectEndpoints::delete);
    }

    static EmulatorResponse list(Call call) {
        Map<String, Object> out = new LinkedHashMap<>();
        call.farm().projects.values().forEach(p -> out.put(Long.toString(p.id), JsonShapes.projectEntry(p)));
        return Replies.ok(out);
    }

    static EmulatorResponse get(Call call) {
        return Replies.ok(JsonShapes.project(find(call), call.farm()));
    }

    /** Not idempotent: every call adds a project; a truthy {@code is_active} makes it the active one. */
    static EmulatorResponse create(Call call) {
        FlamencoArgs args = call.args();
        ProjectRecord p = call.farm().addProject(args.text("name"));
        ProjectRecord.PATH_FIELDS.forEach(f -> p.paths.put(f, args.text(f)));
        if (args.truthy("is_active")) {
            call.farm().settings.put(Farm.ACTIVE_PROJECT, Long.toString(p.id));
        }
        return Replies.created(JsonShapes.project(p, call.farm()));
    }

    /** 201, not 200. The paths are overwritten (omitted ones too, while the quirk is on); a blank name is kept. */
    static EmulatorResponse update(Call call) {
        FlamencoArgs args = call.args();
        ProjectRecord p = find(call);
        boolean overwrite = call.quirk(FlamencoQuirk.PROJECT_UPDATE_NULLS_OMITTED);
        for (String f : ProjectRecord.PATH_FIELDS) {
            if (overwrite || args.has(f)) {
                p.paths.put(f, args.text(f));
            }
        }
        String name = args.text("name");
        if (name != null && !name.isEmpty()) {
            p.name = name;
        }
        return Replies.created(JsonShapes.project(p, call.farm()));
    }

    /** Deletes the project and its jobs but leaves their tasks behind; clears {@code active_project} if it was this. */
    static EmulatorResponse delete(Call call) {
        ProjectRecord p = find(call);
        Farm farm = call.farm();
        farm.jobs.values().removeIf(j -> j.projectId != null && j.projectId == p.id);
        farm.projects.remove(p.id);
        if (farm.isActive(p.id)) {
            farm.settings.put(Farm.ACTIVE_PROJECT, null);
        }
        return Replies.noContent();
    }

    private static ProjectRecord find(Call call) {
        long id = call.idParam(0);
        ProjectRecord p = call.farm().projects.get(id);
        if (p == null) {
            throw FlamencoFailure.notFound("Project " + call.pathParam(0) + " doesn't exist");
        }
        return p;
    }
}
