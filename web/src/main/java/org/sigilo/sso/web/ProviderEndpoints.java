package org.sigilo.sso.web;

/**
 * Where the provider does what (from its discovery document).
 *
 * @param endSessionEndpoint where the provider's own session ends (RP-Initiated Logout); null when
 *     the provider has none, and then sign-out ends Sigilo's session only
 */
public record ProviderEndpoints(
    String authorizationEndpoint,
    String tokenEndpoint,
    String endSessionEndpoint,
    String jwksUri) {}
