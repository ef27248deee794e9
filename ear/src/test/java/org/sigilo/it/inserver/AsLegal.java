package org.sigilo.it.inserver;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.sigilo.retention.boundary.HoldRequest;
import org.sigilo.retention.boundary.HoldView;
import org.sigilo.retention.boundary.Holds;

/** Places and releases holds with the legal role, as legal's requests would. */
@Stateless
@PermitAll
@RunAs("legal")
public class AsLegal {

  @EJB Holds holds;

  public long holdCustomer(String matter, String customerReference) {
    return holds
        .place(
            new HoldRequest(
                matter,
                "Litigation about this customer",
                customerReference,
                null,
                null,
                null,
                null))
        .id();
  }

  public long holdRecords(String matter, List<Long> recordIds) {
    return holds
        .place(
            new HoldRequest(
                matter, "Regulator asked for these calls", null, null, null, null, recordIds))
        .id();
  }

  public HoldView release(long holdId) {
    return holds.release(holdId, "The matter was settled and closed");
  }
}
