package io.farmroutes.boinc.service;

import io.farmroutes.spi.hostile.BodyFormat;
import io.farmroutes.spi.hostile.HostileBodies;
import io.farmroutes.spi.hostile.HostileBody;
import io.farmroutes.spi.hostile.HostileCanary;
import io.farmroutes.spi.hostile.HostileHarness;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated hostile answers through the decoder the engine calls with every BOINC answer, each body
 * read by one of the catalog's operations in turn so that every result reader meets every attack.
 */
class BoincAnswerDecoderHostileTest {

    private static final List<String> VALID_ANSWERS = List.of(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<error>\n    <error_num>-136</error_num>\n"
                    + "    <error_msg>Not found</error_msg>\n</error>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n <account_out>\n"
                    + "    <authenticator>0123456789abcdef0123456789abcdef</authenticator>\n</account_out>",
            "<project_config>\n<name>Test@Home</name>\n<master_url>https://p.example/</master_url>\n"
                    + "<web_rpc_url_base>https://p.example/</web_rpc_url_base>\n<server_version>8.0.4</server_version>\n"
                    + "<local_revision>abc</local_revision>\n<min_passwd_length>6</min_passwd_length>\n"
                    + "<terms_of_use>Be nice & fair</terms_of_use>\n<platforms>\n<platform>\n"
                    + "<platform_name>x86_64-pc-linux-gnu</platform_name>\n<user_friendly_name>Linux 64</user_friendly_name>"
                    + "\n<plan_class>mt</plan_class>\n</platform>\n</platforms>\n</project_config>",
            "<am_get_info_reply>\n<success/>\n<id>12</id>\n<name>Jos%C3%A9</name>\n<country>France</country>\n"
                    + "<weak_auth>12_abc</weak_auth>\n<cpid>ff00</cpid>\n<has_profile>1</has_profile>\n"
                    + "<create_time>1500000000</create_time>\n<global_prefs><run_on_batteries>0</run_on_batteries>"
                    + "</global_prefs>\n<project_prefs><resource_share>100</resource_share></project_prefs>\n"
                    + "<url>https%3A%2F%2Fx.example</url>\n<send_email>1</send_email>\n<show_hosts>0</show_hosts>\n"
                    + "<teamid>0</teamid>\n<venue>home</venue>\n</am_get_info_reply>",
            "<user>\n<id>12</id>\n<cpid>ff00</cpid>\n<create_time>1500000000</create_time>\n<name>Ann</name>\n"
                    + "<country>None</country>\n<total_credit>12.5</total_credit>\n<expavg_credit>0.1</expavg_credit>\n"
                    + "<expavg_time>1500000000.5</expavg_time>\n<teamid>3</teamid>\n<url></url>\n<has_profile>0</has_profile>"
                    + "\n<host>\n<id>7</id>\n<create_time>1</create_time>\n<rpc_seqno>4</rpc_seqno>\n"
                    + "<host_cpid>aa</host_cpid>\n<total_credit>1</total_credit>\n<domain_name>box</domain_name>\n"
                    + "<p_ncpus>8</p_ncpus>\n<p_vendor>AMD</p_vendor>\n<p_fpops>1e9</p_fpops>\n<os_name>Linux</os_name>\n"
                    + "<m_nbytes>1.6e10</m_nbytes>\n</host>\n</user>",
            "<teams>\n<team>\n<id>3</id>\n<create_time>1</create_time>\n<userid>12</userid>\n<name>Red</name>\n"
                    + "<url>r.example</url>\n<type>1</type>\n<country>Finland</country>\n<total_credit>5</total_credit>\n"
                    + "</team>\n</teams>",
            "<users>\n<user>\n<id>12</id>\n<cpid>ff00</cpid>\n<total_credit>2</total_credit>\n<name>Ann</name>\n"
                    + "</user>\n</users>",
            "<rpc_response>\n<count>1</count>\n<posts>\n<post>\n<id>9</id>\n<threadid>4</threadid>\n"
                    + "<threadtitle>Hi <b>all</b></threadtitle>\n<timestamp>1600000000</timestamp>\n"
                    + "<content><![CDATA[text & more]]></content>\n</post>\n</posts>\n</rpc_response>",
            "<app_versions>\n<application>\n<id>1</id>\n<name>uppercase</name>\n"
                    + "<user_friendly_name>Upper case</user_friendly_name>\n<version>\n<platform_short>x86_64</platform_short>"
                    + "\n<version_num>710</version_num>\n<date>1 Jan 2024</date>\n<date_unix>1704067200</date_unix>\n"
                    + "</version>\n</application>\n</app_versions>",
            "<create_team_reply>\n<success/>\n<team_id>44</team_id>\n</create_team_reply>",
            "<am_set_info_reply>\n<success/>\n</am_set_info_reply>");
    private static final List<String> LOCATIONS = List.of("extra_arg_foo.html", "missing_arg_hostid.html",
            "https://p.example/login_form.php?next_url=x%3Fauth%3Dsecret&auth=secret", "non_num_arg.html", "",
            "%%%", "https://p.example/" + "x".repeat(5_000), "javascript:alert(1)", "\u0000\r\nSet-Cookie: a=b");

    @Test
    void everyAnswerDecodesOrFailsWithATypedException(@TempDir Path dir) throws Exception {
        OperationCatalog catalog = BoincCatalog.create();
        List<OperationDescriptor> operations = catalog.operations();
        try (HostileCanary canary = new HostileCanary(dir)) {
            HostileBodies bodies = new HostileBodies(20_240_603L, BodyFormat.XML, VALID_ANSWERS, canary);
            HostileHarness.run("BoincAnswerDecoder", bodies.bodies(100_000), canary, body -> {
                OperationDescriptor op = operations.get(body.index() % operations.size());
                return BoincAnswerDecoder.decode(op, answer(body), "boinc:" + op.endpoint());
            });
        }
    }

    private static HttpResult answer(HostileBody body) {
        Map<String, List<String>> headers = body.status() >= 300 && body.status() < 400
                ? Map.of("location", List.of(LOCATIONS.get(body.index() % LOCATIONS.size()))) : Map.of();
        return new HttpResult(body.status(), headers, body.bytes(), "text/xml", body.headerCharset());
    }
}
