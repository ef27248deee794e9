package org.sigilo.calls.boundary;

import java.time.Instant;
import java.util.Set;
import org.sigilo.calls.entity.CallRecord;
import org.sigilo.calls.entity.Channel;
import org.sigilo.calls.entity.Direction;
import org.sigilo.calls.entity.SecureChannel;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.calls.entity.VerificationMethod;
import org.sigilo.calls.entity.VerificationOutcome;

/**
 * A call as anyone allowed to see it sees it: metadata only. The confidential content stays masked
 * until revealed with a reason ({@link CallContent}).
 */
public record CallView(
    long id,
    Instant occurredAt,
    String agent,
    String customerReference,
    Direction direction,
    Channel channel,
    String recordClass,
    VerificationMethod verificationMethod,
    VerificationOutcome verificationOutcome,
    int verificationAttempts,
    Set<SensitiveCategory> consentedCategories,
    String consentHowAsked,
    Set<SensitiveCategory> sensitiveCategoriesDiscussed,
    SecureChannel secureChannelRedirection,
    boolean hasNotes,
    boolean hasCustomerContact,
    CallDocumentation.EnvironmentCheck secureEnvironment) {

  static CallView of(CallRecord call) {
    return new CallView(
        call.id(),
        call.occurredAt(),
        call.agent(),
        call.customerReference(),
        call.direction(),
        call.channel(),
        call.recordClass(),
        call.verificationMethod(),
        call.verificationOutcome(),
        call.verificationAttempts(),
        call.consentedCategories(),
        call.consentHowAsked(),
        call.sensitiveCategories(),
        call.secureChannel(),
        call.notesSealed() != null,
        call.contactSealed() != null,
        call.privatePlace() == null
            ? null // documented before the checklist existed
            : new CallDocumentation.EnvironmentCheck(
                call.privatePlace(),
                call.screenPrivacy(),
                call.noRecordingDevices(),
                call.encryptedConnection(),
                call.environmentExceptionReason()));
  }
}
