package org.sigilo.calls.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sigilo.calls.entity.CallRecord;
import org.sigilo.calls.entity.Channel;
import org.sigilo.calls.entity.Direction;
import org.sigilo.calls.entity.SecureChannel;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.calls.entity.VerificationMethod;
import org.sigilo.calls.entity.VerificationOutcome;

/**
 * Realistic synthetic calls that obey every rule a documented call obeys (identity passed before
 * sensitive topics, consent for each): spread over the last {@code years}, several agents and
 * customers, every record class, content sealed under a data key per record exactly as for real
 * calls. Deterministic for a given seed, so runs can be compared.
 */
@ApplicationScoped
public class SyntheticCalls {

  static final List<String> CLASSES =
      List.of(
          "general-enquiry",
          "account-servicing",
          "complaint",
          "financial-advice",
          "health-information");
  static final List<String> TOPICS =
      List.of(
          "asked about a direct debit that was taken twice",
          "wanted to change the postal address on the account",
          "complained about waiting time at the branch",
          "asked for advice on consolidating two loans",
          "reported a lost card and asked for a replacement",
          "asked about the results of a recent appointment",
          "wanted to know the early repayment fee on the mortgage",
          "asked how to close the account of a deceased relative");

  @Inject SealedCalls sealedCalls;

  /**
   * Creates {@code count} calls in the caller's transaction, by agents {@code synthetic-agent-N};
   * with {@code demoAgent}, a quarter of them by the demo user {@code agent} instead.
   */
  public void create(int count, long seed, int years, boolean demoAgent) {
    Random random = new Random(seed);
    Instant now = Instant.now();
    long span = Duration.ofDays(365L * years).toSeconds();
    for (int i = 0; i < count; i++) {
      Instant occurredAt = now.minusSeconds(60 + (long) (random.nextDouble() * span));
      boolean verified = random.nextInt(10) != 0;
      Set<SensitiveCategory> discussed = EnumSet.noneOf(SensitiveCategory.class);
      if (verified && random.nextInt(3) == 0) {
        discussed.add(
            SensitiveCategory.values()[random.nextInt(SensitiveCategory.values().length)]);
      }
      CallRecord call =
          new CallRecord(
              occurredAt,
              demoAgent && random.nextInt(4) == 0
                  ? "agent"
                  : "synthetic-agent-" + (1 + random.nextInt(40)),
              "CUST-" + (100_000 + random.nextInt(200_000)),
              random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND,
              random.nextInt(8) == 0 ? Channel.VIDEO : Channel.PHONE,
              CLASSES.get(random.nextInt(CLASSES.size())),
              VerificationMethod.values()[random.nextInt(VerificationMethod.values().length)],
              verified ? VerificationOutcome.PASSED : VerificationOutcome.FAILED,
              1 + random.nextInt(verified ? 2 : 3),
              discussed,
              discussed.isEmpty() ? null : "Asked before discussing " + discussed,
              discussed,
              discussed.isEmpty() ? SecureChannel.NONE : SecureChannel.SECURE_MESSAGE,
              now);
      // synthetic agents work where they should (a real exception needs a real reason)
      call.environmentChecked(true, true, true, true, null);
      sealedCalls.store(
          call,
          "The customer " + TOPICS.get(random.nextInt(TOPICS.size())) + ".",
          random.nextBoolean() ? "Follow-up agreed for next week." : null,
          "+34 6" + (10_000_000 + random.nextInt(89_999_999)));
    }
  }
}
