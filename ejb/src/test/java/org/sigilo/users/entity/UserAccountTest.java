package org.sigilo.users.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  @Test
  void userNamesWithSpacesOrMarkupAreRefused() {
    for (String name : new String[] {"", "with space", "<script>", "x".repeat(65), null}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new UserAccount(name, "Name", "hash", EnumSet.of(Role.AGENT), Instant.now()),
          String.valueOf(name));
    }
  }

  @Test
  void aUserNeedsARole() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new UserAccount("ana", "Ana", "hash", Set.of(), Instant.now()));
  }

  @Test
  void rolesAreCopiedNotShared() {
    Set<Role> roles = EnumSet.of(Role.LEGAL);
    UserAccount account = new UserAccount("lee", "Lee", "hash", roles, Instant.now());
    roles.add(Role.ADMIN);
    assertEquals(EnumSet.of(Role.LEGAL), account.roles());
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
