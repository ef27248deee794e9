package org.sigilo.calls.boundary;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A download granted (and audited): the attachment, its original name, and how to stream its
 * plaintext. Streaming happens after the boundary has returned, outside any transaction.
 */
public record AttachmentDownload(AttachmentView attachment, String fileName, Content content) {

  /** Writes the plaintext, a segment at a time, each only once authenticated. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }
}
