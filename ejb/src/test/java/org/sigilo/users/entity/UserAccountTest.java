package org.sigilo.users.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static UserAccount account(String username, Set<Role> roles) {
    return new UserAccount(
        username,
        "Name",
        "Clerk",
        null,
        "hash",
        roles,
        Instant.parse("2026-01-01T00:00:00Z"),
        true);
  }

  @Test
  void userNamesWithSpacesOrMarkupAreRefused() {
    for (String name : new String[] {"", "with space", "<script>", "x".repeat(65), null}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> account(name, EnumSet.of(Role.AGENT)),
          String.valueOf(name));
    }
  }

  @Test
  void aUserNeedsARole() {
    assertThrows(IllegalArgumentException.class, () -> account("ana", Set.of()));
    UserAccount ana = account("ana", EnumSet.of(Role.AGENT));
    assertThrows(IllegalArgumentException.class, () -> ana.changeRoles(Set.of()));
    assertEquals(EnumSet.of(Role.AGENT), ana.roles());
  }

  @Test
  void rolesAreCopiedNotShared() {
    Set<Role> roles = EnumSet.of(Role.LEGAL);
    UserAccount account = account("lee", roles);
    roles.add(Role.ADMIN);
    assertEquals(EnumSet.of(Role.LEGAL), account.roles());
  }

  @Test
  void certificatesNeedADisplayNameAndAJobTitle() {
    for (String[] names :
        new String[][] {{"", "Clerk"}, {"Ana", " "}, {null, "Clerk"}, {"Ana", "x".repeat(129)}}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new UserAccount(
                  "ana",
                  names[0],
                  names[1],
                  null,
                  "hash",
                  EnumSet.of(Role.AGENT),
                  Instant.now(),
                  true),
          names[0] + "/" + names[1]);
    }
  }

  @Test
  void anEmailAddressMustLookLikeOne() {
    for (String email : new String[] {"ana", "ana@", "@example.org", "ana@example", "a b@x.org"}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new UserAccount(
                  "ana",
                  "Ana",
                  "Clerk",
                  email,
                  "hash",
                  EnumSet.of(Role.AGENT),
                  Instant.now(),
                  true),
          email);
    }
    UserAccount ana =
        new UserAccount(
            "ana",
            "Ana",
            "Clerk",
            "ana@example.org",
            "hash",
            EnumSet.of(Role.AGENT),
            Instant.now(),
            true);
    assertEquals("ana@example.org", ana.email().orElseThrow());
  }

  @Test
  void aPasswordGivenBySomeoneElseMustBeChangedAndOnlyTheOwnersOwnEndsThat() {
    UserAccount ana = account("ana", EnumSet.of(Role.AGENT));
    assertTrue(ana.mustChangePassword(), "a new account's password was chosen by an admin");
    Instant later = Instant.parse("2026-02-01T00:00:00Z");
    ana.changePassword("own-hash", true, later);
    assertFalse(ana.mustChangePassword());
    assertEquals(later, ana.passwordChangedAt());
    ana.changePassword("reset-hash", false, later.plusSeconds(60));
    assertTrue(ana.mustChangePassword(), "a reset password must be changed again");
    assertEquals("reset-hash", ana.passwordHash());
  }

  @Test
  void aDisabledAdminIsNoActiveAdmin() {
    UserAccount ada = account("ada", EnumSet.of(Role.ADMIN));
    assertTrue(ada.isActiveAdmin());
    ada.disable();
    assertFalse(ada.isActiveAdmin());
    ada.enable();
    assertTrue(ada.isActiveAdmin());
  }

  @Test
  void roleCodesAreTheNamesTheContainerChecks() {
    assertEquals("records-manager", Role.RECORDS_MANAGER.code());
    for (Role role : Role.values()) {
      assertEquals(role, Role.ofCode(role.code()).orElseThrow());
      assertEquals(role, new RoleConverter().convertToEntityAttribute(role.code()));
    }
    assertEquals(true, Role.ofCode("root").isEmpty());
  }
}
