package org.sigilo.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sigilo.platform.i18n.Message;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  private static List<String> keys(PasswordPolicy.Verdict verdict) {
    return verdict.problems().stream().map(Message::key).toList();
  }

  @Test
  void aPasswordShorterThanTwelveCharactersIsRefusedWithAdvice() {
    PasswordPolicy.Verdict verdict = policy.check("Xk9#mQ2$vL4");
    assertFalse(verdict.accepted());
    assertEquals(
        List.of("problem.users.password-short", "problem.users.password-advice"), keys(verdict));
    assertFalse(policy.check(null).accepted());
  }

  @Test
  void aCommonPasswordIsRefusedAsCommonEvenWhenLongEnough() {
    PasswordPolicy.Verdict verdict = policy.check("password1234");
    assertFalse(verdict.accepted());
    assertEquals("problem.users.password-common", keys(verdict).get(0));
    assertFalse(verdict.advice().isEmpty(), "nbvcxz says why");
  }

  @Test
  void twelveCharactersThatAreEasyToGuessAreRefusedAsWeak() {
    PasswordPolicy.Verdict verdict = policy.check("aaaaaaaaaaaa");
    assertEquals("problem.users.password-weak", keys(verdict).get(0));
  }

  @Test
  void thePersonsOwnNameIsNoPassword() {
    // made-up names: hard to guess for anyone who does not know the person
    String password = "zorbulaxquintavex";
    assertTrue(policy.check(password).accepted());
    assertTrue(policy.check(password, "someone.else").accepted());
    assertFalse(policy.check(password, "zorbulax.quintavex", "Zorbulax Quintavex").accepted());
  }

  @Test
  void aLongUnusualPasswordIsAccepted() {
    assertTrue(policy.check("Quiet-Harbor-Lamp-4821").accepted());
    assertTrue(
        policy.check("x".repeat(300)).problems().stream().anyMatch(m -> m.key().endsWith("long")));
  }

  @Test
  void oneTimePasswordsAreAlwaysAcceptedAndNeverRepeat() {
    String first = policy.oneTimePassword();
    assertEquals(20, first.length());
    assertTrue(policy.check(first).accepted(), first);
    assertNotEquals(first, policy.oneTimePassword());
  }

  @Test
  void theEstimatorsAdviceReadsInEnglishAndSpanish() {
    List<String> advice = policy.check("password1234").advice();
    List<String> english = PasswordPolicy.advice(advice, Locale.ENGLISH);
    List<String> spanish = PasswordPolicy.advice(advice, Locale.forLanguageTag("es"));
    assertEquals(advice.size(), english.size());
    assertEquals(advice.size(), spanish.size());
    assertNotEquals(english, spanish);
  }
}
