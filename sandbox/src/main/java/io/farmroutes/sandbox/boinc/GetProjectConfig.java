package io.farmroutes.sandbox.boinc;

/** get_project_config.php (§8.1). */
final class GetProjectConfig implements BoincScript {

    @Override
    public void run(BoincCall call) {
        BoincSettings s = call.settings();
        BoincState state = call.state();
        // The spec asks for an HTML page here rather than <web_stopped>1</web_stopped>.
        call.dbInitPage();
        call.xmlHeader();
        StringBuilder b = new StringBuilder();
        b.append("<project_config>\n");
        b.append("    <name>").append(call.raw(state.projectName())).append("</name>\n");
        b.append("    <master_url>").append(call.masterUrl()).append("</master_url>\n");
        b.append("    <web_rpc_url_base>").append(BoincRouter.rpcBase(call.masterUrl(), s))
                .append("</web_rpc_url_base>\n");
        b.append("    <server_version>").append(s.release().serverVersion()).append("</server_version>\n");
        if (s.accountManager()) {
            b.append("    <account_manager/>\n");
        }
        b.append("<web_stopped>0</web_stopped>\n");
        // Invitation codes also make the site report account creation as disabled.
        if (s.accountCreationDisabled() || s.inviteCodeRequired()) {
            b.append("    <account_creation_disabled/>\n");
        }
        if (s.inviteCodeRequired()) {
            b.append("    <invite_code_required/>\n");
        }
        // The real script leaves this odd indentation and these blank-ish lines; clients must trim.
        b.append("\n        <min_passwd_length>").append(s.minPasswdLength()).append("</min_passwd_length>\n    ");
        b.append("<sched_stopped>").append(s.schedulerStopped() ? 1 : 0).append("</sched_stopped>\n");
        b.append("<platforms>\n");
        for (Platform p : state.platforms()) {
            b.append("  <platform>\n");
            b.append("    <platform_name>").append(call.raw(p.platformName())).append("</platform_name>\n");
            b.append("    <user_friendly_name>").append(call.raw(p.userFriendlyName()))
                    .append("</user_friendly_name>\n");
            if (!p.planClass().isEmpty()) {
                b.append("    <plan_class>").append(p.planClass()).append("</plan_class>\n");
            }
            b.append("  </platform>\n");
        }
        b.append("</platforms>\n");
        String terms = Validation.phpTrim(state.termsOfUse());
        if (!terms.isEmpty()) {
            b.append("<terms_of_use>\n").append(call.raw(terms)).append("\n</terms_of_use>\n");
        }
        if (s.ldapAuth()) {
            b.append("<ldap_auth/>\n");
        }
        b.append("\n</project_config>\n");
        call.echo(b.toString());
    }
}
