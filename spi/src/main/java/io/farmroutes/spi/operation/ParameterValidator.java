package io.farmroutes.spi.operation;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a call's parameters against its descriptor before anything is sent: unknown names (with the
 * nearest valid ones), types, credentials supplied by component options, required and one-of rules, and
 * defaults (applied last, so that a default never satisfies a one-of rule).
 */
public final class ParameterValidator {

    private ParameterValidator() {
    }

    /**
     * @param endpoint    the endpoint as users write it, for messages (e.g. {@code boinc:account/lookup})
     * @param given       the call's parameters by name, already merged by precedence
     * @param credentials values of the component's credential options, by parameter name (null or empty: unset)
     * @return the typed parameters, in declaration order
     */
    public static Map<String, Object> validate(String endpoint, OperationDescriptor op, Map<String, ?> given,
                                               Map<String, ?> credentials) {
        rejectUnknown(endpoint, op, given.keySet());
        Map<String, Object> typed = new LinkedHashMap<>();
        for (ParameterDescriptor p : op.parameters()) {
            Object raw = given.get(p.name());
            if (raw != null) {
                typed.put(p.name(), ParameterConverter.convert(endpoint, p, raw));
            }
        }
        for (ParameterDescriptor p : op.parameters()) {
            if (p.credential() && !typed.containsKey(p.name()) && !groupAlreadySatisfied(op, p.name(), typed)) {
                Object fromOption = credentials.get(p.name());
                // an option left empty is as good as unset
                if (fromOption != null && !"".equals(fromOption)) {
                    typed.put(p.name(), ParameterConverter.convert(endpoint, p, fromOption));
                }
            }
        }
        for (ParameterDescriptor p : op.parameters()) {
            if (p.required() && !typed.containsKey(p.name())) {
                throw new InvalidParameterException(endpoint, p.name(), "is required" + (p.credential()
                        ? " (give it on the endpoint, as a header, or as the component option " + p.name() + ")"
                        : ""));
            }
        }
        for (ParameterDescriptor p : op.parameters()) {
            // written as text (a comma list, repeated fields) an empty list is an empty or absent field, which
            // services read as malformed or missing; a JSON array can say "none" and may be empty
            if (p.required() && p.type().isList() && p.location() != ParamLocation.JSON_BODY
                && typed.get(p.name()) instanceof java.util.Collection<?> items && items.isEmpty()) {
                throw new InvalidParameterException(endpoint, p.name(), "is required and may not be empty");
            }
        }
        for (List<String> group : op.oneOfGroups()) {
            if (group.stream().noneMatch(typed::containsKey)) {
                throw new InvalidParameterException(endpoint, String.join("' or '", group),
                        "is required: give at least one of them");
            }
        }
        for (ParameterDescriptor p : op.parameters()) {
            if (p.defaultValue() != null && !typed.containsKey(p.name())) {
                typed.put(p.name(), ParameterConverter.convert(endpoint, p, p.defaultValue()));
            }
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (ParameterDescriptor p : op.parameters()) {
            if (typed.containsKey(p.name())) {
                ordered.put(p.name(), typed.get(p.name()));
            }
        }
        return ordered;
    }

    /** Fails on the first name the operation does not declare. */
    public static void rejectUnknown(String endpoint, OperationDescriptor op, Iterable<String> names) {
        for (String name : names) {
            if (op.parameter(name).isEmpty()) {
                List<String> valid = op.parameters().stream().map(ParameterDescriptor::name).toList();
                throw new InvalidParameterException(endpoint, name, "is not a parameter of this endpoint",
                        NameSuggester.nearest(name, valid));
            }
        }
    }

    private static boolean groupAlreadySatisfied(OperationDescriptor op, String name, Map<String, Object> typed) {
        for (List<String> group : op.oneOfGroups()) {
            if (group.contains(name) && group.stream().anyMatch(typed::containsKey)) {
                return true;
            }
        }
        return false;
    }
}
