package org.secondopinion.identity.boundary;

/**
 * A caller that is an API client, as the legal wall sees it: the law firm its scopes bind it to, or null when
 * none does (or the client is disabled), so that it sees no firm's cases.
 */
public record ClientFirm(String clientId, Long firmId) {
}
