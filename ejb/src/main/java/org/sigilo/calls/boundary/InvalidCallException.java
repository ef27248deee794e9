package org.sigilo.calls.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The input breaks Sigilo's rules; each message says what to change. Nothing was stored. An
 * application exception, so it reaches the caller as it is and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidCallException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
