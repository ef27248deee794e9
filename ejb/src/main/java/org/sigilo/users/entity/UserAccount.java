package org.sigilo.users.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who may sign in. Invariants, kept by the constructor and every change: the user name is
 * 1-64 letters, digits, dots, dashes, underscores or @; display name and job title are 1-128
 * characters (certificates print them); the email, when there is one, looks like an address; there
 * is at least one role; and the password is only ever held as a salted hash (see {@code
 * PasswordHasher}). A password someone else chose (a new account, a reset) must be changed by its
 * owner at their next sign-in. A disabled account cannot sign in; it is never deleted, because the
 * audit trail and certificates name it.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount {

  public static final String ALL = "UserAccount.all";

  /** What a user name may be: also safe in an audit target, a URL path and a log line. */
  public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** An address with one @, something before it and a dotted domain after it, no spaces. */
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  public static final int MAX_NAME = 128;
  public static final int MAX_EMAIL = 254;

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 128)
  private String displayName;

  @Column(name = "job_title", nullable = false, length = 128)
  private String jobTitle;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "disabled", nullable = false)
  private boolean disabled;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** The language chosen with the portal's switch, as a language tag; null: the browser decides. */
  @Column(name = "preferred_language", length = 35)
  private String preferredLanguage;

  protected UserAccount() {}

  /**
   * A new account. {@code mustChangePassword}: the password was chosen by someone other than its
   * owner (an admin, the bootstrap), so the owner replaces it at first sign-in.
   */
  public UserAccount(
      String username,
      String displayName,
      String jobTitle,
      String email,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt,
      boolean mustChangePassword) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.");
    }
    this.username = username;
    describe(displayName, jobTitle, email);
    changeRoles(roles);
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.passwordChangedAt = createdAt;
    this.mustChangePassword = mustChangePassword;
  }

  /** Changes what certificates print and how to reach the person; the same rules as at creation. */
  public void describe(String displayName, String jobTitle, String email) {
    if (displayName == null || displayName.isBlank() || displayName.length() > MAX_NAME) {
      throw new IllegalArgumentException("A display name has 1 to 128 characters.");
    }
    if (jobTitle == null || jobTitle.isBlank() || jobTitle.length() > MAX_NAME) {
      throw new IllegalArgumentException("A job title has 1 to 128 characters.");
    }
    if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
      throw new IllegalArgumentException("An email address looks like name@example.org.");
    }
    this.displayName = displayName;
    this.jobTitle = jobTitle;
    this.email = email;
  }

  /** Replaces the roles; an account always keeps at least one. */
  public void changeRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role.");
    }
    this.roles = EnumSet.copyOf(newRoles);
  }

  /**
   * A new password hash. {@code chosenByOwner}: the person typed it themselves (self-service),
   * which ends the duty to change it; otherwise (a reset) that duty starts again.
   */
  public void changePassword(String newHash, boolean chosenByOwner, Instant when) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    this.passwordChangedAt = Objects.requireNonNull(when, "when");
    this.mustChangePassword = !chosenByOwner;
  }

  public void disable() {
    this.disabled = true;
  }

  public void enable() {
    this.disabled = false;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String jobTitle() {
    return jobTitle;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public boolean disabled() {
    return disabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isActiveAdmin() {
    return !disabled && roles.contains(Role.ADMIN);
  }

  public Optional<String> preferredLanguage() {
    return Optional.ofNullable(preferredLanguage);
  }

  public void preferLanguage(String languageTag) {
    this.preferredLanguage = languageTag;
  }
}
