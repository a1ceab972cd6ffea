package io.farmroutes.boinc.service;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.boinc.model.AccountKey;
import io.farmroutes.boinc.model.AccountLookup;
import io.farmroutes.boinc.model.ProjectConfig;
import io.farmroutes.boinc.model.TeamCreated;
import io.farmroutes.boinc.model.Updated;
import io.farmroutes.boinc.model.UserInfo;
import io.farmroutes.boinc.model.UserPosts;
import io.farmroutes.boinc.model.UserThreads;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;

import java.util.List;

import static io.farmroutes.spi.operation.ParamType.BOOLEAN;
import static io.farmroutes.spi.operation.ParamType.INT;
import static io.farmroutes.spi.operation.ParamType.LONG;
import static io.farmroutes.spi.operation.ParamType.LONG_LIST;
import static io.farmroutes.spi.operation.ParamType.STRING;
import static io.farmroutes.spi.operation.ParameterDescriptor.param;

/** The 15 BOINC Web RPC uses as operation descriptors (specs/boinc.md §8). */
public final class BoincCatalog {

    /** Hint: the script lives at the master URL, not under web_rpc_url_base. */
    static final String AT_MASTER_URL = "atMasterUrl";
    /** Hint: comma-separated parameters with checkbox semantics (present = on, absent = off). */
    static final String CHECKBOXES = "checkboxes";

    private BoincCatalog() {
    }

    public static OperationCatalog create() {
        return new OperationCatalog("boinc", null, List.of(
                OperationDescriptor.builder("project", "config")
                        .description("Project configuration: name, URLs, account creation rules, platforms.")
                        .http("GET", "get_project_config.php")
                        .hint(AT_MASTER_URL, "true")
                        .result(ProjectConfig.class, BoincReaders::projectConfig)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("account", "create")
                        .description("Create an account, or get the existing one's key for the same email and password"
                                + " (idempotent). The client sends only the password hash.")
                        .http("GET", "create_account.php")
                        .param(param("email", STRING).wire("email_addr").required().credential()
                                .doc("The account's email address."))
                        .param(param("password", STRING).in(ParamLocation.CLIENT).secret().credential()
                                .doc("The password; only md5(password + lower-case email) is sent."))
                        .param(param("passwordHash", STRING).wire("passwd_hash").secret()
                                .doc("The password hash itself, instead of password."))
                        .param(param("userName", STRING).wire("user_name").required().doc("The public user name."))
                        .param(param("teamName", STRING).wire("team_name")
                                .doc("Joins the joinable team of exactly this name; unknown names are ignored."))
                        .param(param("inviteCode", STRING).wire("invite_code")
                                .doc("Required when the project requires invitation codes."))
                        .param(param("consentFlag", BOOLEAN).wire("consent_flag")
                                .doc("Consent to the terms of use, when the project requires it."))
                        .param(param("consentSource", STRING).wire("source")
                                .doc("Where consent was given, when the project requires it."))
                        .requireOneOf("password", "passwordHash")
                        .result(AccountKey.class, BoincReaders::accountKey)
                        .retrySafe(true).build(),
                OperationDescriptor.builder("account", "lookup")
                        .description("Look up an account: its key with a password, or whether it exists without one."
                                + " A failed lookup is answered after a deliberate 5-second delay.")
                        .http("GET", "lookup_account.php")
                        .param(param("email", STRING).wire("email_addr").required().credential()
                                .doc("The account's email address."))
                        .param(param("password", STRING).in(ParamLocation.CLIENT).secret().credential()
                                .doc("The password; only its hash is sent. Without it the call only probes existence."))
                        .param(param("passwordHash", STRING).wire("passwd_hash").secret()
                                .doc("The password hash itself, instead of password."))
                        .result(AccountLookup.class, BoincReaders::accountLookup)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("account", "info")
                        .description("Account information; name, country and URL decoded, preferences as raw XML.")
                        .http("GET", "am_get_info.php")
                        .param(param("accountKey", STRING).wire("account_key").required().secret().credential()
                                .doc("The account's authenticator."))
                        .result(AccountInfo.class, BoincReaders::accountInfo)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("account", "update")
                        .description("Set account information (1.6 servers; current server code answers 'not"
                                + " supported'). Sent as a form POST so that the key stays out of URLs.")
                        .http("POST", "am_set_info.php")
                        .param(param("accountKey", STRING).wire("account_key").required().secret().credential()
                                .in(ParamLocation.FORM).doc("The account's authenticator."))
                        .param(param("name", STRING).in(ParamLocation.FORM).doc("New user name."))
                        .param(param("country", STRING).in(ParamLocation.FORM)
                                .doc("A country of BOINC's country list."))
                        .param(param("postalCode", STRING).wire("postal_code").in(ParamLocation.FORM)
                                .doc("Postal code, when the project uses them."))
                        .param(param("url", STRING).in(ParamLocation.FORM).doc("The user's web page."))
                        .param(param("venue", STRING).in(ParamLocation.FORM).doc("Default venue for new hosts."))
                        .param(param("globalPrefs", STRING).wire("global_prefs").in(ParamLocation.FORM)
                                .doc("Global preferences XML; line breaks are sent as CRLF as the server demands."))
                        .param(param("projectPrefs", STRING).wire("project_prefs").in(ParamLocation.FORM)
                                .doc("Project preferences XML; line breaks are sent as CRLF."))
                        .param(param("sendEmail", BOOLEAN).wire("send_email").in(ParamLocation.FORM)
                                .doc("Whether the project may send email (the server ignores false)."))
                        .param(param("showHosts", BOOLEAN).wire("show_hosts").in(ParamLocation.FORM)
                                .doc("Whether hosts are shown publicly (the server ignores false)."))
                        .param(param("teamId", LONG).wire("teamid").in(ParamLocation.FORM)
                                .doc("Join this team; 0 quits the current team."))
                        .param(param("newEmail", STRING).wire("email_addr").in(ParamLocation.FORM)
                                .doc("Change the email address; needs password (or newPassword) for the new hash."))
                        .param(param("newPassword", STRING).in(ParamLocation.CLIENT).secret()
                                .doc("Change the password; only its hash is sent, as password_hash."))
                        .param(param("password", STRING).in(ParamLocation.CLIENT).secret().credential()
                                .doc("The current password, to hash with a new email address."))
                        .param(param("email", STRING).in(ParamLocation.CLIENT).credential()
                                .doc("The current email address, to hash with a new password."))
                        .param(param("consentName", STRING).wire("consent_name").in(ParamLocation.FORM)
                                .doc("Consent type; give all four consent fields or none."))
                        .param(param("consentFlag", BOOLEAN).wire("consent_flag").in(ParamLocation.FORM)
                                .doc("Consent given or withdrawn."))
                        .param(param("consentNotRequired", BOOLEAN).wire("consent_not_required")
                                .in(ParamLocation.FORM).doc("Consent not required."))
                        .param(param("consentSource", STRING).wire("consent_source").in(ParamLocation.FORM)
                                .doc("Where consent was given."))
                        .result(Updated.class, p -> BoincReaders.updated(p, "am_set_info_reply"))
                        .retrySafe(true).build(),
                OperationDescriptor.builder("host", "update")
                        .description("Set the venue of one of the account's hosts.")
                        .http("GET", "am_set_host_info.php")
                        .param(param("hostId", LONG).wire("hostid").required().doc("The host's id."))
                        .param(param("accountKey", STRING).wire("account_key").required().secret().credential()
                                .doc("The owner's authenticator."))
                        .param(param("venue", STRING).required().doc("The venue; may be empty."))
                        .result(Updated.class, p -> BoincReaders.updated(p, "am_set_host_info_reply"))
                        .retrySafe(true).build(),
                OperationDescriptor.builder("user", "show")
                        .description("A user's credit; with the account key also venue and hosts.")
                        .http("GET", "show_user.php")
                        .param(param("userId", LONG).wire("userid").doc("The user's id (public data only)."))
                        .param(param("accountKey", STRING).wire("auth").secret().credential()
                                .doc("The user's authenticator (adds venue and hosts); wins over userId."))
                        .constant("format", "xml", ParamLocation.QUERY)
                        .requireOneOf("userId", "accountKey")
                        .result(UserInfo.class, BoincReaders::userInfo)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("team", "create")
                        .description("Create a team. Disabled on every server release since 2017 (answers"
                                + " 'not supported'). Never retried.")
                        .http("GET", "create_team.php")
                        .param(param("accountKey", STRING).wire("account_key").required().secret().credential()
                                .doc("The founder's authenticator."))
                        .param(param("name", STRING).required().doc("Team name."))
                        .param(param("url", STRING).doc("Team web page."))
                        .param(param("type", INT).required().range(1, 99).doc("Team type number."))
                        .param(param("nameHtml", STRING).wire("name_html").doc("Team name with HTML markup."))
                        .param(param("description", STRING).doc("Team description."))
                        .param(param("country", STRING).doc("Team country."))
                        .result(TeamCreated.class, BoincReaders::teamCreated)
                        .retrySafe(false).build(),
                OperationDescriptor.builder("team", "lookup")
                        .description("Teams whose name contains the text (case-insensitive), by recent credit, at"
                                + " most 100.")
                        .http("GET", "team_lookup.php")
                        .param(param("name", STRING).wire("team_name").required().doc("Text the name contains."))
                        .constant("format", "xml", ParamLocation.QUERY)
                        .result(List.class, "List<Team>", BoincReaders::teams)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("team", "get")
                        .description("A team by id (a Team), or several by ids (a List<Team>, unknown ids skipped).")
                        .http("GET", "team_lookup.php")
                        .param(param("teamId", LONG).wire("team_id").doc("One team id."))
                        .param(param("teamIds", LONG_LIST).wire("team_ids").doc("Up to 100 team ids."))
                        .constant("format", "xml", ParamLocation.QUERY)
                        .requireOneOf("teamId", "teamIds")
                        .result(Object.class, "Team or List<Team>", BoincReaders::teamOrTeams)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("team", "members")
                        .description("A team's members (no email addresses, whatever the documentation says).")
                        .http("GET", "team_email_list.php")
                        .param(param("teamId", LONG).wire("teamid").required().doc("The team's id."))
                        .param(param("creditOnly", BOOLEAN).wire("creditonly")
                                .doc("Only id, cpid and total credit; members without credit left out."))
                        .constant("xml", "1", ParamLocation.QUERY)
                        .result(List.class, "List<TeamMember>", BoincReaders::teamMembers)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("forum", "updatePreferences")
                        .description("Set forum preferences. Checkboxes left out are switched off, so send the"
                                + " whole desired state.")
                        .http("POST", "edit_forum_preferences_action.php")
                        .param(param("accountKey", STRING).wire("account_key").required().secret().credential()
                                .in(ParamLocation.FORM).doc("The user's authenticator."))
                        .param(param("pmNotification", INT).wire("pm_notification").required().range(0, 2)
                                .in(ParamLocation.FORM).doc("0 none, 1 each message, 2 daily digest."))
                        .param(param("avatarSelect", INT).wire("avatar_select").range(0, 2).in(ParamLocation.FORM)
                                .doc("0 none, 1 Gravatar, 2 uploaded or avatarUrl (required when the project has"
                                        + " forums)."))
                        .param(param("avatarUrl", STRING).wire("avatar_url").in(ParamLocation.FORM)
                                .doc("Avatar image URL, with avatarSelect 2."))
                        .param(param("forumSort", INT).wire("forum_sort").in(ParamLocation.FORM)
                                .doc("Forum sort order (required when the project has forums)."))
                        .param(param("threadSort", INT).wire("thread_sort").in(ParamLocation.FORM)
                                .doc("Thread sort order (required when the project has forums)."))
                        .param(param("displayWrapPostcount", INT).wire("forum_display_wrap_postcount")
                                .in(ParamLocation.FORM).doc("Posts per page before wrapping (required when the"
                                        + " project has forums)."))
                        .param(param("signature", STRING).maxLength(250).in(ParamLocation.FORM)
                                .doc("Signature, at most 250 characters."))
                        .param(param("imagesAsLinks", BOOLEAN).wire("forum_images_as_links").in(ParamLocation.FORM)
                                .doc("Checkbox."))
                        .param(param("linkPopup", BOOLEAN).wire("forum_link_popup").in(ParamLocation.FORM)
                                .doc("Checkbox."))
                        .param(param("hideAvatars", BOOLEAN).wire("forum_hide_avatars").in(ParamLocation.FORM)
                                .doc("Checkbox."))
                        .param(param("hideSignatures", BOOLEAN).wire("forum_hide_signatures").in(ParamLocation.FORM)
                                .doc("Checkbox."))
                        .param(param("highlightSpecial", BOOLEAN).wire("forum_highlight_special")
                                .in(ParamLocation.FORM).doc("Checkbox."))
                        .param(param("jumpToUnread", BOOLEAN).wire("forum_jump_to_unread").in(ParamLocation.FORM)
                                .doc("Checkbox."))
                        .param(param("ignoreStickyPosts", BOOLEAN).wire("forum_ignore_sticky_posts")
                                .in(ParamLocation.FORM).doc("Checkbox."))
                        .param(param("signatureByDefault", BOOLEAN).wire("signature_by_default")
                                .in(ParamLocation.FORM).doc("Checkbox."))
                        .param(param("ignoreUser", LONG).wire("forum_filter_user").in(ParamLocation.FORM)
                                .doc("Add this user id to the ignore list."))
                        .param(param("unignoreUsers", LONG_LIST).in(ParamLocation.CLIENT)
                                .doc("Remove these user ids from the ignore list."))
                        .hint(CHECKBOXES, "imagesAsLinks,linkPopup,hideAvatars,hideSignatures,highlightSpecial,"
                                + "jumpToUnread,ignoreStickyPosts,signatureByDefault")
                        .result(Updated.class, p -> BoincReaders.updated(p, "status"))
                        .retrySafe(true).build(),
                OperationDescriptor.builder("forum", "userPosts")
                        .description("A user's recent forum posts (1.6 servers; current code answers 'deprecated').")
                        .http("GET", "forum_get_data.php")
                        .param(param("userId", LONG).wire("userid").required().doc("The user's id."))
                        .param(param("count", INT).range(1, 50).doc("How many posts, 1 to 50 (default 10)."))
                        .param(param("contentLength", INT).wire("contentlength").range(1, 1_000_000)
                                .doc("Truncate each post's content to this many characters."))
                        .constant("method", "user_posts", ParamLocation.QUERY)
                        .result(UserPosts.class, BoincReaders::userPosts)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("forum", "userThreads")
                        .description("The threads a user started recently (1.6 servers; current code answers"
                                + " 'deprecated').")
                        .http("GET", "forum_get_data.php")
                        .param(param("userId", LONG).wire("userid").required().doc("The user's id."))
                        .param(param("count", INT).range(1, 50).doc("How many threads, 1 to 50 (default 10)."))
                        .constant("method", "user_threads", ParamLocation.QUERY)
                        .result(UserThreads.class, BoincReaders::userThreads)
                        .retrySafe(true).readOnly().build(),
                OperationDescriptor.builder("project", "apps")
                        .description("Applications and their current versions per platform. Current servers"
                                + " require login: the account key, when known, is sent as the auth cookie.")
                        .http("GET", "apps.php")
                        .param(param("accountKey", STRING).wire("auth").in(ParamLocation.COOKIE).secret().credential()
                                .doc("Sent as the auth cookie to satisfy the login requirement of current servers."))
                        .constant("xml", "1", ParamLocation.QUERY)
                        .result(List.class, "List<Application>", BoincReaders::applications)
                        .retrySafe(true).readOnly().build()));
    }
}
