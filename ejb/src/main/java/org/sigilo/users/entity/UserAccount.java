package org.sigilo.users.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who may sign in. Invariants: the user name is 1-64 characters without spaces, there is
 * at least one role, and the password is only ever held as a salted hash (see {@code
 * PasswordHasher}).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 128)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** The language chosen with the portal's switch, as a language tag; null: the browser decides. */
  @Column(name = "preferred_language", length = 35)
  private String preferredLanguage;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new IllegalArgumentException(
          "A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role.");
    }
    this.username = username;
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Optional<String> preferredLanguage() {
    return Optional.ofNullable(preferredLanguage);
  }

  public void preferLanguage(String languageTag) {
    this.preferredLanguage = languageTag;
  }
}
