package org.sigilo.health.boundary;

/**
 * The volume the archive directory is on, as the system status page shows it: where, whether it is
 * there, and its usable and total space in bytes.
 */
public record ArchiveVolume(String directory, boolean found, long usableBytes, long totalBytes) {

  /** Less than this left, and the volume counts as full: a recording would hardly fit. */
  public static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;

  public boolean full() {
    return found && usableBytes < NEARLY_FULL_BYTES;
  }

  /** Usable space in whole percent of the total. */
  public int usablePercent() {
    return totalBytes <= 0 ? 0 : (int) (usableBytes * 100 / totalBytes);
  }
}
