package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.ArrayList;
import java.util.List;

/** {@code /browse} and {@code /browse/{path}} (6.12, 6.13): the active project's tree on the server's disk. */
final class BrowseEndpoints {

    private BrowseEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/browse", BrowseEndpoints::root)
                .on("GET", "/browse/{path}", BrowseEndpoints::sub);
    }

    /** The project root; no active project, or a root that is not there, is an unhandled error (500). */
    static EmulatorResponse root(Call call) {
        String root = projectRoot(call);
        List<VirtualFiles.Entry> entries = call.farm().files.list(root)
                .orElseThrow(() -> FlamencoFailure.serverError(root + " is not a directory"));
        return Replies.ok(listing(root, "", "", entries));
    }

    static EmulatorResponse sub(Call call) {
        String root = projectRoot(call);
        String path = call.pathParam(0);
        List<VirtualFiles.Entry> entries = call.farm().files.list(VirtualFiles.join(root, path))
                .orElseThrow(() -> FlamencoFailure.notFound("Path " + path + " is not a directory"));
        return Replies.ok(listing(root, path + "/..", path + "/", entries));
    }

    private static String projectRoot(Call call) {
        String root = call.farm().activeProject().pathServer();
        if (root == null) {
            throw FlamencoFailure.serverError("the active project has no path_server");
        }
        return root;
    }

    /** Directories and names ending in "blend" only, each as [name, path from the project root, kind]. */
    private static Object listing(String root, String parent, String prefix, List<VirtualFiles.Entry> entries) {
        List<List<String>> items = new ArrayList<>();
        for (VirtualFiles.Entry e : entries) {
            if (e.directory()) {
                items.add(List.of(e.name(), prefix + e.name(), "folder"));
            } else if (e.name().endsWith("blend")) {
                items.add(List.of(e.name(), prefix + e.name(), "blendfile"));
            }
        }
        return obj("project_path_server", root, "parent_path", parent, "items_list", items);
    }
}
