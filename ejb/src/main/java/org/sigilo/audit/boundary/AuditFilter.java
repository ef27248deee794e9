package org.sigilo.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.sigilo.audit.entity.Outcome;

/**
 * Which events of the trail to read: each part that is not null narrows the trail. Actor and action
 * match when they contain the text given, whatever its case (an auditor types "legal" to find
 * "records-legal" too); the times bound when the event occurred, {@code from} included and {@code
 * until} excluded.
 */
public record AuditFilter(String actor, String action, Outcome outcome, Instant from, Instant until)
    implements Serializable {

  /** The whole trail. */
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

  public AuditFilter {
    actor = blankAsNull(actor);
    action = blankAsNull(action);
  }

  /** Whether it narrows the trail at all. */
  public boolean narrows() {
    return actor != null || action != null || outcome != null || from != null || until != null;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
