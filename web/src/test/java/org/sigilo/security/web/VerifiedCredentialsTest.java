package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();
  private final VerifiedCredentials credentials = new VerifiedCredentials(clock);

  @Test
  void justVerifiedCredentialsAreRecalledWithTheirGroups() {
    credentials.remember("legal", "legal-demo", "legal", Set.of("legal"), "v1");
    var recalled = credentials.recall("legal", "legal-demo").orElseThrow();
    assertEquals("legal", recalled.caller());
    assertEquals(Set.of("legal"), recalled.groups());
    assertEquals("v1", recalled.accountVersion());
  }

  @Test
  void anotherPasswordOrUserIsNeverRecalled() {
    credentials.remember("legal", "legal-demo", "legal", Set.of("legal"), "v1");
    assertTrue(credentials.recall("legal", "legal-demo2").isEmpty());
    assertTrue(credentials.recall("legal2", "legal-demo").isEmpty());
    assertTrue(
        credentials.recall("lega", "llegal-demo").isEmpty(),
        "user and password do not run together");
  }

  @Test
  void forgottenCredentialsAreNotRecalled() {
    credentials.remember("legal", "legal-demo", "legal", Set.of("legal"), "v1");
    credentials.forget("legal", "legal-demo");
    assertTrue(credentials.recall("legal", "legal-demo").isEmpty());
  }

  @Test
  void theyAreForgottenAfterTheirLifetime() {
    credentials.remember("agent", "agent-demo", "agent", Set.of("agent"), "v1");
    clock.now = clock.now.plus(VerifiedCredentials.LIFETIME).plus(Duration.ofSeconds(1));
    assertTrue(credentials.recall("agent", "agent-demo").isEmpty());
  }
}
