package org.secondopinion.web.api;

/** The descriptions the OpenAPI document gives the problem responses every resource shares. */
final class ApiDocs {

    static final String INVALID = "The body or a parameter is invalid, or the body names a field the operation does"
            + " not take: a problem naming each field (on a POST also a malformed Idempotency-Key)";
    static final String UNAUTHORIZED = "Not signed in";
    static final String FORBIDDEN = "Signed in without the role the operation needs";
    static final String NOT_FOUND = "No such record";
    static final String CONFLICT = "Changed by someone else since the version read, or locked (on a POST also: the"
            + " request with the same Idempotency-Key still runs)";
    static final String REFUSED = "A business rule refused it: a problem naming the field (on a POST also: the"
            + " Idempotency-Key was used for another request)";
    static final String UNAVAILABLE = "The database cannot be reached just now; nothing was done: send the request"
            + " again after the seconds Retry-After gives";
    static final String RETRY_AFTER = "Seconds to wait before sending the request again";
    static final String TOO_LARGE = "The file is larger than configured";
    static final String IDEMPOTENCY_KEY = "Optional, on every POST: 1 to 255 printable ASCII characters chosen by the"
            + " caller (a UUID), kept 24 hours at least. A repeat with the same key and the same request (method, path,"
            + " query, body) gets the first successful answer again, with Idempotent-Replayed: true, and writes"
            + " nothing; the same key with another request is a 422, a repeat while the first still runs a 409, an"
            + " invalid key a 400 (problem details naming the header). Refused and failed answers are not kept.";

    private ApiDocs() {
    }
}
