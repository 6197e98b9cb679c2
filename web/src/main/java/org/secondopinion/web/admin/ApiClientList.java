package org.secondopinion.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.secondopinion.identity.boundary.ApiClients;
import org.secondopinion.identity.boundary.ClientSecret;
import org.secondopinion.identity.boundary.NewApiClient;
import org.secondopinion.identity.entity.ApiClient;
import org.secondopinion.legal.boundary.LegalFirms;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code admin/api-clients.xhtml}: the systems that call the API with OAuth 2.0 client
 * credentials. A secret just made is shown on this view until the next action, never again.
 */
@Named
@ViewScoped
public class ApiClientList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClients clients;

    @Inject
    LegalFirms legalFirms;

    @Inject
    PageMessages messages;

    private List<ApiClient> list;
    private List<String> allScopes;
    private String clientId;
    private String displayName;
    private List<String> scopes = new ArrayList<>();
    /** The law firm a client with legal scopes is bound to. */
    private Long firmId;
    private List<LegalFirm> firms;
    /** The client id and secret just made; shown once. */
    private String secretOf;
    private String secret;

    @PostConstruct
    void load() {
        list = clients.list();
        allScopes = clients.scopes();
        firms = legalFirms.list();
    }

    public void register() {
        // not required="true" on the checkboxes: PrimeFaces then writes an ARIA attribute axe-core refuses
        if (scopes == null || scopes.isEmpty()) {
            messages.error("apiClients.scopesRequired");
            return;
        }
        ClientSecret made = clients.register(new NewApiClient(clientId, displayName, new TreeSet<>(scopes),
                firmId));
        show(made);
        messages.info("apiClients.registered", made.client().getClientId());
        clientId = null;
        displayName = null;
        scopes = new ArrayList<>();
        firmId = null;
        load();
    }

    public void disable(ApiClient client) {
        forgetSecret();
        clients.disable(client.getId(), client.getVersion());
        messages.info("apiClients.disabled", client.getClientId());
        load();
    }

    public void enable(ApiClient client) {
        forgetSecret();
        clients.enable(client.getId(), client.getVersion());
        messages.info("apiClients.enabled", client.getClientId());
        load();
    }

    public void rotate(ApiClient client) {
        ClientSecret made = clients.rotateSecret(client.getId(), client.getVersion());
        show(made);
        messages.info("apiClients.rotated", client.getClientId());
        load();
    }

    private void show(ClientSecret made) {
        secretOf = made.client().getClientId();
        secret = made.secret();
    }

    private void forgetSecret() {
        secretOf = null;
        secret = null;
    }

    public String scopesOf(ApiClient client) {
        return String.join(" ", client.getScopes());
    }

    public List<ApiClient> getList() { return list; }
    public List<String> getAllScopes() { return allScopes; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public List<LegalFirm> getFirms() { return firms; }
    public Long getFirmId() { return firmId; }
    public void setFirmId(Long firmId) { this.firmId = firmId; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
    public String getSecretOf() { return secretOf; }
    public String getSecret() { return secret; }
}
