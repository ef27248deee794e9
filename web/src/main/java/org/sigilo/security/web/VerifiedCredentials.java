package org.sigilo.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, credentials that were just verified, so that API clients sending
 * HTTP Basic with every request do not pay the deliberately slow password hash (PBKDF2, about a
 * tenth of a second) each time. Only a keyed hash of user name and password is kept, under a random
 * key that lives in this JVM's memory only; wrong passwords are never remembered.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 10_000;

  /**
   * What was verified: the caller, their groups, and the account's version at the time (its
   * password hash and roles), which the caller compares with the account as it is now.
   */
  public record Verified(String caller, Set<String> groups, String accountVersion, Instant until) {}

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];
  private final Clock clock;

  public VerifiedCredentials() {
    this(Clock.systemUTC());
  }

  VerifiedCredentials(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /** Credentials verified less than {@link #LIFETIME} ago, with what they were verified as. */
  public Optional<Verified> recall(String username, String password) {
    String fingerprint = fingerprint(username, password);
    Verified entry = verified.get(fingerprint);
    if (entry == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(entry.until())) {
      verified.remove(fingerprint);
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  public void forget(String username, String password) {
    verified.remove(fingerprint(username, password));
  }

  public void remember(
      String username, String password, String caller, Set<String> groups, String accountVersion) {
    if (verified.size() >= MAX_ENTRIES) {
      verified.clear(); // rare; everyone simply verifies once more
    }
    verified.put(
        fingerprint(username, password),
        new Verified(caller, Set.copyOf(groups), accountVersion, clock.instant().plus(LIFETIME)));
  }

  private String fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
