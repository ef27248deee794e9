package org.sigilo.archives.control;

import jakarta.ejb.ApplicationException;
import java.nio.file.Path;

/**
 * The archive volume had no space left for a file: nothing of it was kept (its temporary file is
 * removed), and the transaction that wanted it rolls back. Callers answer 507 and say so.
 */
@ApplicationException(rollback = true)
public class ArchiveFullException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;
  private final long usableBytes;

  public ArchiveFullException(Path directory, long usableBytes, Throwable cause) {
    super(
        "The archive volume of "
            + directory
            + " is full ("
            + usableBytes
            + " bytes usable): the file was not stored.",
        cause);
    this.directory = directory;
    this.usableBytes = usableBytes;
  }

  public Path directory() {
    return directory;
  }

  public long usableBytes() {
    return usableBytes;
  }
}
