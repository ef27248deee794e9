package org.sigilo.retention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DispositionListTest {

  private static final LocalDate CUT_OFF = LocalDate.of(2025, 6, 30);
  private static final Instant CREATED = Instant.parse("2025-07-01T02:00:00Z");
  private static final Instant SWEPT = Instant.parse("2025-07-01T02:40:00Z");
  private static final Instant SUBMITTED = Instant.parse("2025-07-03T10:15:00Z");
  private static final Instant APPROVED = Instant.parse("2025-07-08T16:30:00Z");

  private static DispositionList sweeping() {
    return new DispositionList(42L, CUT_OFF, "scheduler", CREATED);
  }

  private static DispositionList inReview() {
    DispositionList list = sweeping();
    list.swept(SWEPT);
    return list;
  }

  private static DispositionList submitted() {
    DispositionList list = inReview();
    list.submit("rita", SUBMITTED);
    return list;
  }

  private static DispositionList approved() {
    DispositionList list = submitted();
    list.approve("lena", APPROVED);
    return list;
  }

  private static DispositionList withdrawn() {
    DispositionList list = inReview();
    list.withdraw("wrong cut-off");
    return list;
  }

  private static void assertRefused(
      DispositionList list, String fragment, ListStatus unchanged, Executable move) {
    IllegalStateException failure = assertThrows(IllegalStateException.class, move);
    assertNotNull(failure.getMessage());
    assertTrue(failure.getMessage().contains(fragment), failure.getMessage());
    assertEquals(unchanged, list.status(), "a refused move leaves the list as it was");
  }

  // --- the allowed path ------------------------------------------------------------------------

  @Test
  void aNewListIsSweepingAndKeepsWhatItWasGiven() {
    DispositionList list = sweeping();
    assertEquals(ListStatus.SWEEPING, list.status());
    assertEquals(42L, list.jobInstanceId());
    assertEquals(CUT_OFF, list.dueOnOrBefore());
    assertEquals("scheduler", list.createdBy());
    assertEquals(CREATED, list.createdAt());
    assertNull(list.sweptAt());
    assertNull(list.submittedBy());
    assertNull(list.approvedBy());
    assertNull(list.returnedReason());
    assertNull(list.withdrawnReason());
  }

  @Test
  void aNewListNeedsItsCutOffCreatorAndTime() {
    assertThrows(
        NullPointerException.class, () -> new DispositionList(1L, null, "scheduler", CREATED));
    assertThrows(NullPointerException.class, () -> new DispositionList(1L, CUT_OFF, null, CREATED));
    assertThrows(
        NullPointerException.class, () -> new DispositionList(1L, CUT_OFF, "scheduler", null));
  }

  @Test
  void aFinishedSweepGoesToReview() {
    DispositionList list = inReview();
    assertEquals(ListStatus.IN_REVIEW, list.status());
    assertEquals(SWEPT, list.sweptAt());
  }

  @Test
  void aReviewedListIsSubmitted() {
    DispositionList list = submitted();
    assertEquals(ListStatus.SUBMITTED, list.status());
    assertEquals("rita", list.submittedBy());
    assertEquals(SUBMITTED, list.submittedAt());
  }

  @Test
  void aSubmittedListIsApproved() {
    DispositionList list = approved();
    assertEquals(ListStatus.APPROVED, list.status());
    assertEquals("lena", list.approvedBy());
    assertEquals(APPROVED, list.approvedAt());
    assertEquals("rita", list.submittedBy(), "the submitter stays on record");
    assertEquals(SUBMITTED, list.submittedAt());
  }

  @Test
  void legalSendsASubmittedListBackToReviewWithAReason() {
    DispositionList list = submitted();
    list.sendBack("record 17 is under a new hold");
    assertEquals(ListStatus.IN_REVIEW, list.status());
    assertEquals("record 17 is under a new hold", list.returnedReason());
    assertNull(list.submittedBy(), "the returned submission no longer counts");
    assertNull(list.submittedAt());
    assertNull(list.approvedBy());
  }

  @Test
  void aReturnedListCanBeSubmittedAgainAndTheReasonIsCleared() {
    DispositionList list = submitted();
    list.sendBack("record 17 is under a new hold");
    Instant again = Instant.parse("2025-07-05T09:00:00Z");
    list.submit("omar", again);
    assertEquals(ListStatus.SUBMITTED, list.status());
    assertEquals("omar", list.submittedBy());
    assertEquals(again, list.submittedAt());
    assertNull(list.returnedReason());

    list.approve("lena", APPROVED);
    assertEquals(ListStatus.APPROVED, list.status());
  }

  @Test
  void aListInReviewCanBeWithdrawn() {
    DispositionList list = withdrawn();
    assertEquals(ListStatus.WITHDRAWN, list.status());
    assertEquals("wrong cut-off", list.withdrawnReason());
  }

  @Test
  void aReturnedListCanBeWithdrawn() {
    DispositionList list = submitted();
    list.sendBack("wrong cut-off");
    list.withdraw("redo next month");
    assertEquals(ListStatus.WITHDRAWN, list.status());
    assertEquals("redo next month", list.withdrawnReason());
  }

  @Test
  void anUnfinishedSweepCanBeAbandoned() {
    DispositionList list = sweeping();
    list.abandon("replaced by job 43");
    assertEquals(ListStatus.WITHDRAWN, list.status());
    assertEquals("replaced by job 43", list.withdrawnReason());
    assertNull(list.sweptAt());
  }

  // --- refused moves ---------------------------------------------------------------------------

  @Test
  void aSweepingListCannotBeReviewedYet() {
    DispositionList list = sweeping();
    assertRefused(
        list,
        "is sweeping: only a list that is in review can submit",
        ListStatus.SWEEPING,
        () -> list.submit("rita", SUBMITTED));
    assertRefused(
        list,
        "only a list that is submitted can approve",
        ListStatus.SWEEPING,
        () -> list.approve("lena", APPROVED));
    assertRefused(
        list,
        "only a list that is submitted can send back",
        ListStatus.SWEEPING,
        () -> list.sendBack("why"));
    assertRefused(
        list,
        "only a list that is in review can withdraw",
        ListStatus.SWEEPING,
        () -> list.withdraw("why"));
  }

  @Test
  void aListInReviewCannotBeApprovedWithoutSubmission() {
    DispositionList list = inReview();
    assertRefused(
        list,
        "is in review: only a list that is submitted can approve",
        ListStatus.IN_REVIEW,
        () -> list.approve("lena", APPROVED));
    assertNull(list.approvedBy());
    assertRefused(
        list,
        "only a list that is submitted can send back",
        ListStatus.IN_REVIEW,
        () -> list.sendBack("why"));
    assertRefused(
        list,
        "only a list that is sweeping can finish sweeping",
        ListStatus.IN_REVIEW,
        () -> {
          list.swept(Instant.parse("2025-07-02T00:00:00Z"));
        });
    assertEquals(SWEPT, list.sweptAt(), "the first sweep time stands");
    assertRefused(
        list,
        "only a list that is sweeping can be abandoned",
        ListStatus.IN_REVIEW,
        () -> list.abandon("why"));
    assertNull(list.withdrawnReason());
  }

  @Test
  void aSubmittedListIsFrozen() {
    DispositionList list = submitted();
    assertRefused(
        list,
        "is submitted: only a list that is in review can submit",
        ListStatus.SUBMITTED,
        () -> list.submit("omar", APPROVED));
    assertEquals("rita", list.submittedBy(), "the first submission stands");
    assertRefused(
        list,
        "only a list that is in review can withdraw",
        ListStatus.SUBMITTED,
        () -> list.withdraw("why"));
    assertRefused(
        list,
        "only a list that is sweeping can be abandoned",
        ListStatus.SUBMITTED,
        () -> list.abandon("why"));
    assertRefused(
        list,
        "only a list that is sweeping can finish sweeping",
        ListStatus.SUBMITTED,
        () -> list.swept(APPROVED));
  }

  @Test
  void anApprovedListIsFinal() {
    DispositionList list = approved();
    assertRefused(
        list,
        "is approved: only a list that is submitted can approve",
        ListStatus.APPROVED,
        () -> list.approve("someone-else", Instant.parse("2025-07-09T00:00:00Z")));
    assertEquals("lena", list.approvedBy(), "the first approval stands");
    assertEquals(APPROVED, list.approvedAt());
    assertRefused(
        list,
        "only a list that is submitted can send back",
        ListStatus.APPROVED,
        () -> list.sendBack("too late"));
    assertNull(list.returnedReason());
    assertRefused(
        list,
        "only a list that is in review can withdraw",
        ListStatus.APPROVED,
        () -> list.withdraw("too late"));
    assertNull(list.withdrawnReason());
    assertRefused(
        list,
        "only a list that is in review can submit",
        ListStatus.APPROVED,
        () -> list.submit("rita", APPROVED));
    assertRefused(
        list,
        "only a list that is sweeping can be abandoned",
        ListStatus.APPROVED,
        () -> list.abandon("too late"));
  }

  @Test
  void aWithdrawnListIsFinal() {
    DispositionList list = withdrawn();
    assertRefused(
        list,
        "is withdrawn: only a list that is in review can submit",
        ListStatus.WITHDRAWN,
        () -> list.submit("rita", SUBMITTED));
    assertRefused(
        list,
        "only a list that is in review can withdraw",
        ListStatus.WITHDRAWN,
        () -> list.withdraw("again"));
    assertEquals("wrong cut-off", list.withdrawnReason(), "the first reason stands");
    assertRefused(
        list,
        "only a list that is submitted can approve",
        ListStatus.WITHDRAWN,
        () -> list.approve("lena", APPROVED));
    assertRefused(
        list,
        "only a list that is sweeping can be abandoned",
        ListStatus.WITHDRAWN,
        () -> list.abandon("again"));
  }

  @Test
  void anAbandonedSweepCannotBeFinishedLater() {
    DispositionList list = sweeping();
    list.abandon("replaced by job 43");
    assertRefused(
        list,
        "is withdrawn: only a list that is sweeping can finish sweeping",
        ListStatus.WITHDRAWN,
        () -> list.swept(SWEPT));
    assertNull(list.sweptAt());
  }

  @Test
  void onlyAnApprovedListIsDestroyedAndAPartlyDestroyedOneCanBeDestroyedAgain() {
    DispositionList list = approved();
    list.startDestruction();
    assertEquals(ListStatus.DESTROYING, list.status());
    assertRefused(
        list,
        "only an approved list (or one partly destroyed) can be destroyed",
        ListStatus.DESTROYING,
        list::startDestruction);
    list.destructionFinished(false);
    assertEquals(ListStatus.PARTLY_DESTROYED, list.status());
    list.startDestruction();
    list.destructionFinished(true);
    assertEquals(ListStatus.DESTROYED, list.status());
    assertRefused(
        list,
        "only an approved list (or one partly destroyed) can be destroyed",
        ListStatus.DESTROYED,
        list::startDestruction);
  }

  @Test
  void aListNotApprovedCannotBeDestroyed() {
    for (DispositionList list :
        new DispositionList[] {sweeping(), inReview(), submitted(), withdrawn()}) {
      ListStatus before = list.status();
      assertRefused(list, "only an approved list", before, list::startDestruction);
      assertRefused(
          list,
          "only a list that is destroying can finish destruction",
          before,
          () -> list.destructionFinished(true));
    }
  }
}
