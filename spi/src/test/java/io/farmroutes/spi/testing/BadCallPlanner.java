package io.farmroutes.spi.testing;

import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParameterDescriptor;
import io.farmroutes.spi.testing.BadCall.Form;
import io.farmroutes.spi.testing.BadCall.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives, from an operation's descriptor, the calls that must be refused: each required parameter (and each
 * one-of group) left out, each typed parameter given a wrong value, and misspelt and made-up option names.
 * Every other parameter of a call is valid, so a refusal can only be about the one at fault; cases that cannot
 * exist for an operation are counted in the tally with the reason.
 */
public final class BadCallPlanner {

    static final String MADE_UP_NAME = "zzNoSuchOption";

    private final BadCallTally tally;

    public BadCallPlanner(BadCallTally tally) {
        this.tally = tally;
    }

    public List<BadCall> plan(EndpointUnderTest target) {
        List<BadCall> calls = new ArrayList<>();
        missing(target, calls);
        mistyped(target, calls);
        unknown(target, calls);
        return calls;
    }

    private void missing(EndpointUnderTest target, List<BadCall> calls) {
        OperationDescriptor op = target.operation();
        boolean any = false;
        for (ParameterDescriptor p : op.parameters()) {
            if (!p.required()) {
                continue;
            }
            if (target.fromPath().contains(p.name())) {
                tally.skip(Kind.MISSING, "required but taken from the URI path");
                continue;
            }
            any = true;
            Map<String, Object> others = baseline(target, Set.of(p.name()));
            for (Form form : Form.values()) {
                calls.add(call(Kind.MISSING, form, target, List.of(p.name()), others, Map.of(), null,
                        "without " + p.name()));
            }
        }
        for (List<String> group : op.oneOfGroups()) {
            any = true;
            Map<String, Object> others = baseline(target, Set.copyOf(group));
            for (Form form : Form.values()) {
                calls.add(call(Kind.MISSING, form, target, group, others, Map.of(), null,
                        "without any of " + group));
            }
        }
        if (!any) {
            tally.skip(Kind.MISSING, "no required parameter");
        }
    }

    private void mistyped(EndpointUnderTest target, List<BadCall> calls) {
        boolean any = false;
        for (ParameterDescriptor p : target.operation().parameters()) {
            if (target.fromPath().contains(p.name())) {
                continue;
            }
            Map<String, Object> others = baseline(target, Set.of(p.name()));
            Optional<String> text = SampleValues.badText(p);
            if (text.isPresent()) {
                calls.add(call(Kind.MISTYPED, Form.URI, target, List.of(p.name()), others,
                        Map.of(p.name(), text.get()), null, p.name() + "=" + shorten(text.get())));
                any = true;
            } else {
                tally.skip(Kind.MISTYPED, "URI form: " + SampleValues.whyNoBadText(p));
            }
            Optional<Object> header = SampleValues.badHeader(p);
            if (header.isPresent()) {
                calls.add(call(Kind.MISTYPED, Form.HEADER, target, List.of(p.name()), others,
                        Map.of(p.name(), header.get()), null, p.name() + " header " + shorten(header.get())));
                any = true;
            } else {
                tally.skip(Kind.MISTYPED, "header form: " + SampleValues.whyNoBadText(p));
            }
        }
        if (!any) {
            tally.skip(Kind.MISTYPED, "no parameter at all");
        }
    }

    private void unknown(EndpointUnderTest target, List<BadCall> calls) {
        List<String> names = target.operation().parameters().stream().map(ParameterDescriptor::name)
                .filter(name -> !target.fromPath().contains(name)).toList();
        for (String real : names) {
            String misspelt = misspell(real, names);
            calls.add(call(Kind.UNKNOWN, Form.URI, target, List.of(misspelt), Map.of(), Map.of(misspelt, "1"), real,
                    misspelt + " for " + real));
        }
        if (names.isEmpty()) {
            tally.skip(Kind.UNKNOWN, "misspelling: no parameter to misspell");
        }
        calls.add(call(Kind.UNKNOWN, Form.URI, target, List.of(MADE_UP_NAME), Map.of(), Map.of(MADE_UP_NAME, "1"),
                null, MADE_UP_NAME));
    }

    /** Valid values for every required parameter and one member of each one-of group, except those left out. */
    private static Map<String, Object> baseline(EndpointUnderTest target, Set<String> leftOut) {
        OperationDescriptor op = target.operation();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterDescriptor p : op.parameters()) {
            if (p.required() && !leftOut.contains(p.name()) && !target.fromPath().contains(p.name())) {
                values.put(p.name(), SampleValues.valid(p));
            }
        }
        for (List<String> group : op.oneOfGroups()) {
            if (group.stream().noneMatch(leftOut::contains) && group.stream().noneMatch(values::containsKey)) {
                values.put(group.get(0), SampleValues.valid(op.parameter(group.get(0)).orElseThrow()));
            }
        }
        return values;
    }

    /**
     * Puts the valid parameters and the faulty one where the form says: a URI case sends everything URI text
     * can carry as options (the rest as headers); a header case sends everything as headers.
     */
    private static BadCall call(Kind kind, Form form, EndpointUnderTest target, List<String> parameter,
                                Map<String, Object> valid, Map<String, Object> faulty, String suggestion,
                                String description) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Object> headers = new LinkedHashMap<>();
        valid.forEach((name, value) -> {
            Optional<String> text = target.operation().parameter(name).flatMap(SampleValues::validText);
            if (form == Form.URI && text.isPresent()) {
                options.put(name, text.get());
            } else {
                headers.put(target.headerPrefix() + name, value);
            }
        });
        faulty.forEach((name, value) -> {
            if (form == Form.URI) {
                options.put(name, (String) value);
            } else {
                headers.put(target.headerPrefix() + name, value);
            }
        });
        StringBuilder uri = new StringBuilder(target.uriBase());
        String separator = target.uriBase().contains("?") ? "&" : "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            // RAW() keeps dates, commas and spaces as they are
            uri.append(separator).append(option.getKey()).append("=RAW(").append(option.getValue()).append(')');
            separator = "&";
        }
        return new BadCall(kind, form, target.label(), parameter, uri.toString(), headers, suggestion, description);
    }

    /** The real name with one letter changed, chosen so that it is no other real name. */
    static String misspell(String real, List<String> names) {
        int at = real.length() / 2;
        for (char replacement : new char[] {'q', 'x', 'j'}) {
            if (Character.toLowerCase(real.charAt(at)) == replacement) {
                continue;
            }
            String candidate = real.substring(0, at) + replacement + real.substring(at + 1);
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot misspell " + real);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
