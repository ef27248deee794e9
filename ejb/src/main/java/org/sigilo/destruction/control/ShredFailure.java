package org.sigilo.destruction.control;

/**
 * A file could not be destroyed. The message names the file and says how far the shredder got, in
 * words an operator can act on: left in place untouched, partly overwritten, overwritten but still
 * present under its own or a {@linkplain FileShredder#RENAMED_PREFIX renamed} name, or removed but
 * not yet durable. The records-destruction job marks the record as failed; it never counts a
 * failure, or a file that was already missing, as destroyed.
 */
public class ShredFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  public ShredFailure(String file, String reason) {
    this(file, reason, null);
  }

  public ShredFailure(String file, String reason, Throwable cause) {
    super("Could not shred " + file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** The path that was to be shredded, as the caller gave it. */
  public String file() {
    return file;
  }

  /** Why it failed and in what state the file was left. */
  public String reason() {
    return reason;
  }
}
