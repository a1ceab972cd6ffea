package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.EmulatorResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * edit_forum_preferences_action.php (§8.12). Reads the POST body only; without account_key it is a
 * browser form that needs a login. Saves in stages, so a failure leaves earlier fields saved.
 */
final class EditForumPreferencesAction implements BoincScript {

    private static final int MAX_SIGNATURE = 250;

    @Override
    public void run(BoincCall call) {
        PhpInput post = call.post();
        call.dbInitPage();
        boolean rpc = post.has("account_key");
        Account user;
        if (rpc) {
            // A bad key leaves the preferences lookup with no user: a fatal error.
            user = call.state().accountByKey(post.raw("account_key")).orElseThrow(call::fatal);
        } else {
            user = call.requireLoggedInUser();
        }

        // Stage 1: saved at once, before anything else is checked.
        int pm = (int) post.postInt("pm_notification");
        update(call, user, p -> p.withPmNotification(pm));

        if (!call.settings().forumsDisabled()) {
            // Stage 2: the avatar.
            int avatarSelect = (int) post.postInt("avatar_select");
            if (avatarSelect < 0 || avatarSelect > 2) {
                avatarSelect = 0;
            }
            String avatarUrl = avatarUrl(avatarSelect, user, post);
            int select = avatarSelect;
            update(call, user, p -> p.withAvatar(select, avatarUrl));

            // Stage 3: everything else in one update, after all its checks.
            boolean imagesAsLinks = post.checkbox("forum_images_as_links");
            boolean linkPopup = post.checkbox("forum_link_popup");
            boolean hideAvatars = post.checkbox("forum_hide_avatars");
            boolean hideSignatures = post.checkbox("forum_hide_signatures");
            boolean highlightSpecial = post.checkbox("forum_highlight_special");
            boolean jumpToUnread = post.checkbox("forum_jump_to_unread");
            boolean ignoreSticky = post.checkbox("forum_ignore_sticky_posts");
            boolean signatureByDefault = post.checkbox("signature_by_default");
            int forumSort = (int) post.postInt("forum_sort");
            int threadSort = (int) post.postInt("thread_sort");
            int wrap = (int) Math.max(1, post.postInt("forum_display_wrap_postcount"));
            String signature = post.optStr("signature");
            String sig = signature == null ? "" : signature;
            if (sig.codePointCount(0, sig.length()) > MAX_SIGNATURE) {
                throw call.errorPage("Your signature was too long, please keep it less than 250 characters.");
            }
            update(call, user, p -> new ForumPrefs(p.pmNotification(), p.avatarSelect(), p.avatarUrl(),
                    imagesAsLinks, linkPopup, hideAvatars, hideSignatures, highlightSpecial, jumpToUnread,
                    ignoreSticky, signatureByDefault, forumSort, threadSort, wrap, sig, p.ignoredUsers()));

            updateIgnoreList(call, user, post);
        }

        if (!rpc) {
            throw new BoincExit(EmulatorResponse.redirect("edit_forum_preferences_form.php"));
        }
        call.echo("<status>\n    <success>1</success>\n</status>");
    }

    /**
     * Gravatar for 1; for 2 the real server fetches and scales {@code avatar_url} (or an upload) and
     * serves its own copy, which the emulator stands in for by keeping the given address.
     */
    private static String avatarUrl(int select, Account user, PhpInput post) {
        return switch (select) {
            case 1 -> "https://www.gravatar.com/avatar/"
                    + Php.md5(Validation.phpTrim(user.email()).toLowerCase(Locale.ROOT)) + "?s=100&d=identicon";
            case 2 -> {
                String url = post.optStr("avatar_url");
                yield url == null ? "" : Validation.phpTrim(url);
            }
            default -> "";
        };
    }

    /** add_user_to_filter with forum_filter_user adds an id; remove<userid> drops one. */
    private static void updateIgnoreList(BoincCall call, Account user, PhpInput post) {
        List<Long> ignored = new ArrayList<>(user.forumPrefs().ignoredUsers());
        if (post.checkbox("add_user_to_filter")) {
            String who = post.optStr("forum_filter_user");
            String id = who == null ? "" : Validation.phpTrim(who);
            if (id.matches("\\d{1,18}")) {
                long other = Long.parseLong(id);
                if (call.state().account(other).isPresent() && !ignored.contains(other)) {
                    ignored.add(other);
                }
            }
        }
        ignored.removeIf(id -> post.checkbox("remove" + id));
        update(call, user, p -> p.withIgnoredUsers(ignored));
    }

    private static void update(BoincCall call, Account user, java.util.function.UnaryOperator<ForumPrefs> change) {
        call.state().locked(() -> {
            user.forumPrefs(change.apply(user.forumPrefs()));
            return null;
        });
    }
}
