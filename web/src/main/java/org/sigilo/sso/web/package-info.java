/**
 * Single sign-on with the organization's OpenID Connect provider (issue #14): the portal's
 * authorization code flow (with PKCE, state and nonce), bearer tokens for API clients, and signing
 * out of the provider too. Sigilo's one authentication mechanism delegates here; every token is
 * checked with nimbus-jose-jwt against the provider's published keys. Off unless configured.
 */
package org.sigilo.sso.web;
