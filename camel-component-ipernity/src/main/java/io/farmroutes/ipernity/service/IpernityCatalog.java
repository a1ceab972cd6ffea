package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.model.AuthToken;
import io.farmroutes.ipernity.model.Frob;
import io.farmroutes.ipernity.model.MethodResult;
import io.farmroutes.ipernity.model.TicketReport;
import io.farmroutes.ipernity.model.UploadTicket;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.List;

import static io.farmroutes.spi.operation.ParamType.BINARY;
import static io.farmroutes.spi.operation.ParamType.BOOLEAN;
import static io.farmroutes.spi.operation.ParamType.DOUBLE;
import static io.farmroutes.spi.operation.ParamType.INT;
import static io.farmroutes.spi.operation.ParamType.MAP;
import static io.farmroutes.spi.operation.ParamType.STRING;
import static io.farmroutes.spi.operation.ParamType.STRING_LIST;
import static io.farmroutes.spi.operation.ParameterDescriptor.param;

/**
 * The ipernity operations (specs/ipernity.md §8) as descriptors. The composed ones send their parts as
 * variants of these descriptors (a GET or POST of call/{method}, one 50-ticket checkTickets request).
 */
public final class IpernityCatalog {

    public static final String CALL_API = "call";
    public static final String CALL_ENDPOINT = "call/{method}";
    public static final String METHOD_PARAM = "method";
    public static final String PARAMETERS_PARAM = "parameters";

    public static final String CHECK_TICKETS_ENDPOINT = "upload/checkTickets";
    static final String CHECK_TICKETS = CHECK_TICKETS_ENDPOINT;
    /** Hint: the ipernity method name of a fixed operation. */
    static final String METHOD_HINT = "method";
    /** Hint: the operation sends a file as multipart/form-data. */
    static final String MULTIPART_HINT = "multipart";
    /** At most this many tickets per upload.checkTickets request (spec §8.7). */
    public static final int TICKETS_PER_CALL = 50;

    private IpernityCatalog() {
    }

    /** The endpoints users write, as published in endpoints.json. */
    public static OperationCatalog publicCatalog() {
        return new OperationCatalog("ipernity", null, List.of(
                checkTickets("checkTickets").readOnly().build(),
                upload("file", "upload.file")
                        .description("Upload a photo, video or document (multipart; the file is streamed from the"
                                + " body: File, Path, InputStream or byte[]). Returns the ticket. Never retried.")
                        .param(param("title", STRING).in(ParamLocation.MULTIPART).doc("The document's title."))
                        .param(param("description", STRING).in(ParamLocation.MULTIPART)
                                .doc("The description; some HTML is allowed."))
                        .param(param("createdAt", STRING).wire("created_at").in(ParamLocation.MULTIPART)
                                .dateTime("uuuu-MM-dd HH:mm:ss")
                                .doc("Creation date, overriding the EXIF date (YYYY-MM-DD HH:MM:SS)."))
                        .param(param("license", INT).in(ParamLocation.MULTIPART).doc("License code."))
                        .param(param("isPublic", BOOLEAN).wire("is_public").in(ParamLocation.MULTIPART)
                                .doc("Visible to everyone."))
                        .param(param("isFamily", BOOLEAN).wire("is_family").in(ParamLocation.MULTIPART)
                                .doc("Visible to family."))
                        .param(param("isFriend", BOOLEAN).wire("is_friend").in(ParamLocation.MULTIPART)
                                .doc("Visible to friends."))
                        .param(param("safety", INT).range(1, 3).in(ParamLocation.MULTIPART)
                                .doc("1 all audiences, 2 not for all, 3 adults only."))
                        .param(param("keywords", STRING).in(ParamLocation.MULTIPART).doc("Keyword tags."))
                        .param(param("albumId", STRING).wire("album_id").in(ParamLocation.MULTIPART)
                                .doc("Add the document to this album."))
                        .param(param("memberIds", STRING_LIST).wire("member_ids").in(ParamLocation.MULTIPART)
                                .doc("Members to tag (comma-separated on the wire)."))
                        .param(param("permComment", INT).wire("perm_comment").in(ParamLocation.MULTIPART)
                                .doc("Who may comment."))
                        .param(param("permTag", INT).wire("perm_tag").in(ParamLocation.MULTIPART)
                                .doc("Who may add tags."))
                        .param(param("permTagme", INT).wire("perm_tagme").in(ParamLocation.MULTIPART)
                                .doc("Who may tag members."))
                        .param(param("lng", DOUBLE).in(ParamLocation.MULTIPART)
                                .doc("Longitude in decimal degrees; -999 with lat -999 forces no geolocation."))
                        .param(param("lat", DOUBLE).in(ParamLocation.MULTIPART)
                                .doc("Latitude in decimal degrees; -999 with lng -999 forces no geolocation."))
                        .param(param("dir", INT).in(ParamLocation.MULTIPART)
                                .doc("Orientation: 1 up, 3 down, 6 left (90° ccw), 8 right (90° cw)."))
                        .build(),
                upload("replace", "upload.replace")
                        .description("Replace a document's file (multipart, streamed like upload/file). Returns"
                                + " the new ticket. Never retried.")
                        .param(param("docId", STRING).wire("doc_id").required().in(ParamLocation.MULTIPART)
                                .doc("The document to replace."))
                        .build(),
                OperationDescriptor.builder("auth", "getFrob")
                        .description("A new single-use frob for the desktop authorization flow.")
                        .http("GET", "auth.getFrob/json")
                        .hint(METHOD_HINT, "auth.getFrob")
                        .param(apiKey(ParamLocation.QUERY))
                        .result(Frob.class, IpernityReaders::frob)
                        .retrySafe(true).build(),
                OperationDescriptor.builder("auth", "getToken")
                        .description("Exchange an approved frob for a token, its permissions and its user. A frob"
                                + " is single use: a repeat fails with code 2.")
                        .http("GET", "auth.getToken/json")
                        .hint(METHOD_HINT, "auth.getToken")
                        .param(apiKey(ParamLocation.QUERY))
                        .param(param("frob", STRING).required().doc("The frob the user approved."))
                        .param(param("extra", STRING).doc("'pref' adds the user's preferences."))
                        .result(AuthToken.class, IpernityReaders::authToken)
                        .retrySafe(true).build(),
                OperationDescriptor.builder("auth", "checkToken")
                        .description("The token's permissions and user; error 107 when it is no longer valid.")
                        .http("GET", "auth.checkToken/json")
                        .hint(METHOD_HINT, "auth.checkToken")
                        .param(apiKey(ParamLocation.QUERY))
                        .param(authToken(ParamLocation.QUERY).required())
                        .param(param("extra", STRING).doc("'pref' adds the user's preferences."))
                        .result(AuthToken.class, IpernityReaders::authToken)
                        .retrySafe(true).readOnly().build(),
                call("{method}", "GET", false)));
    }

    private static OperationDescriptor.Builder checkTickets(String method) {
        return OperationDescriptor.builder("upload", method)
                .description("The progress of upload tickets: done (with doc id), invalid, or pending with an"
                        + " eta in seconds. More than 50 tickets are split into several calls and merged.")
                .http("GET", "upload.checkTickets/json")
                .hint(METHOD_HINT, "upload.checkTickets")
                .param(apiKey(ParamLocation.QUERY))
                .param(authToken(ParamLocation.QUERY).required())
                .param(param("tickets", STRING_LIST).required().doc("The ticket ids."))
                .result(TicketReport.class, IpernityReaders::ticketReport)
                .retrySafe(true);
    }

    private static OperationDescriptor.Builder upload(String method, String wireMethod) {
        return OperationDescriptor.builder("upload", method)
                .http("POST", wireMethod + "/json")
                .hint(METHOD_HINT, wireMethod)
                .hint(MULTIPART_HINT, "true")
                .param(apiKey(ParamLocation.MULTIPART))
                .param(authToken(ParamLocation.MULTIPART).required())
                .param(param("file", BINARY).required().in(ParamLocation.CLIENT)
                        .doc("The file: a File, Path, InputStream or byte[] (usually the message body)."))
                .param(param("fileName", STRING).in(ParamLocation.CLIENT)
                        .doc("The file name sent with the part; defaults to the File's or Path's name."))
                .param(param("contentType", STRING).in(ParamLocation.CLIENT)
                        .doc("The part's content type; defaults to a guess from the file name."))
                .param(param("async", BOOLEAN).in(ParamLocation.MULTIPART)
                        .doc("true: answer at once; false: wait until the file is processed."))
                .result(UploadTicket.class, IpernityReaders::uploadTicket)
                .retrySafe(false);
    }

    /**
     * @param method     the method segment of the endpoint name
     * @param verb       the descriptor's verb (the generic public entry decides per call)
     * @param retrySafe  whether the engine may repeat it
     */
    private static OperationDescriptor call(String method, String verb, boolean retrySafe) {
        return OperationDescriptor.builder(CALL_API, method)
                .description("Any other ipernity method, e.g. ipernity:call/doc.get?param.doc_id=1234: parameters"
                        + " passed through, signed. Methods that modify data are POSTed (and never retried),"
                        + " others sent as GET (retried after transient errors).")
                .http(verb, "{method}/json")
                .param(param(METHOD_PARAM, STRING).required().in(ParamLocation.CLIENT)
                        .doc("The method name; taken from the endpoint URI."))
                .param(param(PARAMETERS_PARAM, MAP).in(ParamLocation.CLIENT)
                        .doc("The method's parameters by wire name (URI: param.<name>=<value>)."))
                .param(apiKey(ParamLocation.CLIENT))
                .param(authToken(ParamLocation.CLIENT).doc("The user's token, for authenticated methods."))
                .param(param("httpMethod", STRING).in(ParamLocation.CLIENT)
                        .doc("GET or POST; by default POST for methods whose name ends in a write verb"
                                + " (add, set, delete …)."))
                .result(MethodResult.class, IpernityReaders::methodResult)
                .retrySafe(retrySafe).build();
    }

    private static ParameterDescriptor.Builder apiKey(ParamLocation location) {
        return param("apiKey", STRING).wire("api_key").required().credential().in(location)
                .doc("The application's API key; defaults to the component option apiKey.");
    }

    private static ParameterDescriptor.Builder authToken(ParamLocation location) {
        return param("authToken", STRING).wire("auth_token").secret().credential().in(location)
                .doc("The user's token; defaults to the component option authToken.");
    }
}
