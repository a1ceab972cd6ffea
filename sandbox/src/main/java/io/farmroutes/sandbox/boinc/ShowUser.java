package io.farmroutes.sandbox.boinc;

/** show_user.php (§8.7): by userid, or by auth (which wins and adds venue and hosts). */
final class ShowUser implements BoincScript {

    @Override
    public void run(BoincCall call) {
        PhpInput in = call.get();
        if (!"xml".equals(in.optStr("format"))) {
            call.requireLoginIfEnforced();
            page(call, in);
            return;
        }
        call.xmlHeader();
        call.dbInitXml();
        String auth = in.optStr("auth");
        Account user;
        boolean showHosts;
        if (Php.truthy(auth)) {
            user = call.state().accountByKey(auth).orElseThrow(() -> call.xmlError(-136));
            showHosts = true;
        } else {
            long id = in.reqInt("userid");
            user = call.state().account(id).orElseThrow(() -> call.xmlError(-136));
            showHosts = false;
        }
        call.echo(userXml(call, user, showHosts));
    }

    private static String userXml(BoincCall call, Account u, boolean showHosts) {
        StringBuilder b = new StringBuilder();
        b.append("<user>\n");
        b.append("    <id>").append(u.id()).append("</id>\n");
        b.append("    <cpid>").append(u.cpid()).append("</cpid>\n");
        b.append("    <create_time>").append(u.createTime()).append("</create_time>\n");
        b.append("    <name>").append(Php.htmlspecialchars(u.name())).append("</name>\n");
        b.append("    <total_credit>").append(Php.number(u.totalCredit())).append("</total_credit>\n");
        b.append("    <expavg_credit>").append(Php.number(u.expavgCredit())).append("</expavg_credit>\n");
        b.append("    <expavg_time>").append(Php.number(u.expavgTime())).append("</expavg_time>\n");
        b.append("    <teamid>").append(u.teamId()).append("</teamid>\n");
        b.append("    <has_profile>").append(u.hasProfile() ? 1 : 0).append("</has_profile>\n");
        if (showHosts) {
            b.append("   <venue>").append(call.raw(u.venue())).append("</venue>\n");
            for (Host h : call.state().hosts(u.id())) {
                b.append(hostXml(call, h));
            }
        }
        if (!u.country().isEmpty()) {
            b.append("    <country>").append(call.raw(u.country())).append("</country>\n");
        }
        if (!u.url().isEmpty()) {
            b.append("    <url>").append(Php.htmlspecialchars(Validation.normalizeUrl(u.url()))).append("</url>\n");
        }
        b.append("</user>\n");
        return b.toString();
    }

    private static String hostXml(BoincCall call, Host h) {
        return "    <host>\n"
                + "        <id>" + h.id() + "</id>\n"
                + "        <create_time>" + h.createTime() + "</create_time>\n"
                + "        <rpc_seqno>" + h.rpcSeqno() + "</rpc_seqno>\n"
                + "        <rpc_time>" + h.rpcTime() + "</rpc_time>\n"
                + "        <host_cpid>" + h.hostCpid() + "</host_cpid>\n"
                + "        <total_credit>" + Php.number(h.totalCredit()) + "</total_credit>\n"
                + "        <expavg_credit>" + Php.number(h.expavgCredit()) + "</expavg_credit>\n"
                + "        <expavg_time>" + Php.number(h.expavgTime()) + "</expavg_time>\n"
                + "        <domain_name>" + call.raw(h.domainName()) + "</domain_name>\n"
                + "        <p_ncpus>" + h.pNcpus() + "</p_ncpus>\n"
                + "        <p_vendor>" + call.raw(h.pVendor()) + "</p_vendor>\n"
                + "        <p_model>" + call.raw(h.pModel()) + "</p_model>\n"
                + "        <p_fpops>" + Php.number(h.pFpops()) + "</p_fpops>\n"
                + "        <p_iops>" + Php.number(h.pIops()) + "</p_iops>\n"
                + "        <os_name>" + call.raw(h.osName()) + "</os_name>\n"
                + "        <os_version>" + call.raw(h.osVersion()) + "</os_version>\n"
                + "        <m_nbytes>" + Php.number(h.mNbytes()) + "</m_nbytes>\n"
                + "        <d_free>" + Php.number(h.dFree()) + "</d_free>\n"
                + "        <d_total>" + Php.number(h.dTotal()) + "</d_total>\n"
                + "        <venue>" + call.raw(h.venue()) + "</venue>\n"
                + "    </host>\n";
    }

    /** The HTML profile page shown without format=xml. */
    private static void page(BoincCall call, PhpInput in) {
        call.dbInitPage();
        long id = in.reqInt("userid");
        Account u = call.state().account(id).orElseThrow(
                () -> call.errorPage("No such user found - please check the ID and try again."));
        String name = Php.htmlspecialchars(u.name());
        throw call.htmlPage(BoincPages.page(call.state().projectName(), u.name(),
                "<table>\n<tr><td>Name</td><td>" + name + "</td></tr>\n"
                        + "<tr><td>Total credit</td><td>" + Php.number(u.totalCredit()) + "</td></tr>\n"
                        + "<tr><td>Recent average credit</td><td>" + Php.number(u.expavgCredit()) + "</td></tr>\n"
                        + "</table>"));
    }
}
