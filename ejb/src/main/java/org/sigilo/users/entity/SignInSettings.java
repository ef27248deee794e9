package org.sigilo.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How people may sign in: the one row of {@code sign_in_settings}. Invariant: local passwords can
 * only be turned off while single sign-on is configured, so that nobody is locked out of Sigilo
 * (with both off, no one could sign in to turn them back on).
 */
@Entity
@Table(name = "sign_in_settings")
public class SignInSettings {

  /** The id of the one row. */
  public static final short ID = 1;

  @Id
  @Column(name = "id")
  private short id;

  @Column(name = "local_passwords_enabled", nullable = false)
  private boolean localPasswordsEnabled;

  @Column(name = "changed_by", length = 64)
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected SignInSettings() {}

  /** Settings as a fresh installation has them: local passwords on. */
  public SignInSettings(boolean localPasswordsEnabled) {
    this.id = ID;
    this.localPasswordsEnabled = localPasswordsEnabled;
  }

  public boolean localPasswordsEnabled() {
    return localPasswordsEnabled;
  }

  /**
   * Turns local passwords on or off.
   *
   * @throws IllegalStateException turning them off while single sign-on is not configured
   */
  public void turnLocalPasswords(boolean on, boolean ssoConfigured, String by, Instant at) {
    if (!on && !ssoConfigured) {
      throw new IllegalStateException(
          "Local passwords cannot be turned off while single sign-on is not configured");
    }
    this.localPasswordsEnabled = on;
    this.changedBy = by;
    this.changedAt = at;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
