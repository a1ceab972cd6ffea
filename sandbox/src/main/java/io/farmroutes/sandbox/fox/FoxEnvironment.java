package io.farmroutes.sandbox.fox;

import java.util.List;

/**
 * A user render environment (plugin configuration).
 *
 * @param renderSystem 0 Linux, 1 Windows
 */
record FoxEnvironment(int cgId, String editName, String cgName, String cgVersion, int renderSystem,
                      Integer renderLayerType, boolean isDefault, String projectPath, List<Long> pluginIds) {

    FoxEnvironment withDefault(boolean value) {
        return new FoxEnvironment(cgId, editName, cgName, cgVersion, renderSystem, renderLayerType, value,
                projectPath, pluginIds);
    }
}
