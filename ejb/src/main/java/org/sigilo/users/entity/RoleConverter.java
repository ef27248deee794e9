package org.sigilo.users.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its code ({@code records-manager}), the same string the container checks. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.code();
  }

  @Override
  public Role convertToEntityAttribute(String code) {
    return code == null
        ? null
        : Role.ofCode(code)
            .orElseThrow(() -> new IllegalStateException("Unknown role in database: " + code));
  }
}
