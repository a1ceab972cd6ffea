package io.farmroutes.boinc.service;

import io.farmroutes.boinc.BoincConfiguration;
import io.farmroutes.spi.catalog.EndpointCatalogSource;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.RequestAssembler;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.engine.WireFormat;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** BOINC's Web RPCs for the engine: query-string requests, password hashing, RPC base discovery, XML answers. */
public final class BoincService implements ServiceDefinition<BoincConfiguration>, EndpointCatalogSource {

    private static final OperationCatalog CATALOG = BoincCatalog.create();

    /** Carries the computed hash from validation to assembly; not a parameter name, so never assembled twice. */
    private static final String PASSWORD_HASH_FIELD = "$password_hash";

    private final RpcBaseResolver rpcBases = new RpcBaseResolver();

    @Override
    public String serviceName() {
        return "BOINC";
    }

    @Override
    public OperationCatalog catalog() {
        return CATALOG;
    }

    @Override
    public Map<String, Object> credentials(BoincConfiguration config) {
        Map<String, Object> values = new HashMap<>();
        values.put("accountKey", config.getAccountKey());
        values.put("email", config.getEmail());
        values.put("password", config.getPassword());
        return values;
    }

    @Override
    public CompletableFuture<WireRequest> prepare(OperationDescriptor op, Map<String, Object> parameters,
                                                  BoincConfiguration config,
                                                  OperationInvoker<BoincConfiguration> invoker) {
        String label = "boinc:" + op.endpoint();
        String master = config.getProjectUrl();
        if (master == null || master.isBlank()) {
            throw new InvalidParameterException(label, "projectUrl",
                    "is required: set the project's master URL on the endpoint or as camel.component.boinc.projectUrl");
        }
        String masterUrl = RpcBaseResolver.withSlash(master.strip());
        Map<String, Object> wire = clientSideValues(label, op, parameters);
        CompletableFuture<String> base = op.hint(BoincCatalog.AT_MASTER_URL).isPresent() || !config.isDiscoverRpcBase()
                ? CompletableFuture.completedFuture(masterUrl)
                : rpcBases.baseFor(masterUrl, config, invoker);
        return base.thenApply(url -> {
            WireRequest request = RequestAssembler.assemble(op, wire, url, WireFormat.NUMERIC_BOOLEANS);
            addClientSideWireFields(wire, request);
            return request;
        });
    }

    /** Turns passwords into hashes, drops unticked checkboxes, normalises preference line breaks. */
    private static Map<String, Object> clientSideValues(String label, OperationDescriptor op,
                                                        Map<String, Object> parameters) {
        Map<String, Object> wire = new LinkedHashMap<>(parameters);
        switch (op.endpoint()) {
            case "account/create", "account/lookup" -> {
                Object password = wire.get("password");
                if (password != null && !wire.containsKey("passwordHash")) {
                    wire.put("passwordHash", PasswordHash.of((String) password, (String) wire.get("email")));
                }
            }
            case "account/update" -> accountUpdateHash(label, wire);
            default -> {
                // no client-side values
            }
        }
        op.hint(BoincCatalog.CHECKBOXES).ifPresent(names -> Arrays.stream(names.split(","))
                .filter(name -> Boolean.FALSE.equals(wire.get(name)))
                .forEach(wire::remove));
        for (String prefs : List.of("globalPrefs", "projectPrefs")) {
            if (wire.get(prefs) instanceof String xml) {
                // the server rejects preference documents without CRLF line breaks
                wire.put(prefs, xml.replace("\r\n", "\n").replace("\n", "\r\n"));
            }
        }
        return wire;
    }

    private static void accountUpdateHash(String label, Map<String, Object> wire) {
        String newEmail = (String) wire.get("newEmail");
        String newPassword = (String) wire.get("newPassword");
        if (newEmail == null && newPassword == null) {
            return;
        }
        String password = newPassword != null ? newPassword : (String) wire.get("password");
        String email = newEmail != null ? newEmail : (String) wire.get("email");
        if (password == null) {
            throw new InvalidParameterException(label, "password",
                    "is required to change the email address: the server needs md5(password + new email)");
        }
        if (email == null) {
            throw new InvalidParameterException(label, "email",
                    "is required to change the password: the server needs md5(new password + email)");
        }
        // 1.6 servers read this one as password_hash, not passwd_hash as the other scripts do
        wire.put(PASSWORD_HASH_FIELD, PasswordHash.of(password, email));
    }

    /** Wire fields that are not one parameter's value: the email-change hash, ignore-list buttons. */
    private static void addClientSideWireFields(Map<String, Object> wire, WireRequest request) {
        if (wire.get(PASSWORD_HASH_FIELD) instanceof String hash) {
            request.addForm("password_hash", hash);
        }
        if (wire.get("ignoreUser") != null) {
            request.addForm("add_user_to_filter", "1");
        }
        if (wire.get("unignoreUsers") instanceof List<?> ids) {
            for (Object id : ids) {
                request.addForm("remove" + id, "1");
            }
        }
    }

    @Override
    public Object decode(OperationDescriptor op, HttpResult answer, BoincConfiguration config, String endpoint) {
        return BoincAnswerDecoder.decode(op, answer, endpoint);
    }
}
