package org.sigilo.calls.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;

/** The input breaks Sigilo's rules; each problem says what to change. Nothing was stored. */
public class InvalidCallException extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidCallException(List<String> problems) {
    super(Kind.INVALID, "Nothing was stored. Correct the following and send it again.", problems);
  }
}
