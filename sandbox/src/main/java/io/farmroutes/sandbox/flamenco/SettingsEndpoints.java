package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.LinkedHashMap;
import java.util.List;

/** {@code /settings} (6.9, 6.10) and {@code /settings/render} (6.11). */
final class SettingsEndpoints {

    /** The fixed set {@code POST /settings} writes. */
    static final List<String> WRITABLE = List.of("blender_path_linux", "blender_path_win", "blender_path_osx",
            "render_settings_path_linux", "render_settings_path_win", "render_settings_path_osx",
            Farm.ACTIVE_PROJECT);

    /** The emulated server runs on Linux, so it reads the Linux render-settings directory. */
    static final String SERVER_RENDER_SETTINGS = "render_settings_path_linux";

    private SettingsEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/settings", SettingsEndpoints::list)
                .on("POST", "/settings", SettingsEndpoints::update)
                .on("GET", "/settings/render", SettingsEndpoints::renderFiles);
    }

    static EmulatorResponse list(Call call) {
        return Replies.ok(new LinkedHashMap<>(call.farm().settings));
    }

    /** While the quirk is on, every one of the seven is written and an omitted one becomes null. */
    static EmulatorResponse update(Call call) {
        boolean overwrite = call.quirk(FlamencoQuirk.SETTINGS_UPDATE_NULLS_OMITTED);
        for (String name : WRITABLE) {
            if (overwrite || call.args().has(name)) {
                call.farm().settings.put(name, call.args().text(name));
            }
        }
        return Replies.noContent();
    }

    static EmulatorResponse renderFiles(Call call) {
        String dir = call.farm().settings.get(SERVER_RENDER_SETTINGS);
        if (dir == null) {
            throw FlamencoFailure.serverError(SERVER_RENDER_SETTINGS + " is null");
        }
        List<String> names = call.farm().files.list(dir)
                .orElseThrow(() -> FlamencoFailure.serverError(dir + " is not a directory"))
                .stream().map(VirtualFiles.Entry::name).toList();
        return Replies.ok(obj("settings_files", names));
    }
}
