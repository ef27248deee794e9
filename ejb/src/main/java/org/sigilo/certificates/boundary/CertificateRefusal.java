package org.sigilo.certificates.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** The certificates refuse a request: what was wrong, in words the person can act on. */
public class CertificateRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private CertificateRefusal(Kind kind, Message detail, List<Message> problems) {
    super(kind, detail, problems);
  }

  public static CertificateRefusal invalid(Message problem) {
    return new CertificateRefusal(
        Kind.INVALID, Message.of("refusal.nothing-changed"), List.of(problem));
  }

  public static CertificateRefusal notFound(Message detail) {
    return new CertificateRefusal(Kind.NOT_FOUND, detail, null);
  }
}
