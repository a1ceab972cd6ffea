package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.Router;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Maps request paths to the emulated scripts. With {@code separateRpcBase}, every script but
 * get_project_config lives only under {@code /rpc/}, as on a project with a separate RPC URL.
 */
final class BoincRouter implements Router {

    static final String RPC_DIR = "rpc/";
    private static final String CONFIG = "get_project_config.php";

    private final Map<String, BoincScript> scripts = Map.ofEntries(
            Map.entry(CONFIG, new GetProjectConfig()),
            Map.entry("create_account.php", new CreateAccount()),
            Map.entry("lookup_account.php", new LookupAccount()),
            Map.entry("am_get_info.php", new AmGetInfo()),
            Map.entry("am_set_info.php", new AmSetInfo()),
            Map.entry("am_set_host_info.php", new AmSetHostInfo()),
            Map.entry("show_user.php", new ShowUser()),
            Map.entry("create_team.php", new CreateTeam()),
            Map.entry("team_lookup.php", new TeamLookup()),
            Map.entry("team_email_list.php", new TeamEmailList()),
            Map.entry("edit_forum_preferences_action.php", new EditForumPreferencesAction()),
            Map.entry("forum_get_data.php", new ForumGetData()),
            Map.entry("apps.php", new Apps()));
    private final Map<String, BoincScript> pages = Map.of(
            "", new SitePages.Home(),
            "index.php", new SitePages.Home(),
            "login_form.php", new SitePages.LoginForm());

    private final BoincSettings settings;
    private final BoincState state;
    private final Supplier<String> masterUrl;

    BoincRouter(BoincSettings settings, BoincState state, Supplier<String> masterUrl) {
        this.settings = settings;
        this.state = state;
        this.masterUrl = masterUrl;
    }

    /** The base every RPC script lives under. */
    static String rpcBase(String masterUrl, BoincSettings settings) {
        return settings.separateRpcBase() ? masterUrl + RPC_DIR : masterUrl;
    }

    @Override
    public EmulatorResponse route(EmulatorRequest request) {
        BoincSettings snapshot = settings.snapshot();
        BoincScript script = resolve(request.path(), snapshot);
        if (script == null) {
            return EmulatorResponse.notFound();
        }
        BoincCall call = new BoincCall(request, snapshot, state, masterUrl.get());
        try {
            script.run(call);
            return call.finish();
        } catch (BoincExit exit) {
            return exit.response();
        }
    }

    private BoincScript resolve(String path, BoincSettings snapshot) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (pages.containsKey(relative)) {
            return pages.get(relative);
        }
        boolean underRpc = relative.startsWith(RPC_DIR);
        String name = underRpc ? relative.substring(RPC_DIR.length()) : relative;
        BoincScript script = scripts.get(name);
        if (script == null) {
            return null;
        }
        if (name.equals(CONFIG)) {
            // Discovery starts at the master URL; the secure base serves it too.
            return underRpc && !snapshot.separateRpcBase() ? null : script;
        }
        return underRpc == snapshot.separateRpcBase() ? script : null;
    }
}
