package org.sigilo.it.inserver;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Set;
import org.sigilo.calls.boundary.CallDocumentation;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.entity.Channel;
import org.sigilo.calls.entity.Direction;
import org.sigilo.calls.entity.SecureChannel;
import org.sigilo.calls.entity.VerificationMethod;
import org.sigilo.calls.entity.VerificationOutcome;

/** Documents calls with the agent role, as an agent's request would. */
@Stateless
@PermitAll
@RunAs("agent")
public class AsAgent {

  @EJB CallRecords callRecords;

  /** Attaches a file to one of the agent's calls; answers the attachment's id. */
  public String attach(long callId, String name, byte[] content) {
    return callRecords
        .attach(callId, name, "application/octet-stream", new java.io.ByteArrayInputStream(content))
        .id();
  }

  /** A call of the given class and customer that happened at {@code occurredAt}; its id. */
  public long document(Instant occurredAt, String recordClass, String customerReference) {
    return callRecords
        .document(
            new CallDocumentation(
                new CallDocumentation.EnvironmentCheck(true, true, true, true, null),
                occurredAt,
                customerReference,
                Direction.INBOUND,
                Channel.PHONE,
                recordClass,
                new CallDocumentation.IdentityCheck(
                    VerificationMethod.ONE_TIME_CODE, VerificationOutcome.PASSED, 1),
                null,
                Set.of(),
                "Retention test call of " + customerReference,
                null,
                null,
                SecureChannel.NONE))
        .id();
  }
}
