package org.sigilo.calls.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sigilo.calls.boundary.CallDocumentation;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;
import org.sigilo.calls.boundary.InvalidCallException;
import org.sigilo.calls.entity.Channel;
import org.sigilo.calls.entity.Direction;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.calls.entity.SecureChannel;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.calls.entity.VerificationMethod;
import org.sigilo.calls.entity.VerificationOutcome;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;

/**
 * Backs {@code document-call.xhtml}: the guided form, in the order a careful agent works. The rules
 * are the boundary's ({@link CallRecords#document}); a refusal shows every broken rule and keeps
 * everything typed.
 */
@Named
@ViewScoped
public class DocumentCall implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CallRecords callRecords;
  @Inject FacesContext facesContext;

  private LocalDateTime occurredAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
  private String customerReference;
  private Direction direction = Direction.INBOUND;
  private Channel channel = Channel.PHONE;
  private String recordClass;
  private VerificationMethod verificationMethod;
  private VerificationOutcome verificationOutcome;
  private int verificationAttempts = 1;
  private SensitiveCategory[] consentedCategories = new SensitiveCategory[0];
  private String consentHowAsked;
  private SensitiveCategory[] discussedCategories = new SensitiveCategory[0];
  private String summary;
  private String notes;
  private String customerContact;
  private SecureChannel secureChannel = SecureChannel.NONE;
  private boolean privatePlace;
  private boolean screenPrivacy;
  private boolean noRecordingDevices;
  private boolean encryptedConnection;
  private String environmentReason;
  private List<RecordClass> recordClasses;

  @PostConstruct
  void loadChoices() {
    recordClasses = callRecords.recordClasses();
  }

  public String save() {
    Set<SensitiveCategory> consented = toSet(consentedCategories);
    CallDocumentation documentation =
        new CallDocumentation(
            new CallDocumentation.EnvironmentCheck(
                privatePlace,
                screenPrivacy,
                noRecordingDevices,
                encryptedConnection,
                environmentReason),
            occurredAt == null ? null : occurredAt.atZone(ZoneId.systemDefault()).toInstant(),
            customerReference,
            direction,
            channel,
            recordClass,
            verificationMethod == null && verificationOutcome == null
                ? null
                : new CallDocumentation.IdentityCheck(
                    verificationMethod, verificationOutcome, verificationAttempts),
            consented.isEmpty()
                ? null
                : new CallDocumentation.ConsentGiven(consented, consentHowAsked),
            toSet(discussedCategories),
            summary,
            notes,
            customerContact,
            secureChannel);
    try {
      CallView call = callRecords.document(documentation);
      facesContext
          .getExternalContext()
          .getFlash()
          .put("notice", MessageBundle.text("document-call.saved", String.valueOf(call.id())));
      return "/calls/call-detail?faces-redirect=true&id=" + call.id();
    } catch (InvalidCallException refused) {
      // first what to do, then each broken rule; the view stays, with everything typed in it
      Refusals.problem(facesContext, MessageBundle.text("document-call.refused"));
      refused
          .problems(MessageBundle.viewLocale())
          .forEach(problem -> Refusals.problem(facesContext, problem));
      return null;
    }
  }

  private static Set<SensitiveCategory> toSet(SensitiveCategory[] categories) {
    return categories == null || categories.length == 0
        ? EnumSet.noneOf(SensitiveCategory.class)
        : EnumSet.copyOf(Arrays.asList(categories));
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public VerificationMethod[] getVerificationMethods() {
    return VerificationMethod.values();
  }

  public VerificationOutcome[] getVerificationOutcomes() {
    return VerificationOutcome.values();
  }

  public SensitiveCategory[] getSensitiveCategories() {
    return SensitiveCategory.values();
  }

  public SecureChannel[] getSecureChannels() {
    return SecureChannel.values();
  }

  public List<RecordClass> getRecordClasses() {
    return recordClasses;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getCustomerReference() {
    return customerReference;
  }

  public void setCustomerReference(String customerReference) {
    this.customerReference = customerReference;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getRecordClass() {
    return recordClass;
  }

  public void setRecordClass(String recordClass) {
    this.recordClass = recordClass;
  }

  public VerificationMethod getVerificationMethod() {
    return verificationMethod;
  }

  public void setVerificationMethod(VerificationMethod verificationMethod) {
    this.verificationMethod = verificationMethod;
  }

  public VerificationOutcome getVerificationOutcome() {
    return verificationOutcome;
  }

  public void setVerificationOutcome(VerificationOutcome verificationOutcome) {
    this.verificationOutcome = verificationOutcome;
  }

  public int getVerificationAttempts() {
    return verificationAttempts;
  }

  public void setVerificationAttempts(int verificationAttempts) {
    this.verificationAttempts = verificationAttempts;
  }

  public SensitiveCategory[] getConsentedCategories() {
    return consentedCategories;
  }

  public void setConsentedCategories(SensitiveCategory[] consentedCategories) {
    this.consentedCategories = consentedCategories;
  }

  public String getConsentHowAsked() {
    return consentHowAsked;
  }

  public void setConsentHowAsked(String consentHowAsked) {
    this.consentHowAsked = consentHowAsked;
  }

  public SensitiveCategory[] getDiscussedCategories() {
    return discussedCategories;
  }

  public void setDiscussedCategories(SensitiveCategory[] discussedCategories) {
    this.discussedCategories = discussedCategories;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getCustomerContact() {
    return customerContact;
  }

  public void setCustomerContact(String customerContact) {
    this.customerContact = customerContact;
  }

  public boolean isPrivatePlace() {
    return privatePlace;
  }

  public void setPrivatePlace(boolean privatePlace) {
    this.privatePlace = privatePlace;
  }

  public boolean isScreenPrivacy() {
    return screenPrivacy;
  }

  public void setScreenPrivacy(boolean screenPrivacy) {
    this.screenPrivacy = screenPrivacy;
  }

  public boolean isNoRecordingDevices() {
    return noRecordingDevices;
  }

  public void setNoRecordingDevices(boolean noRecordingDevices) {
    this.noRecordingDevices = noRecordingDevices;
  }

  public boolean isEncryptedConnection() {
    return encryptedConnection;
  }

  public void setEncryptedConnection(boolean encryptedConnection) {
    this.encryptedConnection = encryptedConnection;
  }

  public String getEnvironmentReason() {
    return environmentReason;
  }

  public void setEnvironmentReason(String environmentReason) {
    this.environmentReason = environmentReason;
  }

  public SecureChannel getSecureChannel() {
    return secureChannel;
  }

  public void setSecureChannel(SecureChannel secureChannel) {
    this.secureChannel = secureChannel;
  }
}
