package org.sigilo.users.boundary;

/**
 * A person given a password by an admin (a new account, a reset). {@code oneTimePassword} is the
 * password Sigilo made, shown this once and stored nowhere in clear; null when the admin typed one.
 */
public record PasswordIssued(PersonView person, String oneTimePassword) {}
