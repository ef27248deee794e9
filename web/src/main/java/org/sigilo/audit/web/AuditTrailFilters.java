package org.sigilo.audit.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.sigilo.audit.boundary.AuditFilter;
import org.sigilo.audit.entity.Outcome;

/**
 * The audit trail's filters, kept for the session: an auditor who leaves the trail to look
 * something up finds it as they left it. What is typed ({@link #getActor()}...) and what the table
 * shows ({@link #applied()}) are apart, so a filter is only used once it was applied without a
 * problem.
 */
@Named
@SessionScoped
public class AuditTrailFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private String actor;
  private String action;
  private Outcome outcome;
  private LocalDate from;
  private LocalDate to;
  private AuditFilter applied = AuditFilter.NONE;

  /** The filter the table reads with. */
  public AuditFilter applied() {
    return applied;
  }

  void apply(AuditFilter filter) {
    applied = filter;
  }

  /** Forgets every filter: the whole trail again. */
  void clear() {
    actor = null;
    action = null;
    outcome = null;
    from = null;
    to = null;
    applied = AuditFilter.NONE;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
