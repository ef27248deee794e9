package org.sigilo.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A class of records (e.g. {@code financial-advice}); retention schedules attach to it. The list is
 * configurable: migrations seed a default, records managers extend it.
 */
@Entity
@Table(name = "record_class")
@NamedQuery(
    name = RecordClass.ACTIVE,
    query = "SELECT c FROM RecordClass c WHERE c.active = TRUE ORDER BY c.name")
public class RecordClass {

  public static final String ACTIVE = "RecordClass.active";

  @Id
  @Column(name = "code", length = 64)
  private String code;

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected RecordClass() {}

  public RecordClass(String code, String name) {
    this.code = java.util.Objects.requireNonNull(code);
    this.name = java.util.Objects.requireNonNull(name);
    this.active = true;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
