package org.sigilo.calls.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.sigilo.calls.entity.Channel;
import org.sigilo.calls.entity.Direction;
import org.sigilo.calls.entity.SecureChannel;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.calls.entity.VerificationMethod;
import org.sigilo.calls.entity.VerificationOutcome;

/**
 * A call as the agent documents it, in the order a careful agent works: who and when, identity
 * verification, consent for sensitive topics, what was discussed, redirection to a secure channel.
 * There is no field for a security answer or code: those are checked by the agent's tools and
 * forgotten; only the method and outcome are recorded.
 *
 * <p>Each constraint's message is a key of Sigilo's message bundle in braces, read in the reader's
 * language by {@code Message.of(ConstraintViolation)}: one bundle file per language, no separate
 * validation bundle.
 */
public record CallDocumentation(
    @NotNull(message = "{problem.calls.environment-check}") @Valid
        EnvironmentCheck secureEnvironment,
    @NotNull(message = "{problem.calls.occurred-at}")
        @PastOrPresent(message = "{problem.calls.occurred-at-future}")
        Instant occurredAt,
    @NotBlank(message = "{problem.calls.customer-reference}")
        @Size(max = 64, message = "{problem.calls.customer-reference-size}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{problem.calls.customer-reference-pattern}")
        String customerReference,
    @NotNull(message = "{problem.calls.direction}") Direction direction,
    @NotNull(message = "{problem.calls.channel}") Channel channel,
    @NotBlank(message = "{problem.calls.record-class}")
        @Size(max = 64, message = "{problem.calls.record-class-size}")
        String recordClass,
    @NotNull(message = "{problem.calls.identity-verification}") @Valid
        IdentityCheck identityVerification,
    @Valid ConsentGiven consent,
    Set<@NotNull(message = "{problem.calls.sensitive-category-empty}") SensitiveCategory>
        sensitiveCategoriesDiscussed,
    @NotBlank(message = "{problem.calls.summary}")
        @Size(max = 4000, message = "{problem.calls.summary-size}")
        String summary,
    @Size(max = 20000, message = "{problem.calls.notes-size}") String notes,
    @Size(max = 500, message = "{problem.calls.customer-contact-size}") String customerContact,
    @NotNull(message = "{problem.calls.secure-channel}") SecureChannel secureChannelRedirection) {

  /**
   * The secure-environment checklist, confirmed before anything confidential is said: nobody can
   * overhear, nobody can see the screen, no recording device but the approved call recorder, the
   * connection is encrypted. An item not met needs the reason.
   */
  public record EnvironmentCheck(
      boolean privatePlace,
      boolean screenPrivacy,
      boolean noRecordingDevices,
      boolean encryptedConnection,
      @Size(max = 500, message = "{problem.calls.environment-reason-size}")
          String exceptionReason) {

    public boolean allMet() {
      return privatePlace && screenPrivacy && noRecordingDevices && encryptedConnection;
    }

    @AssertTrue(message = "{problem.calls.environment-unmet}")
    public boolean isEveryUnmetItemExplained() {
      return allMet() || (exceptionReason != null && exceptionReason.trim().length() >= 10);
    }
  }

  /** How identity was verified: method, outcome and number of attempts. */
  public record IdentityCheck(
      @NotNull(message = "{problem.calls.verification-method}") VerificationMethod method,
      @NotNull(message = "{problem.calls.verification-outcome}") VerificationOutcome outcome,
      @Min(value = 1, message = "{problem.calls.verification-attempts-min}")
          @Max(value = 10, message = "{problem.calls.verification-attempts-max}")
          int attempts) {}

  /** What the customer explicitly allowed to be discussed, and how they were asked. */
  public record ConsentGiven(
      @NotNull(message = "{problem.calls.consent-categories}")
          Set<@NotNull(message = "{problem.calls.sensitive-category-empty}") SensitiveCategory>
              categories,
      @NotBlank(message = "{problem.calls.consent-how-asked}")
          @Size(max = 200, message = "{problem.calls.consent-how-asked-size}")
          String howAsked) {}

  public Set<SensitiveCategory> discussed() {
    return sensitiveCategoriesDiscussed == null ? Set.of() : sensitiveCategoriesDiscussed;
  }

  public Set<SensitiveCategory> consented() {
    return consent == null || consent.categories() == null ? Set.of() : consent.categories();
  }

  @AssertTrue(message = "{problem.calls.identity-before-sensitive}")
  public boolean isIdentityVerifiedBeforeSensitiveTopics() {
    return discussed().isEmpty()
        || identityVerification != null
            && identityVerification.outcome() == VerificationOutcome.PASSED;
  }

  @AssertTrue(message = "{problem.calls.consent-for-every-category}")
  public boolean isConsentGivenForEverySensitiveCategory() {
    return consented().containsAll(discussed());
  }
}
