package org.sigilo.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapAdminTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void nothingHappensWhileAnAdminExistsWhateverIsConfigured() {
    BootstrapAdmin.Plan plan =
        BootstrapAdmin.plan(
            true, Optional.of("ada"), name -> false, Optional.of("Quiet-Harbor-Lamp-4821"), policy);
    assertFalse(plan.creates());
    assertNull(plan.why(), "nothing to say: the system has its admin");
  }

  @Test
  void withoutAUserNameNobodyIsCreatedAndTheLogSaysWhatToSet() {
    BootstrapAdmin.Plan plan =
        BootstrapAdmin.plan(false, Optional.empty(), name -> false, Optional.empty(), policy);
    assertFalse(plan.creates());
    assertTrue(plan.why().contains("SIGILO_BOOTSTRAP_ADMIN"), plan.why());
  }

  @Test
  void theConfiguredPasswordIsUsedWhenThePolicyAcceptsIt() {
    BootstrapAdmin.Plan plan =
        BootstrapAdmin.plan(
            false,
            Optional.of("ada"),
            name -> false,
            Optional.of("Quiet-Harbor-Lamp-4821"),
            policy);
    assertTrue(plan.creates());
    assertEquals("ada", plan.username());
    assertEquals("Quiet-Harbor-Lamp-4821", plan.password());
    assertFalse(plan.generated(), "not printed in the log");
  }

  @Test
  void withoutAPasswordOneIsMadeToBePrintedOnce() {
    BootstrapAdmin.Plan plan =
        BootstrapAdmin.plan(false, Optional.of("ada"), name -> false, Optional.empty(), policy);
    assertTrue(plan.creates());
    assertTrue(plan.generated());
    assertTrue(policy.check(plan.password()).accepted());
  }

  @Test
  void aWeakPasswordABadNameOrATakenNameCreateNothing() {
    assertFalse(
        BootstrapAdmin.plan(false, Optional.of("ada"), n -> false, Optional.of("admin"), policy)
            .creates());
    assertFalse(
        BootstrapAdmin.plan(false, Optional.of("a d a"), n -> false, Optional.empty(), policy)
            .creates());
    assertFalse(
        BootstrapAdmin.plan(false, Optional.of("agent"), n -> true, Optional.empty(), policy)
            .creates());
  }
}
