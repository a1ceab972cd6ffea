package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.childNames;
import static io.farmroutes.sandbox.Http.children;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

class BoincProjectConfigTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    private Http.Reply config() {
        return Http.get(boinc.emulator().masterUrl() + "get_project_config.php");
    }

    @Test
    void declarationClaimsLatin1OverUtf8Bytes() {
        boinc.emulator().state().projectName("Projet Génération");
        Http.Reply r = config();
        assertEquals(200, r.status());
        assertEquals("text/xml;charset=UTF-8", r.contentType());
        assertTrue(r.text().startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<project_config>"));
        byte[] utf8 = "Génération".getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(r.body(), utf8) > 0, "name is sent as UTF-8 bytes");
        assertEquals(-1, indexOf(r.body(), "Génération".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void elementsComeInSpecOrderAndPlatformNamesRepeat() {
        Element root = configWithoutTerms();
        List<String> names = childNames(root);
        assertEquals(List.of("name", "master_url", "web_rpc_url_base", "server_version", "web_stopped",
                "min_passwd_length", "sched_stopped", "platforms"), names);
        assertEquals("Farm Routes Test Project", text(root, "name"));
        assertEquals(boinc.emulator().masterUrl(), text(root, "master_url"));
        assertEquals(boinc.emulator().masterUrl(), text(root, "web_rpc_url_base"));
        assertEquals("0", text(root, "web_stopped"));
        assertEquals("6", text(root, "min_passwd_length"));
        List<Element> platforms = children((Element) root.getElementsByTagName("platforms").item(0), "platform");
        long linux = platforms.stream().filter(p -> "x86_64-pc-linux-gnu".equals(text(p, "platform_name"))).count();
        assertEquals(2, linux, "one <platform> per plan class");
        assertTrue(platforms.stream().anyMatch(p -> "cuda102".equals(text(p, "plan_class"))));
        assertTrue(platforms.stream().anyMatch(p -> text(p, "plan_class") == null), "plan_class is optional");
    }

    @Test
    void termsOfUseAreInsertedRawSoTheDocumentIsNotWellFormed() {
        Http.Reply r = config();
        assertTrue(r.text().contains("<terms_of_use>\nTerms of use of the Farm Routes Test Project\n"
                + "Render only scenes you own & keep <b>every frame</b> under 2 GB."), r.text());
        assertThrows(AssertionError.class, r::xml);
    }

    @Test
    void escapingCanBeSwitchedOn() {
        boinc.emulator().settings().unescapedFreeText(false);
        Element root = config().root();
        assertTrue(text(root, "terms_of_use").contains("you own & keep <b>every frame</b>"));
        assertEquals("terms_of_use", childNames(root).get(childNames(root).size() - 1));
    }

    @Test
    void switchesAddOptionalFlagsInOrder() {
        boinc.emulator().settings().inviteCodeRequired(true).accountManager(true).ldapAuth(true)
                .schedulerStopped(true).unescapedFreeText(false);
        Element root = config().root();
        List<String> names = childNames(root);
        assertEquals(List.of("name", "master_url", "web_rpc_url_base", "server_version", "account_manager",
                "web_stopped", "account_creation_disabled", "invite_code_required", "min_passwd_length",
                "sched_stopped", "platforms", "terms_of_use", "ldap_auth"), names);
        assertEquals("1", text(root, "sched_stopped"));
    }

    @Test
    void rpcOnlyCreationSwitchIsNotShown() {
        boinc.emulator().settings().rpcAccountCreationDisabled(true);
        assertFalse(childNames(configWithoutTerms()).contains("account_creation_disabled"));
        boinc.emulator().settings().accountCreationDisabled(true);
        assertTrue(childNames(configWithoutTerms()).contains("account_creation_disabled"));
    }

    @Test
    void separateRpcBaseMovesEveryOtherScript() {
        BoincEmulator e = boinc.emulator();
        e.settings().separateRpcBase(true);
        String base = text(configWithoutTerms(), "web_rpc_url_base");
        assertEquals(e.masterUrl() + "rpc/", base);
        assertEquals(e.rpcBaseUrl(), base);
        String probe = "lookup_account.php?email_addr=alice%40example.org";
        assertEquals(404, Http.get(e.masterUrl() + probe).status());
        Http.Reply moved = Http.get(base + probe);
        assertEquals(200, moved.status());
        assertTrue(moved.text().contains("<success/>"));
        assertEquals(1, e.ledger().count("/rpc/lookup_account.php"));

        e.settings().separateRpcBase(false);
        assertEquals(404, Http.get(base + probe).status());
        assertEquals(200, Http.get(e.masterUrl() + probe).status());
    }

    @Test
    void stoppedProjectAndDatabaseDownGiveHtmlPages() {
        boinc.emulator().settings().projectStopped(true);
        Http.Reply stopped = config();
        assertEquals(200, stopped.status());
        assertTrue(stopped.contentType().startsWith("text/html"));
        assertTrue(stopped.text().contains("<html") && stopped.text().contains("down for maintenance"));
        assertFalse(stopped.text().contains("<web_stopped>"));

        boinc.emulator().settings().projectStopped(false).databaseDown(true);
        Http.Reply dbDown = config();
        assertEquals(200, dbDown.status());
        assertTrue(dbDown.text().contains("<html") && dbDown.text().contains("Database error"));
    }

    @Test
    void releaseIsReportedAsServerVersion() {
        assertEquals(BoincRelease.V1_6.serverVersion(), text(configWithoutTerms(), "server_version"));
        boinc.emulator().settings().release(BoincRelease.CURRENT);
        assertEquals(BoincRelease.CURRENT.serverVersion(), text(configWithoutTerms(), "server_version"));
    }

    private Element configWithoutTerms() {
        boinc.emulator().state().termsOfUse("");
        return config().root();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
    }
}
