package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.boinc.model.AccountLookup;
import io.farmroutes.boinc.model.Application;
import io.farmroutes.boinc.model.Team;
import io.farmroutes.boinc.model.TeamMember;
import io.farmroutes.boinc.model.UserInfo;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;

/**
 * A small account and team report: log in with email and password, read the account and its credit, find
 * the account's team and its members, list the project's applications. The body of each step is the typed
 * result of the one before; headers carry what later steps need.
 */
public class BoincReportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:boinc-report").routeId("boinc-report")
                .to("boinc:account/lookup")
                .process(e -> e.getMessage().setHeader("CamelBoinc.accountKey",
                        e.getMessage().getBody(AccountLookup.class).accountKey().value()))
                .to("boinc:account/info")
                .process(e -> {
                    AccountInfo info = e.getMessage().getBody(AccountInfo.class);
                    e.setVariable("info", info);
                    e.getMessage().setHeader("CamelBoinc.teamId", info.teamId());
                })
                .to("boinc:user/show")
                .process(e -> e.setVariable("user", e.getMessage().getBody(UserInfo.class)))
                .to("boinc:team/get")
                .process(e -> e.setVariable("team", e.getMessage().getBody(Team.class)))
                .to("boinc:team/members")
                .process(e -> e.setVariable("members", e.getMessage().getBody(List.class)))
                .to("boinc:project/apps")
                .process(e -> e.getMessage().setBody(new BoincReport(e.getVariable("info", AccountInfo.class),
                        e.getVariable("user", UserInfo.class), e.getVariable("team", Team.class),
                        castList(e.getVariable("members", List.class), TeamMember.class),
                        castList(e.getMessage().getBody(List.class), Application.class))));
    }

    private static <T> List<T> castList(List<?> items, Class<T> type) {
        return items.stream().map(type::cast).toList();
    }
}
