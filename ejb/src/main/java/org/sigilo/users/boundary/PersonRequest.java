package org.sigilo.users.boundary;

import java.util.List;

/**
 * A new person: user name, what certificates print (display name, job title), an email address
 * (optional), role codes, and optionally the first password. Without one Sigilo makes a one-time
 * password and answers it once. Either way it must be changed at first sign-in.
 */
public record PersonRequest(
    String username,
    String displayName,
    String jobTitle,
    String email,
    List<String> roles,
    String password) {}
