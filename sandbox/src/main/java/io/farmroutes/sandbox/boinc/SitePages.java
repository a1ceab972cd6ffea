package io.farmroutes.sandbox.boinc;

/** The few non-RPC pages a client may land on: the home page and the login form a redirect points to. */
final class SitePages {

    private SitePages() {
    }

    /** index.php. */
    static final class Home implements BoincScript {
        @Override
        public void run(BoincCall call) {
            call.dbInitPage();
            String name = call.state().projectName();
            throw call.htmlPage(BoincPages.page(name, name,
                    "<p>A local emulation of a BOINC project web site.</p>"));
        }
    }

    /** login_form.php, the target of login redirects. */
    static final class LoginForm implements BoincScript {
        @Override
        public void run(BoincCall call) {
            String next = call.request().query().last("next_url").orElse("");
            throw call.htmlPage(BoincPages.page(call.state().projectName(), "Log in",
                    "<form method=\"post\" action=\"login_action.php\">\n"
                            + "<input type=\"hidden\" name=\"next_url\" value=\"" + Php.htmlspecialchars(next) + "\">\n"
                            + "Email address: <input name=\"email_addr\"><br>\n"
                            + "Password: <input type=\"password\" name=\"passwd\"><br>\n"
                            + "<input type=\"submit\" value=\"Log in\">\n</form>"));
        }
    }
}
