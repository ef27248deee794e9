package org.sigilo.users.boundary;

import java.time.Instant;
import java.util.List;
import org.sigilo.users.entity.Role;
import org.sigilo.users.entity.UserAccount;

/**
 * A person's account as admins see it (page and {@code /api/users}): never the password hash. Roles
 * are their codes, as the container checks them.
 */
public record PersonView(
    String username,
    String displayName,
    String jobTitle,
    String email,
    List<String> roles,
    boolean disabled,
    boolean mustChangePassword,
    Instant createdAt,
    Instant passwordChangedAt) {

  public static PersonView of(UserAccount account) {
    return new PersonView(
        account.username(),
        account.displayName(),
        account.jobTitle(),
        account.email().orElse(null),
        account.roles().stream().map(Role::code).toList(),
        account.disabled(),
        account.mustChangePassword(),
        account.createdAt(),
        account.passwordChangedAt());
  }
}
