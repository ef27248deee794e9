package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

  private final VerifiedCredentialsTest.HandClock clock = new VerifiedCredentialsTest.HandClock();
  private final FailedSignIns signIns = new FailedSignIns(clock);

  private void fail(String user, int times) {
    for (int i = 0; i < times; i++) {
      signIns.failed(user);
    }
  }

  @Test
  void fourFailuresAreForgivenTheFifthBlocksThatUserName() {
    fail("legal", FailedSignIns.LIMIT - 1);
    assertTrue(signIns.blockedFor("legal").isEmpty());
    fail("Legal", 1);
    assertTrue(signIns.blockedFor("legal").isPresent(), "user names compare case-insensitively");
    assertTrue(signIns.blockedFor("auditor").isEmpty(), "only that user name");
  }

  @Test
  void theBlockEndsWhenTheWindowHasPassed() {
    fail("agent", FailedSignIns.LIMIT);
    clock.now = clock.now.plus(FailedSignIns.WINDOW).plus(Duration.ofSeconds(1));
    assertTrue(signIns.blockedFor("agent").isEmpty());
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() {
    fail("admin", FailedSignIns.LIMIT - 1);
    signIns.succeeded("admin");
    fail("admin", FailedSignIns.LIMIT - 1);
    assertTrue(signIns.blockedFor("admin").isEmpty());
  }
}
