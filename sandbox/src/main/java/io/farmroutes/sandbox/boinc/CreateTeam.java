package io.farmroutes.sandbox.boinc;

/** create_team.php (§8.8): disabled in every release since 2017; answers before sending any header. */
final class CreateTeam implements BoincScript {

    @Override
    public void run(BoincCall call) {
        throw call.xmlError(-1, "Nope");
    }
}
