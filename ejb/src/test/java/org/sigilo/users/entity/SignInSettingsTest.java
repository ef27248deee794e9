package org.sigilo.users.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInSettingsTest {

  private static final Instant NOW = Instant.parse("2026-12-08T00:30:00Z");

  @Test
  void localPasswordsCannotBeTurnedOffWithoutSingleSignOn() {
    SignInSettings settings = new SignInSettings(true);

    assertThrows(
        IllegalStateException.class, () -> settings.turnLocalPasswords(false, false, "admin", NOW));
    assertTrue(settings.localPasswordsEnabled(), "still on: nobody is locked out");
  }

  @Test
  void localPasswordsTurnOffWithSingleSignOnAndBackOnWithout() {
    SignInSettings settings = new SignInSettings(true);

    settings.turnLocalPasswords(false, true, "admin", NOW);
    assertFalse(settings.localPasswordsEnabled());
    assertEquals("admin", settings.changedBy());

    // turning them back on is always allowed, even after single sign-on went away
    settings.turnLocalPasswords(true, false, "admin", NOW);
    assertTrue(settings.localPasswordsEnabled());
  }
}
