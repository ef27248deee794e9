package org.sigilo.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;
import org.sigilo.audit.entity.Outcome;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:15:30.123456Z");

  private static List<AuditEvent> chainOf(int length) {
    List<AuditEvent> chain = new ArrayList<>();
    String previous = AuditChain.GENESIS_HASH;
    for (int i = 0; i < length; i++) {
      AuditEvent event =
          AuditChain.next(
              i,
              previous,
              T0.plusSeconds(i),
              "agent",
              "call-created",
              "call:" + i,
              Outcome.SUCCESS,
              "event " + i);
      chain.add(event);
      previous = event.eventHash();
    }
    return chain;
  }

  private static ChainVerification verify(
      List<AuditEvent> events, long headSequence, String headHash) {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    for (AuditEvent event : events) {
      if (!verifier.accept(event)) {
        break;
      }
    }
    return verifier.finish(headSequence, headHash);
  }

  private static ChainVerification verify(List<AuditEvent> events) {
    AuditEvent last = events.get(events.size() - 1);
    return verify(events, last.sequenceNumber(), last.eventHash());
  }

  private static AuditEvent withDetails(AuditEvent e, String details) {
    return new AuditEvent(
        e.sequenceNumber(),
        e.occurredAt(),
        e.actor(),
        e.action(),
        e.target(),
        e.outcome(),
        details,
        e.previousHash(),
        e.eventHash());
  }

  @Test
  void untouchedChainIsIntact() {
    ChainVerification result = verify(chainOf(5));
    assertTrue(result.intact(), result::problem);
    assertEquals(5, result.eventsChecked());
  }

  @Test
  void emptyChainMatchesTheGenesisHead() {
    assertTrue(verify(List.of(), 0, AuditChain.GENESIS_HASH).intact());
  }

  @Test
  void eachEventLinksToThePreviousHash() {
    List<AuditEvent> chain = chainOf(3);
    assertEquals(AuditChain.GENESIS_HASH, chain.get(0).previousHash());
    assertEquals(chain.get(0).eventHash(), chain.get(1).previousHash());
    assertEquals(chain.get(1).eventHash(), chain.get(2).previousHash());
  }

  @Test
  void editedEventIsReportedAtExactlyThatEvent() {
    List<AuditEvent> chain = chainOf(5);
    chain.set(2, withDetails(chain.get(2), "event 2, quietly rewritten"));
    ChainVerification result = verify(chain);
    assertFalse(result.intact());
    assertEquals(3L, result.firstBrokenEvent());
    assertTrue(result.problem().contains("changed after it was written"), result.problem());
  }

  @Test
  void editedEventWithRecomputedHashBreaksTheNextLink() {
    List<AuditEvent> chain = chainOf(5);
    AuditEvent original = chain.get(2);
    AuditEvent forged =
        AuditChain.next(
            original.sequenceNumber() - 1,
            original.previousHash(),
            original.occurredAt(),
            original.actor(),
            original.action(),
            original.target(),
            Outcome.FAILURE,
            original.details());
    chain.set(2, forged);
    ChainVerification result = verify(chain);
    assertFalse(result.intact());
    assertEquals(4L, result.firstBrokenEvent());
  }

  @Test
  void removedEventIsReportedAtTheEventAfterTheGap() {
    List<AuditEvent> chain = chainOf(5);
    chain.remove(1);
    ChainVerification result = verify(chain);
    assertFalse(result.intact());
    assertEquals(3L, result.firstBrokenEvent());
    assertTrue(result.problem().contains("missing"), result.problem());
  }

  @Test
  void removedNewestEventsAreDetectedAgainstTheHead() {
    List<AuditEvent> chain = chainOf(5);
    AuditEvent last = chain.get(4);
    ChainVerification result = verify(chain.subList(0, 3), last.sequenceNumber(), last.eventHash());
    assertFalse(result.intact());
    assertEquals(4L, result.firstBrokenEvent());
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    String a =
        AuditChain.hashOf(1, T0, "ab", "c", null, Outcome.SUCCESS, null, AuditChain.GENESIS_HASH);
    String b =
        AuditChain.hashOf(1, T0, "a", "bc", null, Outcome.SUCCESS, null, AuditChain.GENESIS_HASH);
    String c =
        AuditChain.hashOf(1, T0, "a", "bc", "", Outcome.SUCCESS, null, AuditChain.GENESIS_HASH);
    assertNotEquals(a, b);
    assertNotEquals(b, c);
  }

  @Test
  void timeIsKeptToTheMillisecondSoItSurvivesTheDatabase() {
    AuditEvent event = chainOf(1).get(0);
    assertEquals(Instant.parse("2026-11-29T10:15:30.123Z"), event.occurredAt());
    assertEquals(event.eventHash(), AuditChain.recompute(event));
  }

  @Test
  void overlongDetailsAreClippedRatherThanLost() {
    AuditEvent event =
        AuditChain.next(
            0, AuditChain.GENESIS_HASH, T0, "", "x", null, Outcome.FAILURE, "d".repeat(5000));
    assertEquals(AuditEvent.MAX_DETAILS, event.details().length());
    assertEquals("anonymous", event.actor());
  }
}
