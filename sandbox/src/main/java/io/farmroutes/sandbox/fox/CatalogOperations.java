package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import io.farmroutes.sandbox.fox.FoxCatalog.CgVersion;
import io.farmroutes.sandbox.fox.FoxCatalog.Hardware;
import io.farmroutes.sandbox.fox.FoxCatalog.Plugin;
import io.farmroutes.sandbox.fox.FoxCatalog.Software;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only farm data: software and plugins, hardware configurations, analysis error texts. */
final class CatalogOperations {

    private final FoxState state;

    CatalogOperations(FoxState state) {
        this.state = state;
    }

    void register(FoxOperations ops) {
        ops.add("software/list", "/api/render/plugin/querySoftwareList", this::softwareList);
        ops.add("software/plugins", "/api/render/plugin/querySoftwareDetail", this::softwareDetail);
        ops.add("hardware/list", "/api/render/hardwareConfig/list", this::hardwareList);
        ops.add("analysis/errorDetail", "/api/render/submit/queryAnalyseErrorDetail", this::analysisErrors);
    }

    private Object softwareList(FoxCall call) {
        List<Object> infos = new ArrayList<>();
        for (Software s : FoxCatalog.SOFTWARE) {
            infos.add(obj("cgId", s.cgId(), "cgName", s.cgName(), "cgType", s.cgType(),
                    "iconPath", "/img/softimage/" + s.cgId() + ".png", "isNeedProjectPath", s.needProjectPath() ? 1 : 0,
                    "isNeedAnalyse", 1, "isSupportLinux", s.linux() ? 1 : 0));
        }
        return obj("isAutoCommit", state.userSettings().get("autoCommit"), "defaultCgId", 2000,
                "renderInfoList", infos);
    }

    private Object softwareDetail(FoxCall call) {
        int cgId = call.integer("cgId");
        String os = call.string("osName");
        if (!os.equals("windows") && !os.equals("linux")) {
            throw FoxApiError.invalid("osName must be windows or linux: " + os);
        }
        Software software = FoxCatalog.software(cgId)
                .orElseThrow(() -> FoxApiError.invalid("unsupported cgId: " + cgId));
        boolean linux = os.equals("linux");
        List<Object> versions = new ArrayList<>();
        Map<Integer, Map<String, Object>> families = new LinkedHashMap<>();
        if (!linux || software.linux()) {
            for (CgVersion v : FoxCatalog.VERSIONS) {
                if (v.cgId() == cgId) {
                    versions.add(obj("id", v.id(), "cgId", cgId, "cgName", software.cgName(), "cgVersion",
                            v.version()));
                }
            }
            for (Plugin p : FoxCatalog.PLUGINS) {
                if (p.cgId() == cgId && (!linux || p.linux())) {
                    Map<String, Object> family = families.computeIfAbsent(p.cvId(), id -> obj("cvId", id,
                            "pluginName", p.name(), "pluginVersions", new ArrayList<>()));
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) family.get("pluginVersions");
                    list.add(obj("pluginId", p.pluginId(), "pluginName", p.name(), "pluginVersion", p.version()));
                }
            }
        }
        return obj("cgPlugin", new ArrayList<>(families.values()), "cgVersion", versions);
    }

    private Object hardwareList(FoxCall call) {
        String clone = call.string("cloneTask");
        if (!clone.equals("true") && !clone.equals("false")) {
            throw FoxApiError.invalid("cloneTask must be the string true or false: " + clone);
        }
        int current = FoxCatalog.DEFAULT_HARDWARE;
        List<String> taskIds = call.optionalStrings("taskIds").orElse(List.of());
        for (String text : taskIds) {
            long id;
            try {
                id = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw FoxApiError.invalid("taskIds must hold task ids as strings: " + text);
            }
            FoxTask task = state.requireTask(id);
            if (task.hardwareConfigId != null) {
                current = task.hardwareConfigId;
            }
        }
        List<Object> out = new ArrayList<>();
        for (Hardware h : FoxCatalog.HARDWARE) {
            out.add(obj("id", h.id(), "type", h.type(), "model", h.model(), "ram", h.ram(), "gpuNum", h.gpuNum(),
                    "platform", h.platform(), "current", h.id() == current, "notSupportCgId", h.notSupportCgId(),
                    "status", 1));
        }
        return out;
    }

    private Object analysisErrors(FoxCall call) {
        int language = call.requiredChoice("language", 0, 1);
        List<String> codes = new ArrayList<>();
        call.optionalString("code").filter(c -> !c.isEmpty()).ifPresent(codes::add);
        call.optionalStrings("codes").ifPresent(codes::addAll);
        if (codes.isEmpty()) {
            throw FoxApiError.missing("code or codes");
        }
        return FoxCatalog.analysisErrors(codes, language);
    }
}
