package org.sigilo.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row (id 1) at the end of the chain. Appending locks it, which keeps sequence numbers
 * gap-free and the chain linear even with several servers; verification compares the last event
 * with it, so removing the newest events is detected as well.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }

  /** Moves the head to {@code event}, which must directly follow the current head. */
  public void advanceTo(AuditEvent event) {
    if (event.sequenceNumber() != lastSequence + 1 || !event.previousHash().equals(lastHash)) {
      throw new IllegalStateException("Audit event does not follow the head of the chain");
    }
    lastSequence = event.sequenceNumber();
    lastHash = event.eventHash();
  }
}
