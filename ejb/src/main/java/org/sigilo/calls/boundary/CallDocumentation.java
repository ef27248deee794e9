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
 */
public record CallDocumentation(
    @NotNull(
            message =
                "Go through the secure-environment checklist first: private place, screen"
                    + " privacy, no recording devices, encrypted connection.")
        @Valid
        EnvironmentCheck secureEnvironment,
    @NotNull(message = "Give the date and time of the call.")
        @PastOrPresent(message = "The call cannot be in the future: check the date and time.")
        Instant occurredAt,
    @NotBlank(message = "Give the customer reference.")
        @Size(max = 64, message = "A customer reference has at most 64 characters.")
        @Pattern(
            regexp = "[A-Za-z0-9._-]*",
            message =
                "A customer reference has only letters, digits, dots, dashes and underscores.")
        String customerReference,
    @NotNull(message = "Say whether the customer called in (INBOUND) or was called (OUTBOUND).")
        Direction direction,
    @NotNull(message = "Say which kind of call it was (PHONE or VIDEO).") Channel channel,
    @NotBlank(message = "Choose a record class.")
        @Size(max = 64, message = "A record class has at most 64 characters.")
        String recordClass,
    @NotNull(message = "Record how the caller's identity was verified, even if it failed.") @Valid
        IdentityCheck identityVerification,
    @Valid ConsentGiven consent,
    Set<@NotNull(message = "A sensitive category cannot be empty.") SensitiveCategory>
        sensitiveCategoriesDiscussed,
    @NotBlank(message = "Write a summary of the call.")
        @Size(
            max = 4000,
            message = "The summary has at most 4000 characters; put details in the notes.")
        String summary,
    @Size(max = 20000, message = "The notes have at most 20000 characters.") String notes,
    @Size(max = 500, message = "The customer contact details have at most 500 characters.")
        String customerContact,
    @NotNull(message = "Say whether the customer was redirected to a secure channel (NONE if not).")
        SecureChannel secureChannelRedirection) {

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
      @Size(max = 500, message = "The reason has at most 500 characters.") String exceptionReason) {

    public boolean allMet() {
      return privatePlace && screenPrivacy && noRecordingDevices && encryptedConnection;
    }

    @AssertTrue(
        message =
            "An item of the secure-environment checklist is not confirmed: say why (at least 10"
                + " characters), or move somewhere secure first.")
    public boolean isEveryUnmetItemExplained() {
      return allMet() || (exceptionReason != null && exceptionReason.trim().length() >= 10);
    }
  }

  /** How identity was verified: method, outcome and number of attempts. */
  public record IdentityCheck(
      @NotNull(message = "Choose how identity was verified.") VerificationMethod method,
      @NotNull(message = "Choose the outcome of identity verification.")
          VerificationOutcome outcome,
      @Min(value = 1, message = "Identity verification takes at least one attempt.")
          @Max(value = 10, message = "More than 10 verification attempts cannot be right.")
          int attempts) {}

  /** What the customer explicitly allowed to be discussed, and how they were asked. */
  public record ConsentGiven(
      @NotNull(message = "List the sensitive categories the customer consented to.")
          Set<@NotNull SensitiveCategory> categories,
      @NotBlank(message = "Say how consent was asked (the words used).")
          @Size(max = 200, message = "How consent was asked has at most 200 characters.")
          String howAsked) {}

  public Set<SensitiveCategory> discussed() {
    return sensitiveCategoriesDiscussed == null ? Set.of() : sensitiveCategoriesDiscussed;
  }

  public Set<SensitiveCategory> consented() {
    return consent == null || consent.categories() == null ? Set.of() : consent.categories();
  }

  @AssertTrue(
      message =
          "Verify the caller's identity (outcome PASSED) before recording any sensitive category as discussed.")
  public boolean isIdentityVerifiedBeforeSensitiveTopics() {
    return discussed().isEmpty()
        || identityVerification != null
            && identityVerification.outcome() == VerificationOutcome.PASSED;
  }

  @AssertTrue(
      message =
          "Every sensitive category discussed needs the customer's consent for it: ask, and record the consent first.")
  public boolean isConsentGivenForEverySensitiveCategory() {
    return consented().containsAll(discussed());
  }
}
