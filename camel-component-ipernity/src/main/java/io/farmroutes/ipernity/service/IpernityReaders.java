package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.Permission;
import io.farmroutes.ipernity.model.AuthToken;
import io.farmroutes.ipernity.model.Frob;
import io.farmroutes.ipernity.model.IpernityUser;
import io.farmroutes.ipernity.model.MethodResult;
import io.farmroutes.ipernity.model.Permissions;
import io.farmroutes.ipernity.model.TicketReport;
import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.ipernity.model.UploadTicket;
import io.farmroutes.spi.xml.BodyText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns the JSON answers of spec §6 into the typed models: numbers accepted as strings, single objects as lists. */
final class IpernityReaders {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private IpernityReaders() {
    }

    static Frob frob(Object payload) {
        JsonNode auth = member(root(payload), "auth");
        return new Frob(text(auth.get("frob")));
    }

    static AuthToken authToken(Object payload) {
        JsonNode auth = member(root(payload), "auth");
        // auth.getToken says "permissions", the auth.checkToken page says "perms"
        JsonNode perms = auth.has("permissions") ? auth.get("permissions") : auth.get("perms");
        Map<String, Permission> levels = new LinkedHashMap<>();
        if (perms != null && perms.isObject()) {
            perms.fields().forEachRemaining(e -> levels.put(e.getKey(), Permission.of(text(e.getValue()))));
        }
        JsonNode user = auth.get("user");
        IpernityUser who = user == null || !user.isObject() ? null
                : new IpernityUser(text(user.get("user_id")), text(user.get("username")), text(user.get("realname")));
        return new AuthToken(text(auth.get("token")), new Permissions(levels), who,
                others(auth, Set.of("token", "permissions", "perms", "user")));
    }

    static UploadTicket uploadTicket(Object payload) {
        JsonNode ticket = root(payload).get("ticket");
        if (ticket != null && ticket.isObject()) {
            // an XML-shaped answer, <ticket id="…"/>, maps to an object
            ticket = ticket.has("id") ? ticket.get("id") : ticket.get("_content");
        }
        String value = text(ticket);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the answer carries no ticket");
        }
        return new UploadTicket(value);
    }

    static TicketReport ticketReport(Object payload) {
        JsonNode tickets = member(root(payload), "tickets");
        List<TicketStatus> statuses = new ArrayList<>();
        for (JsonNode t : asList(tickets.get("ticket"))) {
            boolean done = flag(t.get("done"));
            statuses.add(new TicketStatus(text(t.get("id")), done, flag(t.get("invalid")),
                    done ? text(t.get("doc_id")) : null, number(t.get("eta")),
                    others(t, Set.of("id", "done", "invalid", "doc_id", "eta"))));
        }
        return new TicketReport((int) number(tickets.get("count")), (int) number(tickets.get("done")),
                (int) number(tickets.get("invalid")), (int) number(tickets.get("left")),
                number(tickets.get("eta")), statuses);
    }

    static MethodResult methodResult(Object payload) {
        Map<String, Object> members = JSON.convertValue(root(payload), MAP);
        members.remove("api");
        return new MethodResult(null, members);
    }

    private static JsonNode root(Object payload) {
        return (JsonNode) payload;
    }

    private static JsonNode member(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the answer has no '" + name + "' object");
        }
        return node;
    }

    private static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        return items;
    }

    private static Map<String, Object> others(JsonNode node, Set<String> known) {
        Map<String, Object> rest = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                rest.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
            }
        });
        return rest;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A number sent as a number or as a string; absent or blank counts as 0. */
    static long number(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (node.isNumber()) {
            return node.asLong();
        }
        String text = node.asText().strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notWhole) {
            try {
                return (long) Double.parseDouble(text);
            } catch (NumberFormatException notANumber) {
                // the JDK's message repeats the whole text, however long the server made it
                throw new IllegalArgumentException("expected a number but found \"" + BodyText.excerpt(text, 40)
                        + "\"");
            }
        }
    }

    private static boolean flag(JsonNode node) {
        return number(node) != 0;
    }
}
