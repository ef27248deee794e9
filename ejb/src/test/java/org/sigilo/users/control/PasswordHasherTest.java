package org.sigilo.users.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theRightPasswordMatches() {
    String stored = hasher.hash("correct horse".toCharArray());
    assertTrue(hasher.matches("correct horse".toCharArray(), stored));
  }

  @Test
  void aWrongPasswordDoesNotMatch() {
    String stored = hasher.hash("correct horse".toCharArray());
    assertFalse(hasher.matches("correct horsE".toCharArray(), stored));
    assertFalse(hasher.matches(new char[0], stored));
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
  }

  @Test
  void theStoredFormNamesItsSchemeAndNeverHoldsThePassword() {
    String stored = hasher.hash("plaintext-secret".toCharArray());
    assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), stored);
    assertFalse(stored.contains("plaintext-secret"));
  }

  @Test
  void malformedOrForeignHashesNeverMatch() {
    for (String stored :
        new String[] {
          null,
          "",
          "plain",
          "pbkdf2-sha512$x$y$z",
          "$2a$10$abcdefghijklmnopqrstuv",
          "pbkdf2-sha512$1$!!$!!"
        }) {
      assertFalse(hasher.matches("plain".toCharArray(), stored), String.valueOf(stored));
    }
  }
}
