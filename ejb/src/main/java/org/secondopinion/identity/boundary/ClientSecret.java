package org.secondopinion.identity.boundary;

import org.secondopinion.identity.entity.ApiClient;

/** A client with the secret just made for it: the only moment the secret exists outside the client. */
public record ClientSecret(ApiClient client, String secret) {

    @Override
    public String toString() {
        return "ClientSecret[" + client.getClientId() + "]";
    }
}
