package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.childNames;
import static io.farmroutes.sandbox.Http.children;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** apps.php (§8.15) and its release differences (§9). */
class BoincAppsRpcTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    private static Http.Reply apps(String query) {
        return Http.get(boinc.emulator().rpcBaseUrl() + "apps.php" + query);
    }

    private static Element cleanApps() {
        boinc.emulator().settings().unescapedFreeText(false);
        return apps("?xml=1").root();
    }

    @Test
    void unescapedAmpersandBreaksTheDocument() {
        Http.Reply r = apps("?xml=1");
        assertEquals(200, r.status());
        assertEquals("text/xml;charset=UTF-8", r.contentType());
        assertTrue(r.text().contains("<user_friendly_name>Einstein & Friends</user_friendly_name>"));
        assertThrows(AssertionError.class, r::xml);
    }

    @Test
    void listsAppsWithLatestVersionPerPlatformAndPlanClass() {
        Element root = cleanApps();
        assertEquals("app_versions", root.getTagName());
        Map<String, Element> byName = children(root, "application").stream()
                .collect(Collectors.toMap(a -> text(a, "name"), a -> a));
        assertEquals(List.of("blender_render", "einstein_friends", "frame_checker"),
                children(root, "application").stream().map(a -> text(a, "name")).toList(),
                "the deprecated app is left out");
        Element blender = byName.get("blender_render");
        List<Element> versions = children(blender, "version");
        assertEquals(List.of("712", "712", "710"), versions.stream().map(v -> text(v, "version_num")).toList(),
                "701 is superseded and 720 is deprecated");
        assertEquals(List.of("", "cuda102", ""), versions.stream().map(v -> text(v, "plan_class")).toList());
        Element v712 = versions.get(0);
        assertEquals(List.of("platform_short", "platform_long", "version_num", "plan_class", "date", "date_unix"),
                childNames(v712));
        assertEquals("5 Mar 2021, 9:07:12 UTC", text(v712, "date"));
        assertEquals("1614935232", text(v712, "date_unix"));
        assertEquals("Einstein & Friends", text(byName.get("einstein_friends"), "user_friendly_name"));
    }

    @Test
    void betaFlagsOnAppsAndVersions() {
        Element root = cleanApps();
        Element checker = children(root, "application").stream()
                .filter(a -> "frame_checker".equals(text(a, "name"))).findFirst().orElseThrow();
        assertEquals(List.of("user_friendly_name", "name", "id", "beta", "version"), childNames(checker));
        assertEquals("beta", childNames(children(checker, "version").get(0)).get(6));
        Element blender = children(root, "application").get(0);
        assertFalse(childNames(blender).contains("beta"));
    }

    @Test
    void release16WhitelistsXmlOnly() {
        Http.Reply r = apps("?xml=1&lang=en");
        assertEquals(302, r.status());
        assertEquals("extra_arg_lang.html", r.location());
        Http.Reply page = apps("");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<html") && page.text().contains("Blender Render"));
    }

    @Test
    void currentServersRequireALoginEvenWithXml() {
        BoincEmulator e = boinc.emulator();
        e.settings().release(BoincRelease.CURRENT);
        Http.Reply r = apps("?xml=1");
        assertEquals(302, r.status());
        assertEquals(e.masterUrl() + "login_form.php?next_url=apps.php%3Fxml%3D1", r.location());
        String key = e.state().accountByEmail("jose@example.org").orElseThrow().authenticator();
        Http.Reply withCookie = Http.get(e.rpcBaseUrl() + "apps.php?xml=1&lang=en", "auth=" + key);
        assertEquals(200, withCookie.status(), "no whitelist on current servers");
        assertTrue(withCookie.text().contains("<app_versions>"));
        assertEquals(302, Http.get(e.rpcBaseUrl() + "apps.php?xml=1", "auth=" + "0".repeat(32)).status(),
                "an unknown key does not log in");
        e.settings().loginRequired(false);
        assertEquals(200, apps("?xml=1").status());
    }

    @Test
    void loginFormIsServedAtTheMasterUrl() {
        boinc.emulator().settings().release(BoincRelease.CURRENT).separateRpcBase(true);
        String location = apps("?xml=1").location();
        assertTrue(location.contains("next_url=rpc%2Fapps.php%3Fxml%3D1"), location);
        Http.Reply form = Http.get(location);
        assertEquals(200, form.status());
        assertTrue(form.text().contains("value=\"rpc/apps.php?xml=1\""), form.text());
    }

    @Test
    void stateChangesShowUp() {
        BoincState state = boinc.emulator().state();
        state.addApp("denoiser", "Denoiser <GPU>", false);
        state.addVersion("denoiser", "x86_64-pc-linux-gnu", "Linux running on an AMD x86_64 or Intel EM64T CPU",
                205, "opencl");
        state.deprecateApp("einstein_friends");
        Http.Reply r = apps("?xml=1");
        assertTrue(r.text().contains("<user_friendly_name>Denoiser <GPU></user_friendly_name>"));
        assertFalse(r.text().contains("Einstein"));
        assertTrue(Http.get(boinc.emulator().masterUrl() + "get_project_config.php").text()
                .contains("<plan_class>opencl</plan_class>"), "new plan classes are listed by get_project_config");
    }
}
