package org.sigilo.users.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.users.boundary.UserAccounts;

/**
 * Backs {@code account/change-password.xhtml} (as {@code #{changePassword}}): the signed-in person
 * changes their own password, giving the current one; a password an admin gave them must be changed
 * here before any other page opens ({@link PasswordFirstFilter}). After a change the person goes on
 * to their home page.
 */
@Named
@ViewScoped
public class ChangePassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB UserAccounts userAccounts;
  @Inject FacesContext faces;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  /** Whether the person is here because they must change it (rather than by choice). */
  public boolean isRequired() {
    String username = faces.getExternalContext().getRemoteUser();
    return username != null && userAccounts.mustChangePassword(username);
  }

  public String change() {
    if (!Objects.equals(newPassword, repeatedPassword)) {
      Refusals.problem(faces, MessageBundle.text("change-password.mismatch"));
      return null;
    }
    try {
      userAccounts.changeOwnPassword(currentPassword, newPassword);
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
      return null;
    }
    Refusals.done(faces, MessageBundle.text("change-password.done"));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/index?faces-redirect=true";
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
