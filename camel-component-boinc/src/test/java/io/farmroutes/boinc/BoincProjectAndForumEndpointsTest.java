package io.farmroutes.boinc;

import io.farmroutes.boinc.model.AppVersion;
import io.farmroutes.boinc.model.Application;
import io.farmroutes.boinc.model.ForumPost;
import io.farmroutes.boinc.model.ProjectConfig;
import io.farmroutes.boinc.model.Updated;
import io.farmroutes.boinc.model.UserPosts;
import io.farmroutes.boinc.model.UserThreads;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.boinc.Account;
import io.farmroutes.sandbox.boinc.BoincRelease;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoincProjectAndForumEndpointsTest extends BoincTestSupport {

    private Account alice() {
        return emulator().state().accountByEmail("alice@example.org").orElseThrow();
    }

    @Test
    void projectConfigIsReadDespiteRawTermsOfUse() {
        ProjectConfig config = call("boinc:project/config", ProjectConfig.class);
        assertEquals("Farm Routes Test Project", config.name());
        assertFalse(config.platforms().isEmpty());
        assertTrue(config.termsOfUse().contains("&"), config.termsOfUse());
        assertTrue(config.termsOfUse().contains("<b>"), config.termsOfUse());
    }

    @Test
    void projectStoppedIsATransientHtmlFailure() {
        emulator().settings().projectStopped(true);
        BoincException e = failure("boinc:project/config", Map.of(), BoincException.class);
        assertEquals(BoincFailure.HTML_PAGE, e.getFailure());
        assertTrue(e.isTransient());
    }

    @Test
    void appsAreReadDespiteAnUnescapedAmpersand() {
        List<?> apps = call("boinc:project/apps", List.class);
        Application friends = apps.stream().map(Application.class::cast)
                .filter(a -> a.userFriendlyName().contains("&")).findFirst().orElseThrow();
        assertFalse(friends.versions().isEmpty());
        AppVersion v = friends.versions().get(0);
        assertTrue(v.versionNum() > 0 && v.dateUnix() > 0, v.toString());
    }

    @Test
    void appsOnACurrentServerNeedTheAuthCookie() {
        emulator().settings().release(BoincRelease.CURRENT).loginRequired(true);
        BoincException e = failure("boinc:project/apps", Map.of(), BoincException.class);
        assertEquals(BoincFailure.LOGIN_REQUIRED, e.getFailure());
        List<?> apps = call("boinc:project/apps", Map.of("CamelBoinc.accountKey", alice().authenticator()),
                List.class);
        assertFalse(apps.isEmpty());
    }

    @Test
    void forumPostsAndThreadsKeepCdataTextWhole() {
        UserPosts posts = call("boinc:forum/userPosts?userId=" + alice().id() + "&count=50", UserPosts.class);
        assertTrue(posts.totalCount() >= posts.posts().size() && !posts.posts().isEmpty());
        assertTrue(posts.posts().stream().map(ForumPost::content).anyMatch(c -> c.contains("]]>")),
                posts.posts().toString());
        UserThreads threads = call("boinc:forum/userThreads?userId=" + alice().id(), UserThreads.class);
        assertFalse(threads.threads().isEmpty());
    }

    @Test
    void forumDataOnACurrentServerIsNotSupported() {
        emulator().settings().release(BoincRelease.CURRENT);
        BoincException e = failure("boinc:forum/userPosts?userId=" + alice().id(), Map.of(), BoincException.class);
        assertEquals(BoincFailure.NOT_SUPPORTED, e.getFailure());
    }

    @Test
    void forumPreferencesSendTheWholeStateWithCheckboxSemantics() {
        Updated updated = call("boinc:forum/updatePreferences?pmNotification=2&avatarSelect=0&forumSort=1"
                        + "&threadSort=2&displayWrapPostcount=20&signature=Render on&hideAvatars=true&linkPopup=false",
                Map.of("CamelBoinc.accountKey", alice().authenticator()), Updated.class);
        assertEquals("boinc:forum/updatePreferences", updated.endpoint());
        RecordedRequest sent = emulator().ledger().requests().stream()
                .filter(r -> r.path().endsWith("edit_forum_preferences_action.php")).findFirst().orElseThrow();
        String form = new String(sent.body(), StandardCharsets.UTF_8);
        assertTrue(form.contains("forum_hide_avatars=1"), form);
        assertFalse(form.contains("forum_link_popup"), "an unticked checkbox is left out: " + form);
        assertEquals("POST", sent.method());
    }

    @Test
    void forumPreferencesMissingAFieldIsAnHtmlErrorNamingIt() {
        BoincException e = failure("boinc:forum/updatePreferences?pmNotification=1",
                Map.of("CamelBoinc.accountKey", alice().authenticator()), BoincException.class);
        assertEquals(BoincFailure.INVALID_PARAMETER, e.getFailure());
        assertEquals("avatar_select", e.getParameter());
    }

    @Test
    void signatureLongerThan250CharactersIsRefusedBeforeSending() {
        emulator().ledger().clear();
        Exception e = failure("boinc:forum/updatePreferences?pmNotification=1&signature=" + "x".repeat(251),
                Map.of("CamelBoinc.accountKey", alice().authenticator()), Exception.class);
        assertTrue(e.getMessage().contains("signature"), e.getMessage());
        assertEquals(0, emulator().ledger().count());
    }
}
