package org.sigilo.audit.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;
import org.sigilo.audit.entity.Outcome;

/**
 * How events are chained. Each event's hash is SHA-256 over a version tag, its sequence number, its
 * time (epoch milliseconds), actor, action, target, outcome, details and the previous event's hash,
 * every field length-prefixed so that no two different events encode alike. The first event links
 * to {@link #GENESIS_HASH}.
 *
 * <p>This encoding is the chain's contract with every event ever written: changing it breaks every
 * existing chain, so a new encoding needs a new version tag and verification of both.
 */
public final class AuditChain {

  public static final String GENESIS_HASH = "0".repeat(64);
  private static final byte[] VERSION_TAG = "sigilo-audit-v1".getBytes(StandardCharsets.UTF_8);

  private AuditChain() {}

  /**
   * The event that follows an event numbered {@code lastSequence} whose hash is {@code lastHash}.
   */
  public static AuditEvent next(
      long lastSequence,
      String lastHash,
      Instant now,
      String actor,
      String action,
      String target,
      Outcome outcome,
      String details) {
    long sequence = lastSequence + 1;
    Instant occurredAt = now.truncatedTo(ChronoUnit.MILLIS);
    String safeActor = clip(actor == null || actor.isBlank() ? "anonymous" : actor, 128);
    String safeAction = clip(action, 64);
    String safeTarget = clip(target, 256);
    String safeDetails = clip(details, AuditEvent.MAX_DETAILS);
    String hash =
        hashOf(
            sequence,
            occurredAt,
            safeActor,
            safeAction,
            safeTarget,
            outcome,
            safeDetails,
            lastHash);
    return new AuditEvent(
        sequence,
        occurredAt,
        safeActor,
        safeAction,
        safeTarget,
        outcome,
        safeDetails,
        lastHash,
        hash);
  }

  /** Recomputes the hash {@code event} should carry from its content and its link. */
  public static String recompute(AuditEvent event) {
    return hashOf(
        event.sequenceNumber(),
        event.occurredAt(),
        event.actor(),
        event.action(),
        event.target(),
        event.outcome(),
        event.details(),
        event.previousHash());
  }

  static String hashOf(
      long sequence,
      Instant occurredAt,
      String actor,
      String action,
      String target,
      Outcome outcome,
      String details,
      String previousHash) {
    MessageDigest sha256 = sha256();
    sha256.update(VERSION_TAG);
    sha256.update(
        ByteBuffer.allocate(16).putLong(sequence).putLong(occurredAt.toEpochMilli()).array());
    for (String field :
        new String[] {
          actor, action, target, outcome == null ? null : outcome.name(), details, previousHash
        }) {
      if (field == null) {
        sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha256.update(bytes);
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static String clip(String value, int maxLength) {
    return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
  }

  /**
   * Walks a chain in sequence order and stops at the first event that does not verify. Feed events
   * with {@link #accept}, then call {@link #finish} with the head.
   */
  public static final class Verifier {
    private long expectedSequence = 1;
    private String expectedPreviousHash = GENESIS_HASH;
    private long checked;
    private ChainVerification broken;

    /** Checks the next event; false once the chain is broken (further events are ignored). */
    public boolean accept(AuditEvent event) {
      if (broken != null) {
        return false;
      }
      checked++;
      long sequence = event.sequenceNumber();
      if (sequence != expectedSequence) {
        return fail(
            sequence,
            sequence > expectedSequence
                ? "events " + expectedSequence + " to " + (sequence - 1) + " are missing before it"
                : "its sequence number repeats or goes backwards");
      }
      if (!expectedPreviousHash.equals(event.previousHash())) {
        return fail(sequence, "its link to the previous event does not match that event's hash");
      }
      if (!recompute(event).equals(event.eventHash())) {
        return fail(
            sequence,
            "its content no longer matches its hash: it was changed after it was written");
      }
      expectedSequence = sequence + 1;
      expectedPreviousHash = event.eventHash();
      return true;
    }

    /** The verdict, given the head's last sequence number and hash. */
    public ChainVerification finish(long headSequence, String headHash) {
      if (broken != null) {
        return broken;
      }
      long lastSeen = expectedSequence - 1;
      if (lastSeen != headSequence) {
        return lastSeen < headSequence
            ? ChainVerification.brokenAt(
                checked,
                lastSeen + 1,
                "events " + (lastSeen + 1) + " to " + headSequence + " are missing at the end")
            : ChainVerification.brokenAt(
                checked, headSequence + 1, "events after the recorded end of the chain were added");
      }
      if (!expectedPreviousHash.equals(headHash)) {
        return ChainVerification.brokenAt(
            checked, lastSeen, "it does not match the hash recorded at the end of the chain");
      }
      return ChainVerification.intact(checked);
    }

    private boolean fail(long sequence, String problem) {
      broken = ChainVerification.brokenAt(checked, sequence, "Event " + sequence + ": " + problem);
      return false;
    }
  }
}
