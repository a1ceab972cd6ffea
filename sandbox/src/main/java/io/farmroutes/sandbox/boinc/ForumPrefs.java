package io.farmroutes.sandbox.boinc;

import java.util.List;

/**
 * A user's forum preferences as edit_forum_preferences_action stores them.
 *
 * @param pmNotification     0 none, 1 each message, 2 daily digest
 * @param avatarSelect       0 none, 1 Gravatar, 2 uploaded / {@code avatar_url}
 * @param avatarUrl          the avatar address the server derived ("" for none)
 * @param ignoredUsers       user ids on the ignore list
 */
public record ForumPrefs(int pmNotification, int avatarSelect, String avatarUrl, boolean imagesAsLinks,
                         boolean linkPopup, boolean hideAvatars, boolean hideSignatures, boolean highlightSpecial,
                         boolean jumpToUnread, boolean ignoreStickyPosts, boolean signatureByDefault, int forumSort,
                         int threadSort, int displayWrapPostcount, String signature, List<Long> ignoredUsers) {

    public ForumPrefs {
        ignoredUsers = List.copyOf(ignoredUsers);
    }

    /** What a new account has (BOINC's defaults). */
    public static ForumPrefs defaults() {
        return new ForumPrefs(0, 0, "", false, false, false, false, false, true, false, true, 0, 6, 75, "",
                List.of());
    }

    ForumPrefs withPmNotification(int value) {
        return new ForumPrefs(value, avatarSelect, avatarUrl, imagesAsLinks, linkPopup, hideAvatars, hideSignatures,
                highlightSpecial, jumpToUnread, ignoreStickyPosts, signatureByDefault, forumSort, threadSort,
                displayWrapPostcount, signature, ignoredUsers);
    }

    ForumPrefs withAvatar(int select, String url) {
        return new ForumPrefs(pmNotification, select, url, imagesAsLinks, linkPopup, hideAvatars, hideSignatures,
                highlightSpecial, jumpToUnread, ignoreStickyPosts, signatureByDefault, forumSort, threadSort,
                displayWrapPostcount, signature, ignoredUsers);
    }

    ForumPrefs withIgnoredUsers(List<Long> users) {
        return new ForumPrefs(pmNotification, avatarSelect, avatarUrl, imagesAsLinks, linkPopup, hideAvatars,
                hideSignatures, highlightSpecial, jumpToUnread, ignoreStickyPosts, signatureByDefault, forumSort,
                threadSort, displayWrapPostcount, signature, users);
    }
}
