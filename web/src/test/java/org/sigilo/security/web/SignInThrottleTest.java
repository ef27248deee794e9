package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final String HOME = "192.0.2.10";
  private static final String ELSEWHERE = "198.51.100.7";

  private final VerifiedCredentialsTest.HandClock clock = new VerifiedCredentialsTest.HandClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.reserve(user, address).attempt().orElseThrow().failed();
    }
  }

  private boolean allowed(String user, String address) {
    return throttle.reserve(user, address).attempt().isPresent();
  }

  private void advance(Duration duration) {
    clock.now = clock.now.plus(duration);
  }

  @Test
  void fiveFailuresAreFreeThenTheNameFromThatAddressWaits() {
    fail("legal", HOME, SignInThrottle.NAME_FREE_ATTEMPTS);
    var decision = throttle.reserve("Legal", HOME);
    assertTrue(decision.attempt().isEmpty(), "user names compare case-insensitively");
    assertEquals(SignInThrottle.NAME_FIRST_DELAY, decision.refusal().orElseThrow().retryAfter());
    assertTrue(allowed("auditor", HOME), "only that user name");
  }

  @Test
  void theRightUserFromAnotherAddressIsNotLockedOut() {
    fail("legal", ELSEWHERE, SignInThrottle.NAME_FREE_ATTEMPTS);
    assertTrue(!allowed("legal", ELSEWHERE));
    assertTrue(allowed("legal", HOME));
  }

  @Test
  void delaysDoubleWithEveryFurtherFailureUpToTheLongest() {
    fail("agent", HOME, SignInThrottle.NAME_FREE_ATTEMPTS);
    Duration expected = SignInThrottle.NAME_FIRST_DELAY;
    for (int round = 0; round < 8; round++) {
      advance(expected.minusSeconds(1));
      assertTrue(!allowed("agent", HOME), "still waiting in round " + round);
      advance(Duration.ofSeconds(1));
      throttle.reserve("agent", HOME).attempt().orElseThrow().failed();
      expected = expected.multipliedBy(2);
      if (expected.compareTo(SignInThrottle.MAX_DELAY) > 0) {
        expected = SignInThrottle.MAX_DELAY;
      }
    }
    assertEquals(
        SignInThrottle.MAX_DELAY, throttle.reserve("agent", HOME).refusal().get().retryAfter());
  }

  @Test
  void refusedAttemptsDoNotProlongTheWait() {
    fail("agent", HOME, SignInThrottle.NAME_FREE_ATTEMPTS);
    for (int i = 0; i < 20; i++) {
      assertTrue(!allowed("agent", HOME));
    }
    advance(SignInThrottle.NAME_FIRST_DELAY);
    assertTrue(allowed("agent", HOME));
  }

  @Test
  void onlyTheFirstRefusalOfARunIsReportedForTheAuditTrail() {
    fail("agent", HOME, SignInThrottle.NAME_FREE_ATTEMPTS);
    assertTrue(throttle.reserve("agent", HOME).refusal().get().firstOfItsKind());
    assertTrue(!throttle.reserve("agent", HOME).refusal().get().firstOfItsKind());
  }

  @Test
  void aSuccessForgivesTheNameButNotTheAddress() {
    fail("admin", HOME, SignInThrottle.NAME_FREE_ATTEMPTS - 1);
    throttle.reserve("admin", HOME).attempt().orElseThrow().succeeded();
    fail("admin", HOME, SignInThrottle.NAME_FREE_ATTEMPTS - 1);
    assertTrue(allowed("admin", HOME));
    // 4 + 4 failures and one refunded success so far, plus the attempt just reserved
    for (int i = 0; i < SignInThrottle.ADDRESS_FREE_ATTEMPTS - 9; i++) {
      fail("other-" + i, HOME, 1);
    }
    assertTrue(!allowed("someone-else", HOME), "the address has used its free failures");
  }

  @Test
  void oneAddressTryingManyNamesIsSlowedBeforeHashing() {
    for (int i = 0; i < SignInThrottle.ADDRESS_FREE_ATTEMPTS; i++) {
      fail("name-" + i, HOME, 1);
    }
    var refused = throttle.reserve("name-new", HOME);
    assertTrue(refused.attempt().isEmpty());
    assertEquals(SignInThrottle.ADDRESS_FIRST_DELAY, refused.refusal().get().retryAfter());
    assertTrue(allowed("name-new", ELSEWHERE), "other addresses go on");
  }

  @Test
  void overlongNamesCountAgainstTheAddressWithoutAnEntryOfTheirOwn() {
    String overlong = "x".repeat(SignInThrottle.MAX_NAME_LENGTH + 1);
    for (int i = 0; i < SignInThrottle.ADDRESS_FREE_ATTEMPTS; i++) {
      fail(overlong + i, HOME, 1);
    }
    assertEquals(1, throttle.tracked(), "only the address is tracked");
    assertTrue(!allowed(overlong, HOME));
    assertTrue(!allowed("legal", HOME), "the address waits, whichever name it tries next");
  }

  @Test
  void aFullTableDropsTheLongestUntouchedEntryNotEveryCount() {
    fail("victim", HOME, SignInThrottle.NAME_FREE_ATTEMPTS);
    for (int i = 0; i < SignInThrottle.MAX_TRACKED; i++) {
      // one attempt each from many addresses: the flood a botnet could send
      throttle.reserve("n" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
      if (i % 1000 == 0) {
        throttle.reserve("victim", HOME); // the attack on the victim goes on meanwhile
      }
    }
    assertTrue(throttle.tracked() <= 2 * SignInThrottle.MAX_TRACKED);
    assertTrue(!allowed("victim", HOME), "the victim's count survived the flood");
  }

  @Test
  void failuresAreForgottenLongAfterTheLastOne() {
    fail("agent", HOME, SignInThrottle.NAME_FREE_ATTEMPTS);
    assertTrue(!allowed("agent", HOME));
    advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
    for (int i = 0; i < SignInThrottle.NAME_FREE_ATTEMPTS; i++) {
      assertTrue(allowed("agent", HOME));
    }
  }

  @Test
  void parallelAttemptsForOneNameGetNoMoreSlotsThanTheFreeOnes() throws Exception {
    int threads = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  var decision = throttle.reserve("legal", HOME);
                  // not settled yet: the hash would still be running
                  return decision.attempt().isPresent();
                }));
      }
      start.countDown();
      int slots = 0;
      for (Future<Boolean> outcome : outcomes) {
        slots += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(SignInThrottle.NAME_FREE_ATTEMPTS, slots);
    } finally {
      pool.shutdownNow();
    }
  }
}
