package io.farmroutes.boinc;

import io.farmroutes.boinc.model.Team;
import io.farmroutes.boinc.model.TeamMember;
import io.farmroutes.boinc.model.Updated;
import io.farmroutes.boinc.model.UserInfo;
import io.farmroutes.sandbox.boinc.Account;
import io.farmroutes.sandbox.boinc.Host;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoincTeamAndUserEndpointsTest extends BoincTestSupport {

    private Account alice() {
        return emulator().state().accountByEmail("alice@example.org").orElseThrow();
    }

    @Test
    void showUserByIdIsPublicAndByKeyIncludesHosts() {
        Account alice = alice();
        Host host = emulator().state().addHost(alice.id(), "render-01", "work");
        UserInfo pub = call("boinc:user/show?userId=" + alice.id(), UserInfo.class);
        assertEquals(alice.id(), pub.id());
        assertEquals("Alice", pub.name());
        assertTrue(pub.hosts().isEmpty());
        assertNull(pub.venue());
        UserInfo own = call("boinc:user/show", Map.of("CamelBoinc.accountKey", alice.authenticator()),
                UserInfo.class);
        assertTrue(own.hosts().stream().anyMatch(h -> h.id() == host.id() && "render-01".equals(h.domainName())),
                own.hosts().toString());
    }

    @Test
    void hostUpdateSetsTheVenueOnlyOnTheOwnersHost() {
        Account alice = alice();
        Host host = emulator().state().addHost(alice.id(), "render-02", "");
        Updated updated = call("boinc:host/update?hostId=" + host.id() + "&venue=school",
                Map.of("CamelBoinc.accountKey", alice.authenticator()), Updated.class);
        assertEquals("boinc:host/update", updated.endpoint());
        assertEquals("school", emulator().state().host(host.id()).orElseThrow().venue());
        Account jose = emulator().state().accountByEmail("jose@example.org").orElseThrow();
        BoincException e = failure("boinc:host/update?hostId=" + host.id() + "&venue=home",
                Map.of("CamelBoinc.accountKey", jose.authenticator()), BoincException.class);
        assertEquals(BoincError.NOT_FOUND, e.getError());
    }

    @Test
    void teamLookupByNameAndById() {
        List<?> found = call("boinc:team/lookup?name=rangers", List.class);
        assertEquals(1, found.size());
        Team team = assertInstanceOf(Team.class, found.get(0));
        assertEquals("Render Rangers", team.name());
        assertEquals(alice().id(), team.founderId());
        Team byId = call("boinc:team/get?teamId=" + team.id(), Team.class);
        assertEquals(team.name(), byId.name());
        List<?> byIds = call("boinc:team/get?teamIds=" + team.id() + ",999999", List.class);
        assertEquals(1, byIds.size(), "unknown ids are skipped");
        assertTrue(call("boinc:team/lookup?name=no-such-team-anywhere", List.class).isEmpty());
    }

    @Test
    void teamGetWithAnUnknownIdIsNotFound() {
        BoincException e = failure("boinc:team/get?teamId=987654", Map.of(), BoincException.class);
        assertEquals(BoincError.NOT_FOUND, e.getError());
    }

    @Test
    void teamMembersWithAndWithoutCreditOnly() {
        Team team = (Team) call("boinc:team/lookup?name=Render Rangers", List.class).get(0);
        List<?> members = call("boinc:team/members?teamId=" + team.id(), List.class);
        assertTrue(members.size() >= 2, members.toString());
        TeamMember first = assertInstanceOf(TeamMember.class, members.get(0));
        assertTrue(first.name() != null && first.createTime() != null);
        List<?> credit = call("boinc:team/members?teamId=" + team.id() + "&creditOnly=true", List.class);
        for (Object m : credit) {
            TeamMember member = (TeamMember) m;
            assertNull(member.name());
            assertTrue(member.totalCredit() > 0);
        }
    }

    @Test
    void teamCreateIsDisabledOnRealServersAndNeverRetried() {
        BoincException e = failure("boinc:team/create?name=New Team&type=1",
                Map.of("CamelBoinc.accountKey", alice().authenticator()), BoincException.class);
        assertEquals(BoincFailure.NOT_SUPPORTED, e.getFailure());
        assertEquals(1, emulator().ledger().count("/create_team.php"));
    }

    @Test
    void unknownTeamIdParameterShapeIsRefusedBeforeSending() {
        emulator().ledger().clear();
        Exception e = failure("boinc:team/get", Map.of("CamelBoinc.teamId", List.of(1, 2)), Exception.class);
        assertTrue(e.getMessage().contains("teamId"), e.getMessage());
        assertEquals(0, emulator().ledger().count());
        assertFalse(e.getMessage().isBlank());
    }
}
