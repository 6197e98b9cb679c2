package org.secondopinion.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.secondopinion.platform.control.PlainText;

/**
 * What an administrator enters to register a machine client. A class, not a record:
 * Payara's OpenAPI generator fails on constraints that a record copies onto its constructor.
 */
public class NewApiClient {

    @NotBlank
    @Size(min = 3, max = 80)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
            message = "may contain only lower-case letters, digits, dot, dash and underscore")
    @PlainText("Client id")
    private String clientId;

    @NotBlank
    @Size(max = 200)
    @PlainText("Display name")
    private String displayName;

    @NotEmpty(message = "must name at least one scope")
    private Set<String> scopes;

    /** The law firm a client with legal scopes is bound to (required with them, refused without them). */
    private Long firmId;

    public NewApiClient() {
    }

    public NewApiClient(String clientId, String displayName, Set<String> scopes) {
        this(clientId, displayName, scopes, null);
    }

    public NewApiClient(String clientId, String displayName, Set<String> scopes, Long firmId) {
        this.clientId = clientId;
        this.displayName = displayName;
        this.scopes = scopes;
        this.firmId = firmId;
    }

    public Long getFirmId() {
        return firmId;
    }

    public void setFirmId(Long firmId) {
        this.firmId = firmId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<String> getScopes() {
        return scopes;
    }

    public void setScopes(Set<String> scopes) {
        this.scopes = scopes;
    }
}
