package io.farmroutes.boinc.service;

import io.farmroutes.boinc.BoincError;
import io.farmroutes.boinc.BoincException;
import io.farmroutes.boinc.BoincFailure;
import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.boinc.model.Application;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.operation.OperationCatalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers shaped as real BOINC servers send them, decoded without a server in between. */
class BoincAnswerDecoderTest {

    private static final OperationCatalog CATALOG = BoincCatalog.create();

    private static Object decode(String endpoint, int status, Map<String, List<String>> headers, String body) {
        HttpResult answer = new HttpResult(status, headers, body.getBytes(StandardCharsets.UTF_8), "text/xml",
                StandardCharsets.UTF_8);
        return BoincAnswerDecoder.decode(CATALOG.require(endpoint), answer, "boinc:" + endpoint);
    }

    private static BoincException refused(String endpoint, int status, Map<String, List<String>> headers,
                                          String body) {
        return assertThrows(BoincException.class, () -> decode(endpoint, status, headers, body));
    }

    @Test
    void extraArgumentRedirectNamesTheParameter() {
        BoincException e = refused("account/info", 302, Map.of("location", List.of("extra_arg_foo.html")), "");
        assertEquals(BoincFailure.INVALID_PARAMETER, e.getFailure());
        assertEquals("foo", e.getParameter());
        BoincException missing = refused("host/update", 302,
                Map.of("location", List.of("missing_arg_hostid.html")), "");
        assertEquals("hostid", missing.getParameter());
    }

    @Test
    void loginRedirectIsTypedAndItsCredentialsAreRedacted() {
        BoincException e = refused("user/show", 302, Map.of("location",
                List.of("https://p.example/login_form.php?next_url=show_user.php%3Fauth=0123abcd&auth=0123abcd")), "");
        assertEquals(BoincFailure.LOGIN_REQUIRED, e.getFailure());
        assertFalse(e.getMessage().contains("0123abcd"), e.getMessage());
    }

    @Test
    void errorDocumentsCarryTypedNumbersAndTransience() {
        BoincException down = refused("account/lookup", 200, Map.of(),
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<error>\n    <error_num>-183</error_num>\n"
                        + "    <error_msg>Project is temporarily offline</error_msg>\n</error>");
        assertEquals(BoincError.PROJECT_DOWN, down.getError());
        assertTrue(down.isTransient());
        BoincException nope = refused("team/create", 200, Map.of(),
                "<error><error_num>-1</error_num><error_msg>Nope</error_msg></error>");
        assertEquals(BoincFailure.NOT_SUPPORTED, nope.getFailure());
        assertFalse(nope.isTransient());
    }

    @Test
    void serverErrorsAreFinalAndGatewayErrorsTransient() {
        BoincException fatal = refused("account/create", 500, Map.of(), "");
        assertEquals(BoincFailure.SERVER_ERROR, fatal.getFailure());
        assertFalse(fatal.isTransient());
        TransportException gateway = assertThrows(TransportException.class,
                () -> decode("project/config", 503, Map.of(), "<html>busy</html>"));
        assertTrue(gateway.isTransient());
    }

    @Test
    void deprecatedAndHtmlAnswersAreTyped() {
        assertEquals(BoincFailure.NOT_SUPPORTED, refused("forum/userPosts", 200, Map.of(), "deprecated").getFailure());
        BoincException html = refused("account/info", 200, Map.of(),
                "<!DOCTYPE html><html><head><title>Down</title></head><body><h2>Project down for maintenance</h2>"
                        + "</body></html>");
        assertEquals(BoincFailure.HTML_PAGE, html.getFailure());
        assertTrue(html.getMessage().contains("Project down for maintenance"), html.getMessage());
    }

    @Test
    void accountInfoDecodesUrlEncodedFieldsAndKeepsPreferencesVerbatim() {
        AccountInfo info = (AccountInfo) decode("account/info", 200, Map.of(),
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<am_get_info_reply>\n<success/>\n<id>7</id>\n"
                        + "<name>Jos%C3%A9+%C3%91</name>\n<country>Espa%C3%B1a</country>\n<weak_auth>7_abc</weak_auth>\n"
                        + "<global_prefs><global_preferences>\r\n<run_on_batteries>0</run_on_batteries>\r\n"
                        + "</global_preferences></global_prefs>\n<project_prefs></project_prefs>\n"
                        + "<url>http%3A%2F%2Fexample.org%2F</url><teamid>3</teamid><venue>home & work</venue>"
                        + "<teamfounder/>\n<new_field>kept</new_field></am_get_info_reply>");
        assertEquals("José Ñ", info.name());
        assertEquals("España", info.country());
        assertEquals("http://example.org/", info.url());
        assertEquals("<global_preferences>\r\n<run_on_batteries>0</run_on_batteries>\r\n</global_preferences>",
                info.globalPrefsXml());
        assertEquals("", info.projectPrefsXml());
        assertEquals("home & work", info.venue());
        assertTrue(info.teamFounder());
        assertEquals("kept", info.extra().get("new_field"));
    }

    @Test
    void appsWithUnescapedMarkupInNamesAreMended() {
        @SuppressWarnings("unchecked")
        List<Application> apps = (List<Application>) decode("project/apps", 200, Map.of(),
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<app_versions>\n<application>\n"
                        + "<user_friendly_name>Rosetta <beta> & Co</user_friendly_name>\n<name>rosetta</name>\n"
                        + "<id>3</id>\n<version>\n<platform_short>x86_64-pc-linux-gnu</platform_short>\n"
                        + "<platform_long>Linux on x86_64</platform_long>\n<version_num>712</version_num>\n"
                        + "<plan_class></plan_class>\n<date>5 Mar 2021, 9:07:12 UTC</date>\n"
                        + "<date_unix>1614935232</date_unix>\n</version>\n</application>\n</app_versions>");
        assertEquals("Rosetta <beta> & Co", apps.get(0).userFriendlyName());
        assertEquals("7.12", apps.get(0).versions().get(0).displayVersion());
    }

    @Test
    void hostileDocumentsAreRefusedNotRepaired() {
        assertThrows(MalformedResponseException.class, () -> decode("project/config", 200, Map.of(),
                "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<project_config><name>&x;</name></project_config>"));
        assertThrows(MalformedResponseException.class, () -> decode("project/config", 200, Map.of(),
                "<project_config><name>cut off"));
        assertThrows(MalformedResponseException.class, () -> decode("project/config", 200, Map.of(),
                "<teams></teams>"));
    }
}
