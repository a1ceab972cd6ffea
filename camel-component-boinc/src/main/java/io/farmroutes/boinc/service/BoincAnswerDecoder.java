package io.farmroutes.boinc.service;

import io.farmroutes.boinc.BoincError;
import io.farmroutes.boinc.BoincException;
import io.farmroutes.boinc.BoincFailure;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.util.Redaction;
import io.farmroutes.spi.xml.BodyText;
import io.farmroutes.spi.xml.SafeXml;
import io.farmroutes.spi.xml.XmlNode;
import io.farmroutes.spi.xml.XmlRepair;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a BOINC answer (specs/boinc.md §4–§6): redirects, HTML pages, HTTP 500s and 200-with-error
 * documents become {@link BoincException}s; XML is decoded from its real bytes and mended when the server
 * wrote it without escaping.
 */
final class BoincAnswerDecoder {

    /** Leaf elements the server fills with raw text (§6). */
    private static final List<String> FREE_TEXT = List.of("name", "user_friendly_name", "platform_name", "country",
            "venue", "terms_of_use", "domain_name", "p_vendor", "p_model", "os_name", "os_version", "content",
            "threadtitle", "title", "error_msg");
    private static final Pattern REDIRECT_ARG = Pattern.compile("(extra|missing)_arg_([A-Za-z0-9_]+)\\.html");
    private static final Pattern BAD_PARAMETER = Pattern.compile("missing or bad parameter:\\s*([A-Za-z0-9_]+)");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private BoincAnswerDecoder() {
    }

    static Object decode(OperationDescriptor op, HttpResult answer, String endpoint) {
        int status = answer.status();
        if (answer.isRedirect()) {
            throw redirect(endpoint, answer.header("Location").orElse(""));
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new TransportException(endpoint, "the gateway answered HTTP " + status, status, true, null);
        }
        if (status >= 500) {
            throw new BoincException(endpoint, BoincFailure.SERVER_ERROR, null, "HTTP " + status
                    + " from the script (a fatal server-side error, such as a duplicate user name or a bad key;"
                    + " repeating the call will not help)", null, null, false);
        }
        if (status >= 400) {
            throw new TransportException(endpoint, "HTTP " + status + " from the server", status, false, null);
        }
        String text = BodyText.decode(answer.body(), answer.charset());
        String content = SafeXml.stripDeclaration(text).strip();
        if (content.isEmpty()) {
            throw new MalformedResponseException(endpoint, "the server sent an empty answer", null, null);
        }
        if (content.regionMatches(true, 0, "deprecated", 0, "deprecated".length())) {
            throw new BoincException(endpoint, BoincFailure.NOT_SUPPORTED, null,
                    "this server no longer offers the RPC (it answered 'deprecated')", null, null, false);
        }
        if (looksLikeHtml(content)) {
            throw htmlPage(op, endpoint, content);
        }
        if (!content.startsWith("<")) {
            throw new MalformedResponseException(endpoint, "the answer is neither XML nor HTML",
                    BodyText.excerpt(content, 200), null);
        }
        XmlNode root = parseLeniently(content, endpoint);
        if ("error".equals(root.name())) {
            throw errorDocument(endpoint, root);
        }
        return op.resultReader().read(new BoincDocument(root, content, endpoint));
    }

    private static XmlNode parseLeniently(String content, String endpoint) {
        try {
            return SafeXml.parse(content, endpoint);
        } catch (MalformedResponseException strictFailure) {
            if (!SafeXml.isRepairable(strictFailure) || content.contains("<!DOCTYPE")
                    || content.contains("<!ENTITY")) {
                throw strictFailure;
            }
            try {
                return SafeXml.parse(XmlRepair.repair(content, FREE_TEXT), endpoint);
            } catch (MalformedResponseException stillBroken) {
                throw strictFailure;
            }
        }
    }

    private static BoincException errorDocument(String endpoint, XmlNode root) {
        String numberText = root.childText("error_num");
        String message = root.childText("error_msg");
        Integer number;
        try {
            number = numberText == null ? null : Integer.valueOf(numberText.strip());
        } catch (NumberFormatException e) {
            number = null;
        }
        String msg = message == null ? "" : message;
        BoincFailure failure = BoincFailure.ERROR_DOCUMENT;
        String parameter = null;
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.equals("not supported") || lower.equals("nope")) {
            failure = BoincFailure.NOT_SUPPORTED;
            msg = msg + " (the server code no longer offers this RPC)";
        } else {
            Matcher bad = BAD_PARAMETER.matcher(msg);
            if (bad.find()) {
                parameter = bad.group(1);
            }
        }
        boolean transientFailure = number != null && BoincError.of(number).isTransient();
        return new BoincException(endpoint, failure, number, msg, parameter, null, transientFailure);
    }

    private static BoincException redirect(String endpoint, String rawLocation) {
        String location = Redaction.redactQuery(rawLocation);
        Matcher arg = REDIRECT_ARG.matcher(location);
        if (arg.find()) {
            boolean unknown = "extra".equals(arg.group(1));
            String parameter = arg.group(2);
            return new BoincException(endpoint, BoincFailure.INVALID_PARAMETER, null, unknown
                    ? "the script does not accept the parameter '" + parameter + "' (redirected to " + location + ")"
                    : "the parameter '" + parameter + "' is missing or not a number (redirected to " + location + ")",
                    parameter, location, false);
        }
        if (location.contains("non_num_arg")) {
            return new BoincException(endpoint, BoincFailure.INVALID_PARAMETER, null,
                    "a numeric parameter was not a number (redirected to " + location + ")", null, location, false);
        }
        if (location.contains("login_form")) {
            return new BoincException(endpoint, BoincFailure.LOGIN_REQUIRED, null,
                    "the project requires login for this script (redirected to " + location + ")", null, location,
                    false);
        }
        return new BoincException(endpoint, BoincFailure.REDIRECT, null, "redirected to " + location, null, location,
                false);
    }

    private static boolean looksLikeHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || (head.startsWith("<!doctype") && head.contains("html"));
    }

    private static BoincException htmlPage(OperationDescriptor op, String endpoint, String html) {
        String words = TAGS.matcher(html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " "))
                .replaceAll(" ").replaceAll("&nbsp;", " ").replaceAll("\\s+", " ").strip();
        String message = words.length() > 300 ? words.substring(0, 300) + "…" : words;
        Matcher bad = BAD_PARAMETER.matcher(words);
        if (bad.find()) {
            return new BoincException(endpoint, BoincFailure.INVALID_PARAMETER, null, message, bad.group(1), null,
                    false);
        }
        // an HTML page from a read script means the project is stopped or its database is down: transient
        boolean transientFailure = op.readOnly();
        return new BoincException(endpoint, BoincFailure.HTML_PAGE, null,
                "the server answered with an HTML page instead of XML: " + message, null, null, transientFailure);
    }
}
