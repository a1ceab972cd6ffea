package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.UrlCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One run of an emulated BOINC PHP script: its input, its output buffer and the helpers of BOINC's
 * util.inc / xml.inc (xml_header, xml_error, error_page, get_logged_in_user, check_get_args).
 * Methods returning {@link BoincExit} build the final reply; the script throws it to stop.
 */
final class BoincCall {

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n";

    private final EmulatorRequest request;
    private final BoincSettings settings;
    private final BoincState state;
    private final String masterUrl;
    private final StringBuilder out = new StringBuilder();
    // PHP's default content type; xml_header() switches it.
    private String contentType = EmulatorResponse.HTML_UTF8;
    private boolean generatingXml;

    BoincCall(EmulatorRequest request, BoincSettings settings, BoincState state, String masterUrl) {
        this.request = request;
        this.settings = settings;
        this.state = state;
        this.masterUrl = masterUrl;
    }

    EmulatorRequest request() {
        return request;
    }

    BoincSettings settings() {
        return settings;
    }

    BoincState state() {
        return state;
    }

    String masterUrl() {
        return masterUrl;
    }

    /** $_GET. */
    PhpInput get() {
        return new PhpInput(this, request.query(), false);
    }

    /** $_POST. */
    PhpInput post() {
        return new PhpInput(this, request.form(), true);
    }

    boolean release16() {
        return settings.release() == BoincRelease.V1_6;
    }

    // ---- output ----

    /** xml_header(): the declaration that claims ISO-8859-1 although every byte sent is UTF-8. */
    void xmlHeader() {
        contentType = EmulatorResponse.XML_UTF8;
        out.append(XML_DECLARATION);
        generatingXml = true;
    }

    void echo(String text) {
        out.append(text);
    }

    /** A free-text value where the real server inserts it unescaped (§6), unless that quirk is off. */
    String raw(String value) {
        return settings.unescapedFreeText() ? value : Php.htmlspecialchars(value);
    }

    /** The reply as the script left it. */
    EmulatorResponse finish() {
        return EmulatorResponse.ok(contentType, out.toString());
    }

    /** xml_error(): an {@code <error>} document after whatever was already written. */
    BoincExit xmlError(int num, String message) {
        String msg = message == null || message.isEmpty() ? defaultMessage(num) : message;
        out.append("<error>\n    <error_num>").append(num).append("</error_num>\n    <error_msg>").append(msg)
                .append("</error_msg>\n</error>\n");
        return new BoincExit(finish());
    }

    BoincExit xmlError(int num) {
        return xmlError(num, null);
    }

    /** error_page(): an XML error -1 once xml_header() ran, else an HTML page with HTTP 200. */
    BoincExit errorPage(String message) {
        if (generatingXml) {
            return xmlError(-1, message);
        }
        return htmlPage(BoincPages.error(state.projectName(), message));
    }

    /** Replaces the output with a whole HTML page (HTTP 200). */
    BoincExit htmlPage(String html) {
        return new BoincExit(EmulatorResponse.html(html));
    }

    /** Header("Location: …"): a 302 whose body is whatever was already written (often the declaration). */
    BoincExit redirect(String location) {
        return new BoincExit(EmulatorResponse.redirect(location).withBody(contentType, out.toString()));
    }

    /** A PHP fatal error: HTTP 500 with an empty body. */
    BoincExit fatal() {
        return new BoincExit(EmulatorResponse.serverError());
    }

    // ---- util.inc helpers ----

    /** check_get_args(): any other query parameter redirects to {@code extra_arg_<name>.html}. */
    void checkGetArgs(String... allowed) {
        List<String> ok = Arrays.asList(allowed);
        for (String name : request.query().names()) {
            if (!ok.contains(name)) {
                throw redirect("extra_arg_" + name + ".html");
            }
        }
    }

    /** db_init_xml(): -183 while the site is stopped, -138 while the database is down. */
    void dbInitXml() {
        if (settings.projectStopped()) {
            throw xmlError(-183);
        }
        if (settings.databaseDown()) {
            throw xmlError(-138);
        }
    }

    /** Database access for a page: the maintenance or database-error page instead of XML. */
    void dbInitPage() {
        if (settings.projectStopped()) {
            throw htmlPage(BoincPages.projectDown(state.projectName()));
        }
        if (settings.databaseDown()) {
            throw htmlPage(BoincPages.databaseDown(state.projectName()));
        }
    }

    /** The user of the {@code auth} cookie, if it names an account. */
    Optional<Account> loggedInUser() {
        return request.cookie("auth").flatMap(state::accountByKey);
    }

    /** get_logged_in_user(true): the cookie's user, or a redirect to the login form. */
    Account requireLoggedInUser() {
        return loggedInUser().orElseThrow(this::loginRedirect);
    }

    /** REQUIRE_LOGIN of current servers (§9): only when that release and switch are on. */
    void requireLoginIfEnforced() {
        if (settings.loginEnforced() && loggedInUser().isEmpty()) {
            throw loginRedirect();
        }
    }

    /**
     * 302 to {@code <master>login_form.php?next_url=…}; next_url is the request URI relative to the project
     * root, url-encoded, as the real code derives it from REQUEST_URI.
     */
    BoincExit loginRedirect() {
        String relative = request.uri().startsWith("/") ? request.uri().substring(1) : request.uri();
        return new BoincExit(EmulatorResponse.redirect(masterUrl + "login_form.php?next_url=" + UrlCodec.encode(relative)));
    }

    /** The 5-second sleep before a failed lookup. */
    void lookupFailureDelay() {
        try {
            Thread.sleep(settings.lookupFailureDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** §5.1: the text the server supplies when a script gives no message. */
    static String defaultMessage(int num) {
        return switch (num) {
            case -112 -> "Invalid XML";
            case -136 -> "Not found";
            case -137 -> "Name or email address is not unique";
            case -138 -> "Can't access database";
            case -183 -> "Project is temporarily offline";
            case -205 -> "Email address has invalid syntax";
            case -206 -> "Invalid password";
            case -207 -> "Email address is not unique";
            case -208 -> "Account creation is disabled";
            case -209 -> "Invalid invitation code";
            case -210 -> "Invalid request method";
            default -> "Unknown error";
        };
    }
}
