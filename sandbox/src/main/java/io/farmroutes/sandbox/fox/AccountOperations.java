package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import io.farmroutes.sandbox.fox.FoxRecords.LoginRecord;
import io.farmroutes.sandbox.fox.FoxRecords.TaskRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Account, user settings, transfer configuration and the operation histories. */
final class AccountOperations {

    private static final BigDecimal START_BALANCE = new BigDecimal("5000.00");

    private final FoxState state;

    AccountOperations(FoxState state) {
        this.state = state;
    }

    void register(FoxOperations ops) {
        ops.add("platform/list", "/api/render/common/queryPlatforms", this::platforms);
        ops.add("user/profile", "/api/render/setUp/queryUserProfile",
                call -> FoxCatalog.profile(FoxState.USER_ID, START_BALANCE.subtract(state.consumed())));
        ops.add("user/settings", "/api/render/setUp/queryUserSetting",
                call -> new LinkedHashMap<>(state.userSettings()));
        ops.add("user/updateSettings", "/api/render/setUp/updateUserSetting", this::updateSettings);
        ops.add("transfer/bid", "/api/render/transfer/getBid", call -> FoxCatalog.bids());
        ops.add("transfer/config", "/api/render/transfer/getConfig", call -> FoxCatalog.transferConfig());
        ops.add("transfer/serverInfo", "/api/render/transfer/getServerInfo",
                call -> FoxCatalog.serverInfo(call.requiredChoice("zone", 1, 2)));
        ops.add("transfer/raysyncKey", "/api/render/transfer/getRaySyncUserKey",
                call -> FoxCatalog.raySyncUserKey());
        ops.add("user/packNodeInfo", "/api/render/submit/getUserPackNodeInfo", call -> FoxCatalog.packNodeInfo());
        ops.add("user/taskRecord", "/api/render/handle/operate/sdk/taskRecord", this::taskRecord);
        ops.add("user/loginRecord", "/api/render/handle/operate/sdk/loginRecord", this::loginRecord);
    }

    private Object platforms(FoxCall call) {
        // both zones get the same list: the emulator plays one farm
        call.requiredChoice("zone", 1, 2);
        List<Object> out = new ArrayList<>();
        FoxCatalog.PLATFORMS.forEach(p -> out.add(new LinkedHashMap<>(p)));
        return out;
    }

    private Object updateSettings(FoxCall call) {
        int seconds = call.integer("taskOverTimeSec");
        if (seconds < 0) {
            throw FoxApiError.invalid("taskOverTimeSec must not be negative: " + seconds);
        }
        state.userSettings().put("taskOverTimeSec", seconds);
        state.userSettings().put("taskOverTime", seconds / 3600);
        return null;
    }

    private Object taskRecord(FoxCall call) {
        int platform = call.integer("platform");
        Optional<Long> from = FoxDates.parse(call, "startDate", false);
        Optional<Long> to = FoxDates.parse(call, "endDate", true);
        List<TaskRecord> matching = new ArrayList<>();
        for (TaskRecord r : state.taskRecords()) {
            if (r.platform() == platform && from.map(f -> r.atMs() >= f).orElse(true)
                    && to.map(t -> r.atMs() <= t).orElse(true)) {
                matching.add(r);
            }
        }
        matching.sort(Comparator.comparingLong(TaskRecord::atMs).thenComparingLong(TaskRecord::id).reversed());
        return FoxPage.of(call, state.settings().maxPageSize(), matching, r -> obj("id", r.id(),
                "taskId", r.taskId(), "taskAlias", r.taskAlias(), "platform", r.platform(),
                "operateType", r.operation(), "operateContent", r.content(),
                "operateTime", FoxJson.dateTime(r.atMs()), "operateUserName", FoxState.USER_NAME,
                "ip", "127.0.0.1"));
    }

    private Object loginRecord(FoxCall call) {
        Optional<Long> from = FoxDates.parse(call, "startDate", false);
        Optional<Long> to = FoxDates.parse(call, "endDate", true);
        List<LoginRecord> matching = new ArrayList<>();
        for (LoginRecord r : state.loginRecords()) {
            if (from.map(f -> r.atMs() >= f).orElse(true) && to.map(t -> r.atMs() <= t).orElse(true)) {
                matching.add(r);
            }
        }
        matching.sort(Comparator.comparingLong(LoginRecord::atMs).reversed());
        return FoxPage.of(call, state.settings().maxPageSize(), matching, r -> obj("id", r.id(),
                "userName", FoxState.USER_NAME, "loginTime", FoxJson.dateTime(r.atMs()), "ip", r.ip(),
                "loginWay", r.way(), "location", r.location(), "platform", FoxState.PLATFORM));
    }
}
