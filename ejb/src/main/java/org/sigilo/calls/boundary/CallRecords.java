package org.sigilo.calls.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.sigilo.archives.control.ArchiveFullException;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.archives.entity.Attachment;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.control.SealedCalls;
import org.sigilo.calls.entity.CallRecord;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.platform.i18n.Message;
import org.sigilo.users.entity.Role;

/**
 * Documenting calls and reading them. Agents document calls and see their own; records managers,
 * legal and auditors see every call's metadata. Confidential content (summary, notes, contact
 * details) is only ever shown through {@link #reveal}, with a stated reason that is audited: agents
 * for their own calls, the other three roles for any ("break glass"). Admins look after the system
 * and see no calls.
 */
@Stateless
public class CallRecords {

  static final int MAX_PAGE_SIZE = 200;
  static final int LIST_WINDOW = 10_000;
  static final int MIN_REASON = 10;

  @Inject EntityManager entityManager;
  @Inject Validator validator;
  @Inject SealedCalls sealedCalls;
  @Inject KeyVault keyVault;
  @Inject ArchiveStore archiveStore;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Validates, stores the metadata, seals the content under a new data key; audited. */
  @RolesAllowed(Role.AGENT_CODE)
  public CallView document(CallDocumentation input) {
    validate(input);
    String agent = caller();
    CallDocumentation.IdentityCheck identity = input.identityVerification();
    CallRecord call =
        new CallRecord(
            input.occurredAt(),
            agent,
            input.customerReference(),
            input.direction(),
            input.channel(),
            input.recordClass(),
            identity.method(),
            identity.outcome(),
            identity.attempts(),
            input.consented(),
            input.consent() == null ? null : input.consent().howAsked(),
            input.discussed(),
            input.secureChannelRedirection(),
            Instant.now());
    CallDocumentation.EnvironmentCheck environment = input.secureEnvironment();
    call.environmentChecked(
        environment.privatePlace(),
        environment.screenPrivacy(),
        environment.noRecordingDevices(),
        environment.encryptedConnection(),
        environment.exceptionReason() == null ? null : environment.exceptionReason().trim());
    sealedCalls.store(call, input.summary(), input.notes(), input.customerContact());
    long id = call.id();
    auditEvents.record(
        agent,
        "call-documented",
        "call:" + id,
        Outcome.SUCCESS,
        "class " + call.recordClass() + ", sensitive categories " + call.sensitiveCategories());
    return CallView.of(call);
  }

  /** The call's metadata, if the caller may see it; otherwise as if it did not exist. */
  @RolesAllowed({Role.AGENT_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public CallView find(long id) {
    return CallView.of(visible(id, "call-viewed"));
  }

  /**
   * Newest first; agents see only their own calls. Only the newest {@value #LIST_WINDOW} calls that
   * match can be paged through, and matches are counted up to that many: counting or skipping a
   * million rows on every page would make the list unusable, and nobody reads page 40,000 (they
   * narrow the filter, e.g. by date).
   */
  @RolesAllowed({Role.AGENT_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public CallPage list(CallFilter filter, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidCallException(Message.of("problem.calls.page-range", MAX_PAGE_SIZE));
    }
    if (((long) page + 1) * size > LIST_WINDOW) {
      throw new InvalidCallException(Message.of("problem.calls.list-window", LIST_WINDOW));
    }
    CallFilter f = filter == null ? CallFilter.NONE : filter;
    List<Condition> conditions = new ArrayList<>();
    if (onlyOwnCalls()) {
      conditions.add(new Condition("c.agent = :agent", "agent = :agent", "agent", caller()));
    }
    if (f.from() != null) {
      conditions.add(
          new Condition("c.occurredAt >= :from", "occurred_at >= :from", "from", f.from()));
    }
    if (f.to() != null) {
      conditions.add(new Condition("c.occurredAt < :to", "occurred_at < :to", "to", f.to()));
    }
    if (f.customerReference() != null && !f.customerReference().isBlank()) {
      conditions.add(
          new Condition(
              "c.customerReference = :customer",
              "customer_reference = :customer",
              "customer",
              f.customerReference().trim()));
    }
    if (f.recordClass() != null && !f.recordClass().isBlank()) {
      conditions.add(
          new Condition(
              "c.recordClass = :recordClass",
              "record_class = :recordClass",
              "recordClass",
              f.recordClass().trim()));
    }
    StringBuilder jpqlWhere = new StringBuilder(" WHERE 1 = 1");
    StringBuilder sqlWhere = new StringBuilder(" WHERE 1 = 1");
    conditions.forEach(
        c -> {
          jpqlWhere.append(" AND ").append(c.jpql());
          sqlWhere.append(" AND ").append(c.sql());
        });
    TypedQuery<CallRecord> rows =
        entityManager.createQuery(
            "SELECT c FROM CallRecord c" + jpqlWhere + " ORDER BY c.occurredAt DESC, c.id DESC",
            CallRecord.class);
    // Counted in SQL, up to one past the window: standard SQL that H2 and PostgreSQL both run.
    Query count =
        entityManager.createNativeQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM call_record"
                + sqlWhere
                + " FETCH FIRST "
                + (LIST_WINDOW + 1)
                + " ROWS ONLY) bounded");
    conditions.forEach(
        c -> {
          rows.setParameter(c.parameter(), c.value());
          count.setParameter(c.parameter(), c.value());
        });
    List<CallView> items =
        rows.setFirstResult(page * size)
            .setMaxResults(size)
            .getResultStream()
            .map(CallView::of)
            .toList();
    long matching = ((Number) count.getSingleResult()).longValue();
    return new CallPage(
        items, Math.min(matching, LIST_WINDOW), matching <= LIST_WINDOW, page, size);
  }

  /** One filter condition, in JPQL for the page and in SQL for the bounded count. */
  private record Condition(String jpql, String sql, String parameter, Object value) {}

  /**
   * The confidential content, for a reason of at least {@value #MIN_REASON} characters that goes
   * into the audit trail with the caller's name.
   */
  @RolesAllowed({Role.AGENT_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public CallContent reveal(long id, String reason) {
    requireReason(reason);
    CallRecord call = visible(id, "call-content-revealed");
    SealedCalls.Content opened = sealedCalls.open(call);
    CallContent content =
        new CallContent(id, opened.summary(), opened.notes(), opened.customerContact());
    auditEvents.record(
        caller(),
        "call-content-revealed",
        "call:" + id,
        Outcome.SUCCESS,
        "reason: " + reason.trim());
    return content;
  }

  /**
   * Attaches a file (a recording, an export) to one of the caller's calls: streamed through
   * encryption under the call's data key into the archive directory, never whole in memory;
   * audited.
   */
  @RolesAllowed(Role.AGENT_CODE)
  public AttachmentView attach(
      long callId, String fileName, String mediaType, InputStream content) {
    List<Message> problems = new ArrayList<>();
    if (fileName == null
        || fileName.isBlank()
        || fileName.length() > 255
        || fileName.chars().anyMatch(Character::isISOControl)) {
      problems.add(Message.of("problem.calls.file-name"));
    }
    if (mediaType == null
        || !mediaType.matches("[A-Za-z0-9!#$&^_.+-]{1,64}/[A-Za-z0-9!#$&^_.+-]{1,64}")) {
      problems.add(Message.of("problem.calls.media-type"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCallException(problems);
    }
    CallRecord call = visible(callId, "attachment-uploaded");
    if (!call.agent().equals(caller())) {
      throw new CallNotFoundException(callId); // files are attached by the call's own agent only
    }
    String id = UUID.randomUUID().toString();
    SecretKey dataKey = keyVault.dataKey(callId);
    ArchiveStore.Stored stored;
    try {
      stored = archiveStore.write(dataKey, attachmentContext(callId, id), content);
    } catch (ArchiveFullException e) {
      // in a transaction of its own: this one rolls back
      auditEvents.recordIndependently(
          caller(),
          "attachment-refused",
          "call:" + callId,
          Outcome.FAILURE,
          "archive volume full (" + e.usableBytes() + " bytes usable); nothing stored");
      throw e;
    }
    // If the transaction does not commit, for whatever reason, the file goes too.
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              archiveStore.discard(stored.name());
            }
          }
        });
    try {
      if (stored.size() == 0) {
        throw new InvalidCallException(Message.of("problem.calls.empty-file"));
      }
      Attachment attachment =
          new Attachment(
              id,
              callId,
              stored.name(),
              mediaType.toLowerCase(java.util.Locale.ROOT),
              KeyVault.seal(dataKey, callId, attachmentNameField(id), fileName),
              stored.size(),
              stored.sha256(),
              caller(),
              Instant.now());
      entityManager.persist(attachment);
      auditEvents.record(
          caller(),
          "attachment-uploaded",
          "call:" + callId + "/attachment:" + id,
          Outcome.SUCCESS,
          stored.size() + " bytes, " + attachment.mediaType());
      entityManager.flush(); // problems surface now, while the file can still be discarded
      return AttachmentView.of(attachment);
    } catch (RuntimeException e) {
      archiveStore.discard(stored.name());
      throw e;
    }
  }

  /** The files attached to a call the caller may see; no names, no content. */
  @RolesAllowed({Role.AGENT_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public List<AttachmentView> attachments(long callId) {
    visible(callId, "attachments-listed");
    return entityManager
        .createNamedQuery(Attachment.OF_CALL, Attachment.class)
        .setParameter("callId", callId)
        .getResultStream()
        .map(AttachmentView::of)
        .toList();
  }

  /**
   * Grants the download of an attachment for a stated reason, audited like revealing the call's
   * content; the caller streams it with the returned handle.
   */
  @RolesAllowed({Role.AGENT_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public AttachmentDownload download(long callId, String attachmentId, String reason) {
    requireReason(reason);
    visible(callId, "attachment-downloaded");
    Attachment attachment =
        attachmentId == null ? null : entityManager.find(Attachment.class, attachmentId);
    if (attachment == null || attachment.callId() != callId) {
      throw new CallNotFoundException(callId);
    }
    SecretKey dataKey = keyVault.dataKey(callId);
    String fileName =
        KeyVault.open(dataKey, callId, attachmentNameField(attachmentId), attachment.nameSealed());
    auditEvents.record(
        caller(),
        "attachment-downloaded",
        "call:" + callId + "/attachment:" + attachmentId,
        Outcome.SUCCESS,
        "reason: " + reason.trim());
    String context = attachmentContext(callId, attachmentId);
    String storedName = attachment.storedName();
    return new AttachmentDownload(
        AttachmentView.of(attachment),
        fileName,
        out -> archiveStore.read(storedName, dataKey, context, out));
  }

  /** The active record classes agents may choose from. */
  @RolesAllowed({Role.AGENT_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public List<RecordClass> recordClasses() {
    return entityManager.createNamedQuery(RecordClass.ACTIVE, RecordClass.class).getResultList();
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.trim().length() < MIN_REASON) {
      throw new InvalidCallException(Message.of("problem.calls.reason-required", MIN_REASON));
    }
    if (reason.length() > 500) {
      throw new InvalidCallException(Message.of("problem.calls.reason-too-long"));
    }
    if (reason.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidCallException(Message.of("problem.calls.reason-one-line"));
    }
  }

  /** Binds an attachment file's encryption to its call and attachment. */
  private static String attachmentContext(long callId, String attachmentId) {
    return callId + ":attachment:" + attachmentId;
  }

  private static String attachmentNameField(String attachmentId) {
    return "attachment-name:" + attachmentId;
  }

  private CallRecord visible(long id, String action) {
    CallRecord call = entityManager.find(CallRecord.class, id);
    if (call == null) {
      throw new CallNotFoundException(id);
    }
    if (onlyOwnCalls() && !call.agent().equals(caller())) {
      auditEvents.recordIndependently(
          caller(), action, "call:" + id, Outcome.DENIED, "an agent may only see their own calls");
      throw new CallNotFoundException(id);
    }
    return call;
  }

  private void validate(CallDocumentation input) {
    if (input == null) {
      throw new InvalidCallException(Message.of("problem.calls.documentation-missing"));
    }
    Set<ConstraintViolation<CallDocumentation>> violations = validator.validate(input);
    List<Message> problems = new ArrayList<>();
    violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> problems.add(Message.of(v)));
    if (input.recordClass() != null
        && !input.recordClass().isBlank()
        && recordClasses().stream().noneMatch(c -> c.code().equals(input.recordClass()))) {
      problems.add(
          Message.of(
              "problem.calls.unknown-record-class",
              input.recordClass(),
              String.join(", ", recordClasses().stream().map(RecordClass::code).toList())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCallException(problems);
    }
  }

  private boolean onlyOwnCalls() {
    return session.isCallerInRole(Role.AGENT_CODE)
        && !session.isCallerInRole(Role.RECORDS_MANAGER_CODE)
        && !session.isCallerInRole(Role.LEGAL_CODE)
        && !session.isCallerInRole(Role.AUDITOR_CODE);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
