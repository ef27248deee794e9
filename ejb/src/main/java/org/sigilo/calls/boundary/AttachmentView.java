package org.sigilo.calls.boundary;

import java.time.Instant;
import org.sigilo.archives.entity.Attachment;

/** A file attached to a call, as listed: never its name (personal data) nor its content. */
public record AttachmentView(
    String id,
    long callId,
    String mediaType,
    long size,
    String sha256,
    String createdBy,
    Instant createdAt) {

  static AttachmentView of(Attachment attachment) {
    return new AttachmentView(
        attachment.id(),
        attachment.callId(),
        attachment.mediaType(),
        attachment.sizeBytes(),
        attachment.sha256(),
        attachment.createdBy(),
        attachment.createdAt());
  }
}
