package org.sigilo.calls.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One documented call. Invariants (checked when it is made, so no path can store a record that
 * breaks them): identity was verified as PASSED before any sensitive category was discussed; every
 * sensitive category discussed was consented to. The summary, notes and customer contact details
 * exist here only as ciphertext under the record's own data key; the rest is metadata that records
 * managers, legal and auditors may see without breaking glass.
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

  @Id
  @SequenceGenerator(
      name = "call_record_seq",
      sequenceName = "call_record_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_record_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "agent", nullable = false, length = 64)
  private String agent;

  @Column(name = "customer_reference", nullable = false, length = 64)
  private String customerReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 16)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  @Column(name = "record_class", nullable = false, length = 64)
  private String recordClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "verification_method", nullable = false, length = 32)
  private VerificationMethod verificationMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "verification_outcome", nullable = false, length = 16)
  private VerificationOutcome verificationOutcome;

  @Column(name = "verification_attempts", nullable = false)
  private int verificationAttempts;

  @Column(name = "verified_by", nullable = false, length = 64)
  private String verifiedBy;

  @Column(name = "verified_at", nullable = false)
  private Instant verifiedAt;

  @Column(name = "consent_how_asked", length = 200)
  private String consentHowAsked;

  @Column(name = "consent_at")
  private Instant consentAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "call_consented_category", joinColumns = @JoinColumn(name = "call_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 32)
  private Set<SensitiveCategory> consentedCategories = EnumSet.noneOf(SensitiveCategory.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "call_sensitive_category", joinColumns = @JoinColumn(name = "call_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 32)
  private Set<SensitiveCategory> sensitiveCategories = EnumSet.noneOf(SensitiveCategory.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "secure_channel", nullable = false, length = 32)
  private SecureChannel secureChannel;

  @Column(name = "summary_sealed", nullable = false)
  private byte[] summarySealed;

  @Column(name = "notes_sealed")
  private byte[] notesSealed;

  @Column(name = "contact_sealed")
  private byte[] contactSealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "env_private_place")
  private Boolean privatePlace;

  @Column(name = "env_screen_privacy")
  private Boolean screenPrivacy;

  @Column(name = "env_no_recording_devices")
  private Boolean noRecordingDevices;

  @Column(name = "env_encrypted_connection")
  private Boolean encryptedConnection;

  @Column(name = "env_exception_reason", length = 500)
  private String environmentExceptionReason;

  protected CallRecord() {}

  /** Metadata of a new record; the confidential content is sealed once the id is known. */
  public CallRecord(
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
      Set<SensitiveCategory> sensitiveCategories,
      SecureChannel secureChannel,
      Instant createdAt) {
    Set<SensitiveCategory> discussed = copy(sensitiveCategories);
    Set<SensitiveCategory> consented = copy(consentedCategories);
    if (!discussed.isEmpty() && verificationOutcome != VerificationOutcome.PASSED) {
      throw new IllegalArgumentException(
          "Identity must be verified as passed before sensitive categories are discussed");
    }
    if (!consented.containsAll(discussed)) {
      throw new IllegalArgumentException(
          "Every sensitive category discussed needs the customer's consent for it");
    }
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.agent = Objects.requireNonNull(agent);
    this.customerReference = Objects.requireNonNull(customerReference);
    this.direction = Objects.requireNonNull(direction);
    this.channel = Objects.requireNonNull(channel);
    this.recordClass = Objects.requireNonNull(recordClass);
    this.verificationMethod = Objects.requireNonNull(verificationMethod);
    this.verificationOutcome = Objects.requireNonNull(verificationOutcome);
    this.verificationAttempts = verificationAttempts;
    this.verifiedBy = agent;
    this.verifiedAt = occurredAt;
    this.consentedCategories = consented;
    this.consentHowAsked = consented.isEmpty() ? null : consentHowAsked;
    this.consentAt = consented.isEmpty() ? null : occurredAt;
    this.sensitiveCategories = discussed;
    this.secureChannel = Objects.requireNonNull(secureChannel);
    this.createdAt = Objects.requireNonNull(createdAt);
    // Sealing needs the id, which exists only once persisted; until then an empty value that is
    // no ciphertext at all (it never decrypts) satisfies NOT NULL. Sealed in the same transaction.
    this.summarySealed = new byte[0];
  }

  /**
   * The secure-environment checklist the agent confirmed before the call. Invariant: an item not
   * met comes with the reason, and a reason only with an item not met.
   */
  public void environmentChecked(
      boolean privatePlace,
      boolean screenPrivacy,
      boolean noRecordingDevices,
      boolean encryptedConnection,
      String exceptionReason) {
    boolean allMet = privatePlace && screenPrivacy && noRecordingDevices && encryptedConnection;
    String reason = exceptionReason == null || exceptionReason.isBlank() ? null : exceptionReason;
    if (!allMet && reason == null) {
      throw new IllegalArgumentException(
          "An item of the secure-environment checklist was not met: the reason is required");
    }
    this.privatePlace = privatePlace;
    this.screenPrivacy = screenPrivacy;
    this.noRecordingDevices = noRecordingDevices;
    this.encryptedConnection = encryptedConnection;
    this.environmentExceptionReason = allMet ? null : reason;
  }

  /** Null for a call documented before the checklist existed. */
  public Boolean privatePlace() {
    return privatePlace;
  }

  public Boolean screenPrivacy() {
    return screenPrivacy;
  }

  public Boolean noRecordingDevices() {
    return noRecordingDevices;
  }

  public Boolean encryptedConnection() {
    return encryptedConnection;
  }

  public String environmentExceptionReason() {
    return environmentExceptionReason;
  }

  /** Stores the confidential content, already encrypted under this record's data key. */
  public void seal(byte[] summary, byte[] notes, byte[] contact) {
    this.summarySealed = Objects.requireNonNull(summary, "summary");
    this.notesSealed = notes;
    this.contactSealed = contact;
  }

  private static Set<SensitiveCategory> copy(Set<SensitiveCategory> categories) {
    return categories == null || categories.isEmpty()
        ? EnumSet.noneOf(SensitiveCategory.class)
        : EnumSet.copyOf(categories);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String agent() {
    return agent;
  }

  public String customerReference() {
    return customerReference;
  }

  public Direction direction() {
    return direction;
  }

  public Channel channel() {
    return channel;
  }

  public String recordClass() {
    return recordClass;
  }

  public VerificationMethod verificationMethod() {
    return verificationMethod;
  }

  public VerificationOutcome verificationOutcome() {
    return verificationOutcome;
  }

  public int verificationAttempts() {
    return verificationAttempts;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public Set<SensitiveCategory> consentedCategories() {
    return copy(consentedCategories);
  }

  public String consentHowAsked() {
    return consentHowAsked;
  }

  public Set<SensitiveCategory> sensitiveCategories() {
    return copy(sensitiveCategories);
  }

  public SecureChannel secureChannel() {
    return secureChannel;
  }

  public byte[] summarySealed() {
    return summarySealed;
  }

  public byte[] notesSealed() {
    return notesSealed;
  }

  public byte[] contactSealed() {
    return contactSealed;
  }
}
