/**
 * A documented customer call: identity verification, consent, sensitive categories, secure-channel
 * redirection and the sealed confidential content.
 */
package org.sigilo.calls.entity;
