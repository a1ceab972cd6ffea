package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.Params;
import java.util.Set;

/**
 * $_GET or $_POST read through BOINC's get_str / get_int / post_int / post_str, with their quirks:
 * the last of repeated names wins, "" and "0" count as missing strings, and a value whose bytes are
 * not UTF-8 kills the script (HTTP 500) when the script reads it.
 */
final class PhpInput {

    private final BoincCall call;
    private final Params params;
    private final boolean post;

    PhpInput(BoincCall call, Params params, boolean post) {
        this.call = call;
        this.params = params;
        this.post = post;
    }

    boolean has(String name) {
        return params.has(name);
    }

    Set<String> names() {
        return params.names();
    }

    /** The value as PHP sees it, or null; non-UTF-8 bytes end the script with HTTP 500. */
    String raw(String name) {
        if (!params.has(name)) {
            return null;
        }
        if (!params.isValidUtf8(name)) {
            // The database rejects the bytes and the script dies with a fatal error.
            throw call.fatal();
        }
        return params.last(name).orElse(null);
    }

    /** get_str($name): required; missing, "" or "0" give "missing or bad parameter: name". */
    String str(String name) {
        String value = raw(name);
        if (!Php.truthy(value)) {
            throw call.errorPage("missing or bad parameter: " + name);
        }
        return value;
    }

    /** get_str($name, true): the value as sent, or null. */
    String optStr(String name) {
        return raw(name);
    }

    /** get_int($name): required; a missing or non-numeric value redirects to missing_arg_name.html. */
    long reqInt(String name) {
        String value = raw(name);
        if (!Php.isNumeric(value)) {
            throw call.redirect("missing_arg_" + name + ".html");
        }
        return Php.toInt(value);
    }

    /** get_int($name, true): null when absent or empty; a non-numeric value redirects to non_num_arg.html. */
    Long optInt(String name) {
        String value = raw(name);
        if (!Php.isNumeric(value)) {
            if (Php.truthy(value)) {
                throw call.redirect("non_num_arg.html");
            }
            return null;
        }
        return Php.toInt(value);
    }

    /** post_int($name): required; failure is an error page naming what was supplied. */
    long postInt(String name) {
        String value = raw(name);
        if (!Php.isNumeric(value)) {
            throw call.errorPage("missing or bad parameter: " + name + "; supplied: "
                    + Php.htmlspecialchars(value == null ? "" : value));
        }
        return Php.toInt(value);
    }

    /** Checkbox semantics: present and non-empty is on, anything else off. */
    boolean checkbox(String name) {
        String value = raw(name);
        return value != null && !value.isEmpty();
    }

    boolean isPost() {
        return post;
    }
}
