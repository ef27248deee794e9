package org.sigilo.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #LIMIT} failed sign-ins for one user name within {@link
 * #WINDOW}, further attempts for that name are refused unchecked until the window has passed. Kept
 * per server in memory; it blocks by user name whatever the address, which also means someone can
 * lock a user out for a quarter of an hour: the audit trail shows who tried.
 */
@ApplicationScoped
public class FailedSignIns {

  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MAX_TRACKED = 100_000;

  private record Failures(int count, Instant since) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public FailedSignIns() {
    this(Clock.systemUTC());
  }

  FailedSignIns(Clock clock) {
    this.clock = clock;
  }

  /** How long attempts for this user name stay refused, if they are refused now. */
  public Optional<Duration> blockedFor(String username) {
    Failures seen = failures.get(key(username));
    if (seen == null || seen.count() < LIMIT) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), seen.since().plus(WINDOW));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  public void failed(String username) {
    if (failures.size() >= MAX_TRACKED) {
      failures.clear(); // a flood of made-up names must not exhaust memory
    }
    Instant now = clock.instant();
    failures.merge(
        key(username),
        new Failures(1, now),
        (old, one) ->
            now.isAfter(old.since().plus(WINDOW))
                ? one
                : new Failures(old.count() + 1, old.since()));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.toLowerCase(Locale.ROOT);
  }
}
