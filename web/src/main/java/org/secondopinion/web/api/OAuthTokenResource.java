package org.secondopinion.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.secondopinion.identity.boundary.ApiTokens;
import org.secondopinion.identity.boundary.TokenRefused;
import org.secondopinion.identity.control.AccessTokens;

/**
 * The OAuth 2.0 token endpoint (RFC 6749 section 4.4, client credentials). The container lets
 * anyone reach it; the client proves itself with HTTP Basic {@code client_id:secret} and gets a
 * bearer token for 15 minutes. Errors are RFC 6749 section 5.2 objects, not problem details,
 * because OAuth client libraries read those.
 */
@Path("oauth/token")
@RequestScoped
@PermitAll
public class OAuthTokenResource {

    @Inject
    ApiTokens tokens;

    /** A token answer (RFC 6749 section 5.1). */
    @JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn", "scope"})
    public record TokenView(@JsonbProperty("access_token") String accessToken,
                            @JsonbProperty("token_type") String tokenType,
                            @JsonbProperty("expires_in") long expiresIn,
                            @JsonbProperty("scope") String scope) {
    }

    /** An error answer (RFC 6749 section 5.2). */
    @JsonbPropertyOrder({"error", "errorDescription"})
    public record TokenError(@JsonbProperty("error") String error,
                             @JsonbProperty("error_description") String errorDescription) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "An access token for a registered API client (OAuth 2.0 client credentials)",
            description = "HTTP Basic client_id:secret; form grant_type=client_credentials and an optional scope "
                    + "(space-separated, a subset of the client's). Send the token as 'Authorization: Bearer'.")
    @APIResponse(responseCode = "200", description = "The token, valid for 15 minutes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or invalid_scope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client: unknown or disabled client, or wrong secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class)))
    public Response token(@HeaderParam("Authorization") String authorization,
                          @FormParam("grant_type") String grantType, @FormParam("scope") String scope) {
        String[] credentials = clientCredentials(authorization);
        if (credentials == null) {
            return error(new TokenRefused(TokenRefused.INVALID_CLIENT,
                    "Authenticate the client with HTTP Basic client_id:secret."));
        }
        char[] secret = credentials[1].toCharArray();
        try {
            AccessTokens.Issued issued = tokens.grant(credentials[0], secret, grantType, scope);
            return Response.ok(new TokenView(issued.token(), "Bearer", issued.expiresInSeconds(), issued.scope()))
                    .type(MediaType.APPLICATION_JSON)
                    .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
        } catch (TokenRefused refused) {
            return error(refused);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Client id and secret of a Basic header (RFC 6749 section 2.3.1: each form-urlencoded), or null. */
    static String[] clientCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return null;
            }
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Response error(TokenRefused refused) {
        boolean client = TokenRefused.INVALID_CLIENT.equals(refused.error());
        Response.ResponseBuilder response = Response.status(client ? 401 : 400)
                .type(MediaType.APPLICATION_JSON)
                .entity(new TokenError(refused.error(), refused.getMessage()))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
        if (client) {
            response.header("WWW-Authenticate", "Basic realm=\"Second Opinion\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
