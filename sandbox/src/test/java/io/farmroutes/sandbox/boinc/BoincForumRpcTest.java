package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.childNames;
import static io.farmroutes.sandbox.Http.children;
import static io.farmroutes.sandbox.Http.form;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** edit_forum_preferences_action (§8.12) and forum_get_data (§8.13, §8.14). */
class BoincForumRpcTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    private Account alice;

    @BeforeEach
    void seed() {
        alice = boinc.emulator().state().accountByEmail("alice@example.org").orElseThrow();
    }

    private static String url(String script) {
        return boinc.emulator().rpcBaseUrl() + script;
    }

    private static Http.Reply prefs(String... pairs) {
        return Http.postForm(url("edit_forum_preferences_action.php"), form(pairs));
    }

    private String[] fullForm(String... extra) {
        List<String> all = new ArrayList<>(List.of("account_key", alice.authenticator(), "pm_notification", "2",
                "avatar_select", "1", "forum_sort", "3", "thread_sort", "5", "forum_display_wrap_postcount", "40",
                "signature", "Rendered with ♥ & care", "forum_link_popup", "1", "forum_hide_avatars", "on"));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    // ---- edit_forum_preferences_action ----

    @Test
    void savesTheFormAndAnswersADeclarationLessStatus() {
        Http.Reply r = prefs(fullForm());
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        assertEquals("<status>\n    <success>1</success>\n</status>", r.text());
        ForumPrefs p = alice.forumPrefs();
        assertEquals(2, p.pmNotification());
        assertEquals(1, p.avatarSelect());
        assertTrue(p.avatarUrl().startsWith("https://www.gravatar.com/avatar/"));
        assertEquals(3, p.forumSort());
        assertEquals(5, p.threadSort());
        assertEquals(40, p.displayWrapPostcount());
        assertEquals("Rendered with ♥ & care", p.signature());
        assertTrue(p.linkPopup());
        assertTrue(p.hideAvatars());
    }

    @Test
    void absentCheckboxesAreOff() {
        assertTrue(alice.forumPrefs().jumpToUnread(), "seeded default");
        assertTrue(alice.forumPrefs().signatureByDefault(), "seeded default");
        prefs(fullForm("forum_images_as_links", ""));
        ForumPrefs p = alice.forumPrefs();
        assertFalse(p.jumpToUnread());
        assertFalse(p.signatureByDefault());
        assertFalse(p.imagesAsLinks(), "present but empty is off");
        assertFalse(p.highlightSpecial());
    }

    @Test
    void failureIsAnHtmlPageAfterAPartialUpdate() {
        Http.Reply r = prefs("account_key", alice.authenticator(), "pm_notification", "1", "forum_sort", "2");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        assertTrue(r.text().contains("<html"));
        assertTrue(r.text().contains("missing or bad parameter: avatar_select; supplied: "), r.text());
        assertEquals(1, alice.forumPrefs().pmNotification(), "fields before the failing one are saved");
        assertEquals(0, alice.forumPrefs().forumSort(), "fields after it are not");

        Http.Reply bad = prefs(fullForm("thread_sort", "newest"));
        assertTrue(bad.text().contains("missing or bad parameter: thread_sort; supplied: newest"), bad.text());
        assertEquals(1, alice.forumPrefs().avatarSelect(), "the avatar stage was saved");
        assertEquals("", alice.forumPrefs().signature());
    }

    @Test
    void longSignatureIsRefused() {
        Http.Reply r = prefs(fullForm("signature", "x".repeat(251)));
        assertTrue(r.text().contains("Your signature was too long"), r.text());
        assertEquals("", alice.forumPrefs().signature());
    }

    @Test
    void onlyPmNotificationIsNeededWithoutForums() {
        boinc.emulator().settings().forumsDisabled(true);
        Http.Reply r = prefs("account_key", alice.authenticator(), "pm_notification", "2");
        assertEquals("<status>\n    <success>1</success>\n</status>", r.text());
        assertEquals(2, alice.forumPrefs().pmNotification());
    }

    @Test
    void badKeyIsAnHttp500AndGetRedirectsToLogin() {
        Http.Reply bad = prefs("account_key", "0".repeat(32), "pm_notification", "1");
        assertEquals(500, bad.status());
        assertEquals(0, bad.body().length);
        Http.Reply get = Http.get(url("edit_forum_preferences_action.php?") + form("account_key",
                alice.authenticator(), "pm_notification", "1"));
        assertEquals(302, get.status());
        assertTrue(get.location().startsWith(boinc.emulator().masterUrl()
                + "login_form.php?next_url=edit_forum_preferences_action.php"), get.location());
        assertEquals(0, alice.forumPrefs().pmNotification());
    }

    @Test
    void ignoreListManagement() {
        Account jose = boinc.emulator().state().accountByEmail("jose@example.org").orElseThrow();
        prefs(fullForm("add_user_to_filter", "1", "forum_filter_user", String.valueOf(jose.id())));
        assertEquals(List.of(jose.id()), alice.forumPrefs().ignoredUsers());
        prefs(fullForm("remove" + jose.id(), "1"));
        assertEquals(List.of(), alice.forumPrefs().ignoredUsers());
    }

    // ---- forum_get_data ----

    @Test
    void userPostsWrapTextInCdataWithoutSplittingAnEmbeddedEnd() {
        Http.Reply r = Http.get(url("forum_get_data.php?method=user_posts&userid=" + alice.id()));
        assertTrue(r.text().contains("<content><![CDATA[Sort frames with if (a ]]> b && c) before you submit them.]]>"
                + "</content>"), r.text());
        assertThrows(AssertionError.class, r::xml, "the embedded ]]> ends the section early");
        boinc.emulator().settings().unescapedFreeText(false);
        Element resp = Http.get(url("forum_get_data.php?method=user_posts&userid=" + alice.id())).root();
        assertEquals(List.of("count", "posts"), childNames(resp));
        assertEquals("3", text(resp, "count"));
        List<Element> posts = children((Element) resp.getElementsByTagName("posts").item(0), "post");
        assertEquals(List.of("id", "threadid", "threadtitle", "timestamp", "content"), childNames(posts.get(0)));
        assertEquals("Sort frames with if (a ]]> b && c) before you submit them.", text(posts.get(0), "content"));
        assertEquals("Frame ordering", text(posts.get(0), "threadtitle"));
    }

    @Test
    void countLimitsPostsButReportsTheTotalAndContentlengthTruncates() {
        boinc.emulator().settings().unescapedFreeText(false);
        Element resp = Http.get(url("forum_get_data.php?method=user_posts&userid=" + alice.id()
                + "&count=1&contentlength=10")).root();
        assertEquals("3", text(resp, "count"));
        List<Element> posts = children((Element) resp.getElementsByTagName("posts").item(0), "post");
        assertEquals(1, posts.size());
        assertEquals("Sort frame", text(posts.get(0), "content"));
    }

    @Test
    void userThreads() {
        Element resp = Http.get(url("forum_get_data.php?method=user_threads&userid=" + alice.id())).root();
        assertEquals(List.of("count", "threads"), childNames(resp));
        List<Element> threads = children((Element) resp.getElementsByTagName("threads").item(0), "thread");
        assertEquals(2, threads.size());
        assertEquals(List.of("id", "forumid", "replies", "views", "timestamp", "title"), childNames(threads.get(0)));
        assertEquals("Frame ordering", text(threads.get(0), "title"));
        assertEquals("2", text(threads.get(1), "replies"));
    }

    @Test
    void forumErrors() {
        Http.Reply badMethod = Http.get(url("forum_get_data.php?method=user_likes&userid=1"));
        assertEquals("-1", text(badMethod.root(), "error_num"));
        assertEquals("Unknown error", text(badMethod.root(), "error_msg"));
        assertEquals("-136", text(Http.get(url("forum_get_data.php?method=user_posts")).root(), "error_num"));
        assertEquals("-136", text(Http.get(url("forum_get_data.php?method=user_posts&userid=99")).root(),
                "error_num"));
    }

    @Test
    void currentServersAnswerDeprecated() {
        boinc.emulator().settings().release(BoincRelease.CURRENT);
        Http.Reply r = Http.get(url("forum_get_data.php?method=user_posts&userid=" + alice.id()));
        assertEquals(200, r.status());
        assertEquals("deprecated", r.text());
    }
}
