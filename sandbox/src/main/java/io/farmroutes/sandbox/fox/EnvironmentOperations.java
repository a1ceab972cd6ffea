package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import io.farmroutes.sandbox.fox.FoxCatalog.Software;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** User render environments (plugin configurations): add, edit, delete, make default, list. */
final class EnvironmentOperations {

    private final FoxState state;

    EnvironmentOperations(FoxState state) {
        this.state = state;
    }

    void register(FoxOperations ops) {
        ops.add("env/add", "/api/render/plugin/addUserPluginConfig", this::add);
        ops.add("env/update", "/api/render/plugin/editUserPluginConfig", this::edit);
        ops.add("env/delete", "/api/render/plugin/deleteUserPluginConfig", this::delete);
        ops.add("env/setDefault", "/api/render/plugin/setDefaultUserPluginConfig", this::setDefault);
        ops.add("env/list", "/api/render/plugin/getUserPluginConfig", this::list);
    }

    private Object add(FoxCall call) {
        FoxEnvironment env = read(call, false);
        Map<String, FoxEnvironment> envs = state.environments();
        if (envs.containsKey(env.editName())) {
            throw FoxApiError.invalid("a render environment named " + env.editName() + " already exists");
        }
        // the first environment of a software and system becomes its default
        boolean first = envs.values().stream()
                .noneMatch(e -> e.cgId() == env.cgId() && e.renderSystem() == env.renderSystem());
        envs.put(env.editName(), env.withDefault(first));
        return obj("editName", env.editName());
    }

    private Object edit(FoxCall call) {
        FoxEnvironment env = read(call, true);
        FoxEnvironment old = state.environments().get(env.editName());
        state.environments().put(env.editName(), env.withDefault(old.isDefault()));
        return null;
    }

    /** Deleting a name that is not there succeeds: the operation is safe to retry. */
    private Object delete(FoxCall call) {
        state.environments().remove(call.string("editName"));
        return null;
    }

    private Object setDefault(FoxCall call) {
        FoxEnvironment chosen = existing(call.string("editName"));
        state.environments().replaceAll((name, e) -> e.cgId() == chosen.cgId()
                && e.renderSystem() == chosen.renderSystem() ? e.withDefault(name.equals(chosen.editName())) : e);
        return null;
    }

    private Object list(FoxCall call) {
        List<Long> cgIds = new ArrayList<>();
        call.optionalInteger("cgId").ifPresent(id -> cgIds.add(id.longValue()));
        call.optionalIds("cgIds").ifPresent(cgIds::addAll);
        if (cgIds.isEmpty()) {
            throw FoxApiError.missing("cgId or cgIds");
        }
        int os = call.choice("osName", 1, 0, 1);
        List<Object> out = new ArrayList<>();
        for (FoxEnvironment e : state.environments().values()) {
            if (cgIds.contains((long) e.cgId()) && e.renderSystem() == os) {
                List<Object> plugins = new ArrayList<>();
                for (long id : e.pluginIds()) {
                    FoxCatalog.plugin(id).ifPresent(p -> plugins.add(obj("pluginId", p.pluginId(),
                            "pluginName", p.name(), "pluginVersion", p.version())));
                }
                out.add(obj("cgId", e.cgId(), "editName", e.editName(), "cgName", e.cgName(),
                        "cgVersion", e.cgVersion(), "osName", e.renderSystem(), "renderLayerType",
                        e.renderLayerType(), "isDefault", e.isDefault() ? 1 : 0, "projectPath", e.projectPath(),
                        "isMainUserId", 1, "respUserPluginInfoVos", plugins));
            }
        }
        return out;
    }

    private FoxEnvironment existing(String editName) {
        FoxEnvironment env = state.environments().get(editName);
        if (env == null) {
            throw FoxApiError.notFound("no render environment named " + editName);
        }
        return env;
    }

    /** The environment in the body, checked against the software catalog. */
    private FoxEnvironment read(FoxCall call, boolean mustExist) {
        int cgId = call.integer("cgId");
        String cgName = call.string("cgName");
        String cgVersion = call.string("cgVersion");
        String editName = call.string("editName");
        int renderSystem = call.requiredChoice("renderSystem", 0, 1);
        List<Long> pluginIds = call.optionalIds("pluginIds").orElseThrow(() -> FoxApiError.missing("pluginIds"));
        Integer layerType = call.optionalInteger("renderLayerType").orElse(null);
        String projectPath = call.optionalString("projectPath").orElse("");
        if (mustExist) {
            existing(editName);
        }
        Software software = FoxCatalog.software(cgId)
                .orElseThrow(() -> FoxApiError.invalid("unsupported cgId: " + cgId));
        if (renderSystem == 0 && !software.linux()) {
            throw FoxApiError.invalid(software.cgName() + " does not render on Linux");
        }
        boolean knownVersion = FoxCatalog.VERSIONS.stream()
                .anyMatch(v -> v.cgId() == cgId && v.version().equals(cgVersion));
        if (!knownVersion) {
            throw FoxApiError.invalid(software.cgName() + " " + cgVersion + " is not available");
        }
        for (long id : pluginIds) {
            boolean available = FoxCatalog.plugin(id)
                    .filter(p -> p.cgId() == cgId && (renderSystem == 1 || p.linux()))
                    .isPresent();
            if (!available) {
                throw FoxApiError.invalid("plugin " + id + " is not available for " + software.cgName()
                        + (renderSystem == 0 ? " on Linux" : ""));
            }
        }
        return new FoxEnvironment(cgId, editName, cgName, cgVersion, renderSystem, layerType, false, projectPath,
                List.copyOf(pluginIds));
    }
}
