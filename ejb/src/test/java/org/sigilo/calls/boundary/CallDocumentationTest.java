package org.sigilo.calls.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sigilo.calls.boundary.CallDocumentation.ConsentGiven;
import org.sigilo.calls.boundary.CallDocumentation.IdentityCheck;
import org.sigilo.calls.entity.Channel;
import org.sigilo.calls.entity.Direction;
import org.sigilo.calls.entity.SecureChannel;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.calls.entity.VerificationMethod;
import org.sigilo.calls.entity.VerificationOutcome;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;

class CallDocumentationTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static final CallDocumentation.EnvironmentCheck ALL_MET =
      new CallDocumentation.EnvironmentCheck(true, true, true, true, null);

  private static final IdentityCheck PASSED =
      new IdentityCheck(VerificationMethod.ONE_TIME_CODE, VerificationOutcome.PASSED, 1);

  private static CallDocumentation call(
      Instant when,
      String summary,
      IdentityCheck identity,
      ConsentGiven consent,
      Set<SensitiveCategory> discussed) {
    return new CallDocumentation(
        ALL_MET,
        when,
        "CUST-0042",
        Direction.INBOUND,
        Channel.PHONE,
        "financial-advice",
        identity,
        consent,
        discussed,
        summary,
        null,
        null,
        SecureChannel.NONE);
  }

  private static List<String> problems(CallDocumentation call) {
    return VALIDATOR.validate(call).stream().map(CallDocumentationTest::english).sorted().toList();
  }

  @Test
  void aCompleteCallWithConsentedSensitiveTopicsIsValid() {
    ConsentGiven consent =
        new ConsentGiven(EnumSet.of(SensitiveCategory.FINANCIAL), "May we discuss your loan?");
    assertEquals(
        List.of(),
        problems(
            call(
                Instant.now(),
                "Loan question",
                PASSED,
                consent,
                EnumSet.of(SensitiveCategory.FINANCIAL))));
  }

  @Test
  void aSensitiveCategoryWithoutConsentIsRefusedWithAClearMessage() {
    List<String> problems =
        problems(call(Instant.now(), "Loan", PASSED, null, EnumSet.of(SensitiveCategory.MEDICAL)));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith("Every sensitive category discussed needs the customer's consent"));
  }

  @Test
  void consentForOneCategoryDoesNotCoverAnother() {
    ConsentGiven consent = new ConsentGiven(EnumSet.of(SensitiveCategory.FINANCIAL), "Asked");
    assertEquals(
        1,
        problems(
                call(
                    Instant.now(),
                    "x",
                    PASSED,
                    consent,
                    EnumSet.of(SensitiveCategory.FINANCIAL, SensitiveCategory.NATIONAL_ID)))
            .size());
  }

  @Test
  void sensitiveTopicsNeedIdentityVerifiedAsPassedFirst() {
    ConsentGiven consent = new ConsentGiven(EnumSet.of(SensitiveCategory.FINANCIAL), "Asked");
    IdentityCheck failed =
        new IdentityCheck(VerificationMethod.SECURITY_QUESTIONS, VerificationOutcome.FAILED, 3);
    List<String> problems =
        problems(
            call(Instant.now(), "x", failed, consent, EnumSet.of(SensitiveCategory.FINANCIAL)));
    assertEquals(
        List.of(
            "Verify the caller's identity (outcome PASSED) before recording any sensitive category as discussed."),
        problems);
  }

  @Test
  void aFailedVerificationIsFineWhenNothingSensitiveWasDiscussed() {
    IdentityCheck failed =
        new IdentityCheck(VerificationMethod.SECURITY_QUESTIONS, VerificationOutcome.FAILED, 3);
    assertEquals(
        List.of(),
        problems(
            call(Instant.now(), "Could not verify; general info only", failed, null, Set.of())));
  }

  @Test
  void aCallInTheFutureIsRefused() {
    List<String> problems =
        problems(call(Instant.now().plus(1, ChronoUnit.DAYS), "x", PASSED, null, Set.of()));
    assertEquals(List.of("The call cannot be in the future: check the date and time."), problems);
  }

  @Test
  void requiredFieldsAndLengthsAreChecked() {
    CallDocumentation empty =
        new CallDocumentation(
            null, null, "", null, null, "", null, null, null, "x".repeat(4001), null, null, null);
    List<String> problems = problems(empty);
    assertTrue(problems.contains("Give the date and time of the call."), problems.toString());
    assertTrue(problems.contains("Give the customer reference."));
    assertTrue(problems.contains("Choose a record class."));
    assertTrue(
        problems.contains("Record how the caller's identity was verified, even if it failed."));
    assertTrue(
        problems.contains("The summary has at most 4000 characters; put details in the notes."));
  }

  @Test
  void aCustomerReferenceCannotCarryMarkup() {
    CallDocumentation call =
        new CallDocumentation(
            ALL_MET,
            Instant.now(),
            "<b>x</b>",
            Direction.OUTBOUND,
            Channel.VIDEO,
            "complaint",
            PASSED,
            null,
            null,
            "s",
            null,
            null,
            SecureChannel.CUSTOMER_PORTAL);
    assertEquals(
        List.of("A customer reference has only letters, digits, dots, dashes and underscores."),
        problems(call));
  }

  @Test
  void theSecureEnvironmentChecklistComesFirstAndAnUnmetItemNeedsAReason() {
    CallDocumentation complete = call(Instant.now(), "Balance question", PASSED, null, Set.of());
    assertTrue(problems(complete).isEmpty(), problems(complete).toString());

    CallDocumentation withoutChecklist =
        new CallDocumentation(
            null,
            complete.occurredAt(),
            complete.customerReference(),
            complete.direction(),
            complete.channel(),
            complete.recordClass(),
            PASSED,
            null,
            Set.of(),
            "Balance question",
            null,
            null,
            SecureChannel.NONE);
    assertTrue(
        problems(withoutChecklist).stream()
            .anyMatch(problem -> problem.startsWith("Go through the secure-environment checklist")),
        problems(withoutChecklist).toString());

    for (CallDocumentation.EnvironmentCheck unmet :
        List.of(
            new CallDocumentation.EnvironmentCheck(false, true, true, true, null),
            new CallDocumentation.EnvironmentCheck(true, false, true, true, " "),
            new CallDocumentation.EnvironmentCheck(true, true, false, true, "too short"),
            new CallDocumentation.EnvironmentCheck(true, true, true, false, null))) {
      assertFalse(unmet.allMet());
      assertTrue(
          problems(unmet).stream().anyMatch(problem -> problem.contains("say why")),
          unmet + ": " + problems(unmet));
    }
    CallDocumentation.EnvironmentCheck explained =
        new CallDocumentation.EnvironmentCheck(
            true, true, true, false, "Working from home; the VPN is down, IT ticket 4711");
    assertTrue(problems(explained).isEmpty(), problems(explained).toString());
  }

  private static List<String> problems(CallDocumentation.EnvironmentCheck check) {
    return VALIDATOR.validate(check).stream().map(CallDocumentationTest::english).sorted().toList();
  }

  /** A violation as the boundary reports it: its message key read from Sigilo's bundle. */
  private static String english(ConstraintViolation<?> violation) {
    return Message.of(violation).in(Locale.ENGLISH);
  }

  @Test
  void everyConstraintNamesAKeyOfTheBundle() {
    List<String> templates = new ArrayList<>();
    for (Class<?> type :
        List.of(
            CallDocumentation.class,
            CallDocumentation.EnvironmentCheck.class,
            IdentityCheck.class,
            ConsentGiven.class)) {
      BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
      bean.getConstraintDescriptors().forEach(c -> templates.add(c.getMessageTemplate()));
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        property.getConstraintDescriptors().forEach(c -> templates.add(c.getMessageTemplate()));
        for (ContainerElementTypeDescriptor element :
            property.getConstrainedContainerElementTypes()) {
          element.getConstraintDescriptors().forEach(c -> templates.add(c.getMessageTemplate()));
        }
      }
    }
    assertTrue(templates.size() > 25, templates.toString());
    // every language has every key: MessageTest holds the bundle files to that
    for (String template : templates) {
      assertTrue(template.matches("\\{problem\\.calls\\.[a-z-]+}"), template);
      assertTrue(Messages.has(template.substring(1, template.length() - 1)), template);
    }
  }

  @Test
  void aBrokenCallReadsInSpanish() {
    CallDocumentation.EnvironmentCheck unmet =
        new CallDocumentation.EnvironmentCheck(false, true, true, true, null);
    List<String> spanish =
        VALIDATOR.validate(unmet).stream()
            .map(v -> Message.of(v).in(Locale.forLanguageTag("es")))
            .toList();
    assertEquals(
        List.of(
            "Un punto de la lista de comprobación del entorno seguro no está confirmado: explique"
                + " por qué (al menos 10 caracteres) o trasládese antes a un lugar seguro."),
        spanish);
  }
}
