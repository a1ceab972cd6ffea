package io.farmroutes.sandbox.boinc;

/** am_set_host_info.php (§8.6): whitelisted parameters, only the caller's own hosts. */
final class AmSetHostInfo implements BoincScript {

    @Override
    public void run(BoincCall call) {
        call.xmlHeader();
        call.checkGetArgs("hostid", "account_key", "venue");
        call.dbInitXml();
        PhpInput in = call.get();
        long hostId = in.reqInt("hostid");
        String key = in.str("account_key");
        Account user = call.state().accountByKey(key).orElseThrow(() -> call.xmlError(-136));
        // venue must be sent but may be empty (the default venue), so presence is what counts.
        if (!in.has("venue")) {
            throw call.xmlError(-1, "missing or bad parameter: venue");
        }
        String venue = in.optStr("venue");
        Host host = call.state().host(hostId).filter(h -> h.userId() == user.id())
                .orElseThrow(() -> call.xmlError(-136));
        host.venue(venue);
        call.echo("<am_set_host_info_reply>\n    <success/>\n</am_set_host_info_reply>\n");
    }
}
