package org.sigilo.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.StateConflictException;

/**
 * One due record on a disposition list, with the schedule version that made it due, its trigger and
 * due dates, and the decision taken on it. Rows are written set-based by the retention sweep;
 * people change only the decision.
 */
@Entity
@Table(name = "disposition_item")
@IdClass(DispositionItem.Key.class)
public class DispositionItem {

  @Id
  @Column(name = "list_id")
  private long listId;

  @Id
  @Column(name = "record_id")
  private long recordId;

  @Column(name = "record_class", nullable = false, length = 64)
  private String recordClass;

  @Column(name = "schedule_id", nullable = false)
  private long scheduleId;

  @Column(name = "trigger_date", nullable = false)
  private LocalDate triggerDate;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "held", nullable = false)
  private boolean held;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 16)
  private Decision decision;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  protected DispositionItem() {}

  /** A records manager keeps this record off the destruction, saying why. */
  public void exclude(String by, String reason) {
    if (held) {
      throw new StateConflictException(
          Message.of("refusal.dispositions.held-not-excluded", recordId));
    }
    decision = Decision.EXCLUDED;
    decidedBy = Objects.requireNonNull(by);
    decisionReason = Objects.requireNonNull(reason);
  }

  /** A records manager confirms destruction (after review, or taking back an exclusion). */
  public void confirmDestruction(String by) {
    if (held) {
      throw new StateConflictException(
          Message.of("refusal.dispositions.held-not-destroyed", recordId));
    }
    decision = Decision.DESTROY;
    decidedBy = Objects.requireNonNull(by);
    decisionReason = null;
  }

  public long listId() {
    return listId;
  }

  public long recordId() {
    return recordId;
  }

  public String recordClass() {
    return recordClass;
  }

  public long scheduleId() {
    return scheduleId;
  }

  public LocalDate triggerDate() {
    return triggerDate;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public boolean held() {
    return held;
  }

  public Decision decision() {
    return decision;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String decisionReason() {
    return decisionReason;
  }

  /** The composite key: list and record. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long listId;
    private long recordId;

    public Key() {}

    public Key(long listId, long recordId) {
      this.listId = listId;
      this.recordId = recordId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.listId == listId && key.recordId == recordId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(listId, recordId);
    }
  }
}
