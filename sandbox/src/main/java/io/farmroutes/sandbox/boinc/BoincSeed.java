package io.farmroutes.sandbox.boinc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The sample project every emulator starts with. Keys are derived from the email addresses, so they
 * are the same in every run (handy for examples); new accounts get random keys.
 */
final class BoincSeed {

    static final String PROJECT_NAME = "Farm Routes Test Project";
    static final String LINUX = "x86_64-pc-linux-gnu";
    static final String LINUX_LONG = "Linux running on an AMD x86_64 or Intel EM64T CPU";
    static final String WINDOWS = "windows_x86_64";
    static final String WINDOWS_LONG = "Microsoft Windows (98 or later) running on an AMD x86_64 or Intel EM64T CPU";
    static final String MAC = "arm64-apple-darwin";
    static final String MAC_LONG = "Mac OS 11 or later running on Apple silicon";

    private static final long FORUM_START = 1_700_000_000L;

    private BoincSeed() {
    }

    static void seed(BoincState state) {
        state.clear();
        state.projectName(PROJECT_NAME);
        // Raw text with '&' and a tag: get_project_config inserts it unescaped.
        state.termsOfUse("Terms of use of the Farm Routes Test Project\n"
                + "Render only scenes you own & keep <b>every frame</b> under 2 GB.\n"
                + "Credit is granted per validated frame.");
        platforms(state);
        apps(state);

        Account alice = account(state, "alice@example.org", "alice-secret-1", "Alice", at(2010, 1, 1, 0, 0, 0));
        Account jose = account(state, "jose@example.org", "jose-secret-1", "José Ñúñez", at(2011, 1, 1, 12, 0, 0));
        Account bob = account(state, "bob@example.org", "bob-secret-1", "Bob Tiler", at(2012, 6, 15, 8, 30, 0));

        state.setProfile(alice.id(), "United States", "alice.example.org/renders", "94720", "home");
        state.setPreferences(alice.id(),
                "<global_preferences>\n<run_on_batteries>0</run_on_batteries>\n"
                        + "<max_ncpus_pct>75</max_ncpus_pct>\n</global_preferences>",
                "<project_preferences>\n<resource_share>100</resource_share>\n"
                        + "<project_specific>\n<render_quality>high</render_quality>\n</project_specific>\n"
                        + "</project_preferences>");
        alice.hasProfile(true);
        state.setCredit(alice.id(), 3806.869739, 152.437, 1110833427.64028);
        // "España" is not in BOINC's country list: old rows and hand edits hold such values.
        state.setProfile(jose.id(), "España", "https://jose.example.es/", "28001", "");
        state.setCredit(jose.id(), 1234.5, 12.25, 1700000000.5);
        state.setProfile(bob.id(), "United Kingdom", "", "", "work");

        Host workstation = state.addHost(alice.id(), "alice-workstation", "home", 16, "GenuineIntel",
                "Intel(R) Core(TM) i9-9900K CPU @ 3.60GHz [Family 6 Model 158 Stepping 12]", "Linux Ubuntu",
                "Ubuntu 22.04.3 LTS [6.5.0-14-generic|libc 2.35]", at(2019, 4, 2, 10, 0, 0));
        workstation.credit(3000.5, 120.25, 1700000100.25);
        workstation.contacted(412, 1700000100);
        Host laptop = state.addHost(alice.id(), "alice-laptop", "work", 8, "AuthenticAMD",
                "AMD Ryzen 7 PRO 4750U with Radeon Graphics [Family 23 Model 96 Stepping 1]", "Microsoft Windows 11",
                "Professional x64 Edition, (10.00.22631.00)", at(2021, 9, 9, 9, 9, 9));
        laptop.credit(806.369739, 32.187, 1700000200.75);
        laptop.contacted(57, 1700000200);
        Host josePc = state.addHost(jose.id(), "jose-pc", "", 4, "GenuineIntel",
                "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz [Family 6 Model 60 Stepping 3]", "Linux Debian",
                "Debian GNU/Linux 12 (bookworm) [6.1.0-13-amd64|libc 2.36]", at(2015, 3, 3, 3, 3, 3));
        josePc.credit(1234.5, 12.25, 1700000000.5);
        josePc.contacted(1001, 1700000000);

        Team rangers = state.createTeam(alice.id(), "Render Rangers", "https://rangers.example.org/?join=1&ref=boinc",
                2, "United States", at(2013, 5, 1, 0, 0, 0));
        state.joinTeam(jose.id(), rangers.id());
        rangers.credit(5041.369739, 164.687, 1700000000.5);
        Team club = state.createTeam(bob.id(), "Rendering 100% Club", "", 1, "United Kingdom",
                at(2014, 2, 2, 2, 2, 2));
        club.credit(98765.4321, 900.5, 1700000300);
        Team heads = state.createTeam(bob.id(), "Blender_Heads", "blender-heads.example.net", 1, "International",
                at(2016, 7, 7, 7, 7, 7));
        heads.credit(420, 50, 1700000400);

        state.addThread(alice.id(), "Render farm tips", FORUM_START, 37);
        state.addPost(alice.id(), "Render farm tips",
                "Split long animations into chunks & render them in parallel.", FORUM_START);
        state.addPost(alice.id(), "Render farm tips", "Use <b>tiles</b> for frames above 4K.", FORUM_START + 3600);
        state.addPost(jose.id(), "Render farm tips", "¡Gracias, Alice! Las teselas también me sirven.",
                FORUM_START + 5400);
        state.addThread(alice.id(), "Frame ordering", FORUM_START + 7200, 12);
        state.addPost(alice.id(), "Frame ordering",
                "Sort frames with if (a ]]> b && c) before you submit them.", FORUM_START + 7200);
    }

    private static void platforms(BoincState state) {
        state.addPlatform(LINUX, LINUX_LONG, "");
        state.addPlatform(LINUX, LINUX_LONG, "cuda102");
        state.addPlatform(WINDOWS, WINDOWS_LONG, "");
        state.addPlatform(MAC, MAC_LONG, "");
    }

    private static void apps(BoincState state) {
        state.addApp("blender_render", "Blender Render", false);
        state.addVersion("blender_render", LINUX, LINUX_LONG, 701, "", at(2020, 11, 2, 8, 0, 0), false);
        state.addVersion("blender_render", LINUX, LINUX_LONG, 712, "", at(2021, 3, 5, 9, 7, 12), false);
        state.addVersion("blender_render", LINUX, LINUX_LONG, 712, "cuda102", at(2021, 3, 5, 9, 7, 12), false);
        state.addVersion("blender_render", WINDOWS, WINDOWS_LONG, 710, "", at(2021, 2, 20, 17, 45, 3), false);
        AppVersion withdrawn = state.addVersion("blender_render", LINUX, LINUX_LONG, 720, "",
                at(2021, 6, 1, 12, 0, 0), false);
        state.deprecateVersion(withdrawn.id());

        // '&' in the name: apps.php inserts it unescaped.
        state.addApp("einstein_friends", "Einstein & Friends", false);
        state.addVersion("einstein_friends", LINUX, LINUX_LONG, 101, "", at(2020, 1, 12, 14, 30, 5), false);
        state.addVersion("einstein_friends", WINDOWS, WINDOWS_LONG, 101, "", at(2020, 1, 12, 14, 30, 5), false);

        state.addApp("frame_checker", "Frame Checker", true);
        state.addVersion("frame_checker", MAC, MAC_LONG, 100, "", at(2022, 7, 4, 6, 5, 4), true);

        state.addApp("old_renderer", "Old Renderer", false);
        state.addVersion("old_renderer", LINUX, LINUX_LONG, 300, "", at(2012, 1, 1, 0, 0, 0), false);
        state.deprecateApp("old_renderer");
    }

    private static Account account(BoincState state, String email, String password, String name, long created) {
        return state.insertAccount(email, Php.md5(password + email), name, Php.md5("farm-routes-key:" + email),
                Php.md5("farm-routes-cpid:" + email), created);
    }

    private static long at(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
    }
}
