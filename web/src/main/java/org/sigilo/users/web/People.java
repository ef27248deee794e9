package org.sigilo.users.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.users.boundary.PasswordIssued;
import org.sigilo.users.boundary.PersonRequest;
import org.sigilo.users.boundary.PersonView;
import org.sigilo.users.entity.Role;

/**
 * Backs {@code admin/people.xhtml} (as {@code #{people}}): admins find people by name, role and
 * status, create them, and change one person at a time (roles, disable, enable, reset the password)
 * with a reason, after confirming a disable or a reset. A one-time password Sigilo made is shown
 * once, right after, and kept nowhere. The boundary has the same simple name, so it is written out
 * in full.
 */
@Named
@ViewScoped
public class People implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the action panel below the table is doing for the chosen person. */
  public enum Action {
    ROLES,
    DISABLE,
    ENABLE,
    RESET
  }

  @EJB org.sigilo.users.boundary.People people;
  @Inject FacesContext faces;
  @Inject Formats formats;

  private String filterText;
  private String filterRole;
  private String filterStatus;

  private String username;
  private String displayName;
  private String jobTitle;
  private String email;
  private List<String> roles = new ArrayList<>();
  private String password;

  private String chosen;
  private Action action;
  private List<String> newRoles = new ArrayList<>();
  private String reason;
  private String newPassword;

  /** The user name and one-time password to show once, after a create or a reset. */
  private String issuedTo;

  private String issuedPassword;

  private transient List<PersonView> found;

  public List<PersonView> getPeople() {
    if (found == null) {
      try {
        found = people.list(filterText, filterRole, filterStatus);
      } catch (Refusal refusal) {
        Refusals.show(faces, refusal);
        found = List.of();
      }
    }
    return found;
  }

  public void filter() {
    found = null;
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
  }

  /** A person's roles as the reader's language names them. */
  public String roleNames(PersonView person) {
    return person.roles().stream()
        .map(code -> Role.ofCode(code).map(r -> formats.label("role", r)).orElse(code))
        .collect(Collectors.joining(", "));
  }

  public void create() {
    forgetIssued();
    try {
      PasswordIssued issued =
          people.create(new PersonRequest(username, displayName, jobTitle, email, roles, password));
      Refusals.done(faces, MessageBundle.text("people.created", issued.person().username()));
      remember(issued);
      username = null;
      displayName = null;
      jobTitle = null;
      email = null;
      roles = new ArrayList<>();
      password = null;
      found = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  /** Chooses a person and what to do; the panel below the table then asks for the rest. */
  public void start(String person, Action what) {
    forgetIssued();
    chosen = person;
    action = what;
    reason = null;
    newPassword = null;
    newRoles =
        what == Action.ROLES ? new ArrayList<>(people.find(person).roles()) : new ArrayList<>();
  }

  public void cancel() {
    chosen = null;
    action = null;
    reason = null;
    newPassword = null;
  }

  /** Carries out the chosen action with the reason given. */
  public void apply() {
    try {
      switch (action) {
        case ROLES -> {
          people.changeRoles(chosen, newRoles, reason);
          Refusals.done(faces, MessageBundle.text("people.roles-changed", chosen));
        }
        case DISABLE -> {
          people.disable(chosen, reason);
          Refusals.done(faces, MessageBundle.text("people.disabled", chosen));
        }
        case ENABLE -> {
          people.enable(chosen, reason);
          Refusals.done(faces, MessageBundle.text("people.enabled", chosen));
        }
        case RESET -> {
          PasswordIssued issued = people.resetPassword(chosen, newPassword, reason);
          Refusals.done(faces, MessageBundle.text("people.reset", chosen));
          remember(issued);
        }
      }
      cancel();
      found = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  /** The heading of the action panel, naming the person. */
  public String getActionHeading() {
    if (action == null) {
      return "";
    }
    return switch (action) {
      case ROLES -> MessageBundle.text("people.action.roles.heading", chosen);
      case DISABLE -> MessageBundle.text("people.action.disable.heading", chosen);
      case ENABLE -> MessageBundle.text("people.action.enable.heading", chosen);
      case RESET -> MessageBundle.text("people.action.reset.heading", chosen);
    };
  }

  /** The confirmation's question, naming the person (asked before a disable or a reset). */
  public String getConfirmQuestion() {
    if (action == null) {
      return "";
    }
    return switch (action) {
      case ROLES -> MessageBundle.text("people.action.roles.confirm", chosen);
      case DISABLE -> MessageBundle.text("people.action.disable.confirm", chosen);
      case ENABLE -> MessageBundle.text("people.action.enable.confirm", chosen);
      case RESET -> MessageBundle.text("people.action.reset.confirm", chosen);
    };
  }

  private void remember(PasswordIssued issued) {
    if (issued.oneTimePassword() != null) {
      issuedTo = issued.person().username();
      issuedPassword = issued.oneTimePassword();
    }
  }

  private void forgetIssued() {
    issuedTo = null;
    issuedPassword = null;
  }

  public String getIssuedTo() {
    return issuedTo;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public String getFilterRole() {
    return filterRole;
  }

  public void setFilterRole(String filterRole) {
    this.filterRole = filterRole;
  }

  public String getFilterStatus() {
    return filterStatus;
  }

  public void setFilterStatus(String filterStatus) {
    this.filterStatus = filterStatus;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getChosen() {
    return chosen;
  }

  public Action getAction() {
    return action;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
