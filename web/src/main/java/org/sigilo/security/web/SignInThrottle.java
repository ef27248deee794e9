package org.sigilo.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before any password is hashed, whether a sign-in attempt may be checked at all.
 *
 * <p>Two counters, both checked and charged in one step under one lock, so that parallel attempts
 * cannot all pass the check before any of them is counted:
 *
 * <ul>
 *   <li>per user name <em>and</em> source address: {@value #NAME_FREE_ATTEMPTS} failures are free,
 *       then each further attempt waits a delay that doubles from {@link #NAME_FIRST_DELAY} up to
 *       {@link #MAX_DELAY}. Someone guessing from elsewhere therefore never locks the real user out
 *       of their own address.
 *   <li>per source address, whatever the user name: {@value #ADDRESS_FREE_ATTEMPTS} failures are
 *       free, then delays double from {@link #ADDRESS_FIRST_DELAY}. This caps how much hashing one
 *       address can make the server do, so that an attack cannot slow everyone else down.
 * </ul>
 *
 * <p>An attempt is charged as a failure when it is reserved; {@link Attempt#succeeded()} refunds
 * it. A failure is forgotten {@link #FORGET_AFTER} after the last one. Both tables are bounded:
 * when full, the entry touched least recently goes (never all at once, which would hand every
 * attacker a fresh start). Kept per server in memory.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int NAME_FREE_ATTEMPTS = 5;
  static final Duration NAME_FIRST_DELAY = Duration.ofSeconds(30);
  static final int ADDRESS_FREE_ATTEMPTS = 30;
  static final Duration ADDRESS_FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofMinutes(30);
  static final int MAX_TRACKED = 100_000;

  /** As long as the user accounts allow a name; a longer one cannot belong to anybody. */
  static final int MAX_NAME_LENGTH = 64;

  /** Failures so far, the time of the last one, and whether a refusal was already reported. */
  private static final class Failures {
    int count;
    Instant last;
    boolean refusalReported;
  }

  /** A slot to check one password in; exactly one of its two methods must be called. */
  public interface Attempt {
    void succeeded();

    void failed();
  }

  /** Why an attempt was not checked, and for how long such attempts stay refused. */
  public record Refusal(Duration retryAfter, boolean firstOfItsKind) {}

  /** Either a slot to check the password in, or a refusal. */
  public record Decision(Optional<Attempt> attempt, Optional<Refusal> refusal) {}

  private final Map<String, Failures> byNameAndAddress = boundedTable();
  private final Map<String, Failures> byAddress = boundedTable();
  private final Clock clock;

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reserves an attempt for this user name from this address, or refuses it. A name no account can
   * have (blank, too long, control characters) is charged to the address only: it must neither
   * create an entry per made-up name nor escape counting.
   */
  public synchronized Decision reserve(String username, String address) {
    Instant now = clock.instant();
    String addressKey = address == null ? "" : address;
    Failures fromAddress = current(byAddress, addressKey, now);
    Duration addressWait = wait(fromAddress, ADDRESS_FREE_ATTEMPTS, ADDRESS_FIRST_DELAY, now);
    boolean plausible = plausibleName(username);
    String nameKey = plausible ? username.toLowerCase(Locale.ROOT) + "\n" + addressKey : null;
    Failures forName = plausible ? current(byNameAndAddress, nameKey, now) : null;
    Duration nameWait =
        forName == null ? Duration.ZERO : wait(forName, NAME_FREE_ATTEMPTS, NAME_FIRST_DELAY, now);
    Duration longest = addressWait.compareTo(nameWait) >= 0 ? addressWait : nameWait;
    if (positive(longest)) {
      Failures reporting = positive(nameWait) ? forName : fromAddress;
      boolean first = !reporting.refusalReported;
      reporting.refusalReported = true;
      return new Decision(Optional.empty(), Optional.of(new Refusal(longest, first)));
    }
    charge(fromAddress, now);
    if (forName != null) {
      charge(forName, now);
    }
    return new Decision(Optional.of(new Reserved(nameKey, addressKey)), Optional.empty());
  }

  private static boolean positive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }

  /** Whether any account could have this name; the user accounts refuse the others unchecked. */
  static boolean plausibleName(String username) {
    return username != null
        && !username.isBlank()
        && username.length() <= MAX_NAME_LENGTH
        && username.chars().noneMatch(Character::isISOControl);
  }

  /** The entry for a key, a fresh one if there was none or the old one is forgotten. */
  private static Failures current(Map<String, Failures> table, String key, Instant now) {
    Failures failures = table.get(key);
    if (failures == null || now.isAfter(failures.last.plus(FORGET_AFTER))) {
      failures = new Failures();
      failures.last = now;
      table.put(key, failures);
    }
    return failures;
  }

  /** How much longer an attempt has to wait; zero or negative when it may go ahead now. */
  static Duration wait(Failures failures, int free, Duration firstDelay, Instant now) {
    if (failures.count < free) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.last.plus(delay(failures.count - free, firstDelay)));
  }

  /** The first delay doubled {@code beyond} times, at most {@link #MAX_DELAY}. */
  static Duration delay(int beyond, Duration firstDelay) {
    if (beyond >= 30) {
      return MAX_DELAY;
    }
    Duration grown = firstDelay.multipliedBy(1L << beyond);
    return grown.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : grown;
  }

  private static void charge(Failures failures, Instant now) {
    failures.count++;
    failures.last = now;
    failures.refusalReported = false;
  }

  private synchronized void refund(String nameKey, String addressKey) {
    if (nameKey != null) {
      // The right password from this address: earlier mistakes from here are forgiven.
      byNameAndAddress.remove(nameKey);
    }
    // The address only gets its own attempt back: one known password must not wipe out the
    // failures it collected for other names.
    Failures fromAddress = byAddress.get(addressKey);
    if (fromAddress != null && fromAddress.count > 0) {
      fromAddress.count--;
    }
  }

  /** How many entries are tracked, for tests of the bound. */
  synchronized int tracked() {
    return byNameAndAddress.size() + byAddress.size();
  }

  private final class Reserved implements Attempt {
    private final String nameKey;
    private final String addressKey;

    Reserved(String nameKey, String addressKey) {
      this.nameKey = nameKey;
      this.addressKey = addressKey;
    }

    @Override
    public void succeeded() {
      refund(nameKey, addressKey);
    }

    @Override
    public void failed() {
      // Already charged when reserved.
    }
  }

  /**
   * Insertion-and-access ordered, so the eldest entry is the one left alone longest: the first to
   * have been forgotten anyway.
   */
  private static Map<String, Failures> boundedTable() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }
}
