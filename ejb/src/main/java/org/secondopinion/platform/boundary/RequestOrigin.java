package org.secondopinion.platform.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (client address), filled in by the web tier
 * for each HTTP request so the audit trail can record it. Outside an HTTP request
 * (timers, start-up) the request scope is not active and callers fall back to none.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String clientAddress() {
        return clientAddress;
    }

    public void clientAddress(String address) {
        this.clientAddress = address;
    }
}
