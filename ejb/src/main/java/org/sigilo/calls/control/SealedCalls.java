package org.sigilo.calls.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import javax.crypto.SecretKey;
import org.sigilo.calls.entity.CallRecord;
import org.sigilo.crypto.control.KeyVault;

/**
 * Stores a call with its confidential content sealed under a new data key of its own, and opens it
 * again. The one place that knows which fields are sealed and under which names (the names are
 * bound into each ciphertext, so they must never change).
 */
@ApplicationScoped
public class SealedCalls {

  static final String SUMMARY = "summary";
  static final String NOTES = "notes";
  static final String CONTACT = "customer-contact";

  @Inject EntityManager entityManager;
  @Inject KeyVault keyVault;

  /** Persists {@code call} and seals its content, in the caller's transaction. */
  public void store(CallRecord call, String summary, String notes, String customerContact) {
    entityManager.persist(call);
    long id = call.id();
    SecretKey dataKey = keyVault.createDataKey(id);
    call.seal(
        KeyVault.seal(dataKey, id, SUMMARY, summary),
        KeyVault.seal(dataKey, id, NOTES, blankToNull(notes)),
        KeyVault.seal(dataKey, id, CONTACT, blankToNull(customerContact)));
  }

  /** A call's confidential content in clear; notes and contact may be null. */
  public record Content(String summary, String notes, String customerContact) {}

  public Content open(CallRecord call) {
    long id = call.id();
    SecretKey dataKey = keyVault.dataKey(id);
    return new Content(
        KeyVault.open(dataKey, id, SUMMARY, call.summarySealed()),
        KeyVault.open(dataKey, id, NOTES, call.notesSealed()),
        KeyVault.open(dataKey, id, CONTACT, call.contactSealed()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
