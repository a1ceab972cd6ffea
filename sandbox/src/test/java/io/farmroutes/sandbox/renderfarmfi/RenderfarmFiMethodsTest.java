package io.farmroutes.sandbox.renderfarmfi;

import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.call;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultCode;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.faultString;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.intValue;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.stringValue;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** user.getAllSessions, user.attachSession and community.getSession (spec §5.5–5.7), their shapes and faults. */
class RenderfarmFiMethodsTest {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = RfiTesting.extension();

    private static final String ALL = "user.getAllSessions";
    private static final String ATTACH = "user.attachSession";
    private static final String GET = "community.getSession";

    private RenderfarmFiEmulator emulator() {
        return rfi.emulator();
    }

    private RfiClient user() {
        return RfiClient.user(emulator());
    }

    private Http.Reply getAll() {
        return user().xmlrpc(ALL, call(ALL));
    }

    private Http.Reply attach(int sessionId) {
        return user().xmlrpc(ATTACH, call(ATTACH, intValue(sessionId)));
    }

    /** community.getSession with the OAuth parameters in the struct, signed by the tests' signer, no header. */
    private Http.Reply getSession(RfiClient signer, String... moreArguments) {
        List<String[]> oauth = signer.protocolParameters(GET);
        List<String> args = new ArrayList<>();
        args.add(XmlRpcTestValues.struct(oauth));
        args.addAll(List.of(moreArguments));
        return postXml(GET, call(GET, args.toArray(String[]::new)));
    }

    private Http.Reply getSession(int sessionId) {
        return getSession(user(), intValue(sessionId));
    }

    private Http.Reply postXml(String method, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(emulator().methodUrl(method)))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void getAllSessionsListsTheUsersSessionsByQueue() {
        Http.Reply reply = getAll();
        assertEquals("text/xml; charset=utf-8", reply.contentType());
        assertTrue(reply.text().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), reply::toString);
        Map<String, Object> queues = struct(reply);
        assertEquals(List.of("accept", "active", "completed"), List.copyOf(queues.keySet()));
        assertEquals(Set.of("413", "414"), map(queues.get("accept")).keySet());
        assertEquals(Set.of("415", "416"), map(queues.get("active")).keySet());
        assertEquals(Set.of("417"), map(queues.get("completed")).keySet());
        Map<String, Object> sintel = map(map(queues.get("accept")).get("413"));
        assertEquals(Map.of("title", "Sintel – dragon cave lighting",
                "shortDescription", "Lighting pass for the cave shots", "submitTimestamp", 1_320_400_000), sintel);
        assertTrue(reply.text().contains("<name>submitTimestamp</name><value><i4>1320400000</i4></value>"),
                reply::toString);
    }

    @Test
    void textIsEscapedAndEncodedAsUtf8() {
        Map<String, Object> queues = struct(getAll());
        assertEquals("Koro & friends <preview> ]]> final cut",
                map(map(queues.get("active")).get("416")).get("shortDescription"));
        assertEquals("Elephants Dream — Äänimaisema", map(map(queues.get("completed")).get("417")).get("title"));
        assertFalse(getAll().text().contains("]]>"));
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        int id = emulator().state().addSession("accept", "bell\u0007 \uFFFE lone\uD800 pair\uD83D\uDE00 cr\r",
                "tab\tline\n", 1, 10);
        Map<String, Object> summary = map(map(struct(getAll()).get("accept")).get(Integer.toString(id)));
        assertEquals("bell\uFFFD \uFFFD lone\uFFFD pair\uD83D\uDE00 cr\r", summary.get("title"));
        assertEquals("tab\tline\n", summary.get("shortDescription"));
    }

    @Test
    void anEmptyQueueIsAnEmptyStruct() {
        RenderfarmFiSession done = emulator().state().session(417).orElseThrow();
        emulator().state().putSession(new RenderfarmFiSession(417, done.ownerId(), "active", done.title(),
                done.shortDescription(), done.submitTimestamp(), done.startFrame(), done.endFrame(),
                done.xResolution(), done.yResolution(), done.frameRate(), done.partsPerFrame(), done.streamUrl(),
                done.cpuTimeRendered(), done.thumbnails(), done.inputLicense(), done.outputLicense(),
                done.timestamps()));
        Http.Reply reply = getAll();
        assertTrue(reply.text().contains("<name>completed</name><value><struct></struct></value>"), reply::toString);
        assertEquals(Map.of(), struct(reply).get("completed"));
    }

    @Test
    void proseFieldNamesSayShortDescriptionTheLongWay() {
        emulator().settings().proseFieldNames(true);
        Map<String, Object> summary = map(map(struct(getAll()).get("accept")).get("414"));
        assertEquals(Set.of("title", "sessionShortDescription", "submitTimestamp"), summary.keySet());
    }

    @Test
    void anAddedSessionIsSubmittedNowAndListed() {
        RfiTesting.moveClock(emulator(), Duration.ofHours(1));
        int id = emulator().state().addSession("completed", "Spring", "A short film", 1, 48);
        assertTrue(id > 418, "new ids follow the seeded ones: " + id);
        Map<String, Object> summary = map(map(struct(getAll()).get("completed")).get(Integer.toString(id)));
        assertEquals((int) RfiTesting.NOW.plus(Duration.ofHours(1)).getEpochSecond(), summary.get("submitTimestamp"));
        assertEquals("A short film", summary.get("shortDescription"));
    }

    @Test
    void attachSessionAttachesTheUsersSessionAndMayBeRepeated() {
        assertFalse(emulator().state().attachedSessions(emulator().consumerKey()).contains(414));
        assertEquals(Map.of("success", true), struct(attach(414)));
        assertTrue(attach(414).text().contains("<boolean>1</boolean>"));
        assertEquals(Set.of(413, 414), emulator().state().attachedSessions(emulator().consumerKey()));
    }

    @Test
    void attachSessionRefusesOthersSessionsAndBadArguments() {
        assertEquals(300, faultCode(attach(RenderfarmFiState.OTHER_USERS_SESSION)));
        assertEquals(300, faultCode(attach(99_999)));
        assertEquals(100, faultCode(user().xmlrpc(ATTACH, call(ATTACH))));
        assertEquals(101, faultCode(user().xmlrpc(ATTACH, call(ATTACH, stringValue("414")))));
        assertEquals(101, faultCode(user().xmlrpc(ATTACH, call(ATTACH, "<value>414</value>"))));
        assertEquals(101, faultCode(user().xmlrpc(ATTACH, call(ATTACH, intValue(414), intValue(415)))));
        assertEquals(101, faultCode(user().xmlrpc(ATTACH, call(ATTACH, "<value><int>4x</int></value>"))));
        assertEquals(103, faultCode(RfiClient.consumer(emulator()).token("nope", "x")
                .xmlrpc(ATTACH, call(ATTACH, intValue(414)))));
        assertEquals(Set.of(413), emulator().state().attachedSessions(emulator().consumerKey()));
    }

    @Test
    void getSessionReportsEveryDetailOfAnAttachedSession() {
        Map<String, Object> s = struct(getSession(413));
        assertEquals(List.of("id", "title", "startFrame", "endFrame", "xResolution", "yResolution", "frameRate",
                "partsPerFrame", "streamURL", "cpuTimeRendered", "thumbnails", "inputLicense", "outputLicense",
                "timestamps"), List.copyOf(s.keySet()));
        assertEquals(413, s.get("id"));
        assertEquals("Sintel – dragon cave lighting", s.get("title"));
        assertEquals(1, s.get("startFrame"));
        assertEquals(250, s.get("endFrame"));
        assertEquals(1920, s.get("xResolution"));
        assertEquals(818, s.get("yResolution"));
        assertEquals(24, s.get("frameRate"));
        assertEquals(4, s.get("partsPerFrame"));
        assertEquals("http://www.renderfarm.fi/sessions/413/stream", s.get("streamURL"));
        assertEquals(0, s.get("cpuTimeRendered"));
        assertEquals(Map.of(), s.get("thumbnails"));
        assertEquals(Map.of("name", "Creative Commons Attribution-ShareAlike 3.0",
                "url", "http://creativecommons.org/licenses/by-sa/3.0/"), s.get("inputLicense"));
        assertEquals(Set.of("register", "submit", "test_begin", "test_end"), map(s.get("timestamps")).keySet());
        assertEquals(1_320_400_000, map(s.get("timestamps")).get("submit"));
    }

    @Test
    void attachThenGetSession() {
        assertEquals(301, faultCode(getSession(415)));
        assertEquals(Map.of("success", true), struct(attach(415)));
        Map<String, Object> s = struct(getSession(415));
        assertEquals(415, s.get("id"));
        assertEquals(86_400, s.get("cpuTimeRendered"));
        assertEquals(Map.of("4151", "http://www.renderfarm.fi/thumbs/415/1.png",
                "4152", "http://www.renderfarm.fi/thumbs/415/2.png"), s.get("thumbnails"));
        assertTrue(map(s.get("timestamps")).containsKey("render_begin"));
        assertFalse(map(s.get("timestamps")).containsKey("render_end"));
    }

    @Test
    void getSessionMayBeSignedByTheConsumerAlone() {
        assertEquals(413, struct(getSession(RfiClient.consumer(emulator()), intValue(413))).get("id"));
    }

    @Test
    void getSessionFaults() {
        assertEquals(300, faultCode(getSession(99_999)));
        assertEquals(301, faultCode(getSession(RenderfarmFiState.OTHER_USERS_SESSION)));
        assertEquals(100, faultCode(getSession(user())));
        assertEquals(101, faultCode(getSession(user(), stringValue("413"))));
        assertEquals(101, faultCode(getSession(user(), intValue(413), intValue(414))));
        assertEquals(100, faultCode(postXml(GET, call(GET))));
        assertEquals(101, faultCode(postXml(GET, call(GET, intValue(413)))));
        assertEquals(104, faultCode(getSession(user().token(emulator().accessToken(), "wrong"), intValue(413))));
        assertEquals(104, faultCode(getSession(user().signature("AAAA"), intValue(413))));
        assertEquals(400, faultCode(getSession(user().consumer("nobody", "x"), intValue(413))));
        assertEquals(103, faultCode(getSession(user().token("nope", "x"), intValue(413))));
        assertEquals(100, faultCode(getSession(user().nonce(""), intValue(413))));
    }

    @Test
    void getSessionChecksNoncesAndTimestampsInTheStruct() {
        assertEquals(413, struct(getSession(user().nonce("struct-nonce"), intValue(413))).get("id"));
        Http.Reply replay = getSession(user().nonce("struct-nonce"), intValue(413));
        assertEquals(104, faultCode(replay));
        assertTrue(faultString(replay).contains("nonce_used"), faultString(replay));
        Http.Reply stale = getSession(user().timestamp(user().now() - 3_600), intValue(413));
        assertEquals(104, faultCode(stale));
        assertTrue(faultString(stale).contains("timestamp_refused"), faultString(stale));
    }

    @Test
    void getSessionTakesNoAuthorizationHeader() {
        List<String[]> oauth = user().protocolParameters(GET);
        Http.Reply reply = user().xmlrpc(GET, call(GET, XmlRpcTestValues.struct(oauth), intValue(413)));
        assertEquals(101, faultCode(reply));
        assertTrue(faultString(reply).contains("struct"), faultString(reply));
    }

    @Test
    void getSessionAcceptsAnIntegerTimestampMember() {
        List<String[]> oauth = user().protocolParameters(GET);
        StringBuilder struct = new StringBuilder("<value><struct>");
        for (String[] m : oauth) {
            String value = m[0].equals("oauth_timestamp") ? "<int>" + m[1] + "</int>"
                    : "<string>" + m[1] + "</string>";
            struct.append("<member><name>").append(m[0]).append("</name><value>").append(value)
                    .append("</value></member>");
        }
        struct.append("</struct></value>");
        assertEquals(413, struct(postXml(GET, call(GET, struct.toString(), intValue(413)))).get("id"));
    }

    @Test
    void aRevokedTokenCannotReadSessions() {
        assertEquals(200, user().oauth("oauth.logout").status());
        assertEquals(103, faultCode(getSession(413)));
        assertEquals(103, faultCode(attach(414)));
        assertEquals(103, faultCode(getAll()));
    }

    @Test
    void theMethodNameMustMatchTheUrl() {
        Http.Reply reply = user().xmlrpc(ALL, call(ATTACH, intValue(414)));
        assertEquals(101, faultCode(reply));
        assertTrue(faultString(reply).contains("does not match"), faultString(reply));
        assertEquals(Set.of(413), emulator().state().attachedSessions(emulator().consumerKey()));
    }

    @Test
    void getAllSessionsTakesNoArguments() {
        assertEquals(101, faultCode(user().xmlrpc(ALL, call(ALL, intValue(1)))));
        assertEquals(3, struct(user().xmlrpc(ALL, "<methodCall><methodName>user.getAllSessions</methodName>"
                + "<params/></methodCall>")).size());
        assertEquals(3, struct(user().xmlrpc(ALL, "<methodCall><methodName>user.getAllSessions</methodName>"
                + "</methodCall>")).size());
    }

    @Test
    void xmlRpcMethodsWantTextXml() {
        Http.Reply form = user().send(ALL, "application/x-www-form-urlencoded", "a=b");
        assertEquals(101, faultCode(form));
        assertEquals(101, faultCode(user().send(ALL, null, call(ALL))));
        assertEquals(3, struct(user().send(ALL, "text/xml; charset=UTF-8", call(ALL))).size());
    }

    @Test
    void faultsAreHttp200WithCodeAndString() {
        Http.Reply reply = attach(99_999);
        assertEquals(200, reply.status());
        assertEquals("text/xml; charset=utf-8", reply.contentType());
        Map<String, Object> fault = XmlRpcTestValues.fault(reply);
        assertEquals(300, fault.get("faultCode"));
        assertTrue(((String) fault.get("faultString")).contains("99999"), fault::toString);
        assertTrue(reply.text().contains("<name>faultCode</name><value><int>300</int></value>"), reply::toString);
    }

    @Test
    void unknownPathsAre404AndWrongVerbs405() {
        assertEquals(404, Http.get(emulator().url() + "/user.getEverything").status());
        assertEquals(404, Http.postForm(emulator().url() + "/", "").status());
        assertEquals(404, Http.postForm(emulator().url() + "/xmlrpc/user.getAllSessions", "").status());
        for (String method : List.of(ALL, ATTACH, GET, "oauth.requestToken", "oauth.accessToken", "oauth.logout")) {
            Http.Reply reply = Http.get(emulator().methodUrl(method));
            assertEquals(405, reply.status(), method);
        }
        Http.Reply put = Http.send(HttpRequest.newBuilder(URI.create(emulator().methodUrl(ALL)))
                .PUT(HttpRequest.BodyPublishers.ofString(call(ALL))));
        assertEquals(405, put.status());
    }
}
