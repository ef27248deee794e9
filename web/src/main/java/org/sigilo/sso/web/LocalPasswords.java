package org.sigilo.sso.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.users.boundary.SignInPolicy;

/**
 * The admin's switch for local passwords, on the system status page. Turning them off is refused
 * while single sign-on is not configured (the boundary says so, audited).
 */
@Named
@RequestScoped
public class LocalPasswords {

  @EJB SignInPolicy signInPolicy;
  @Inject SsoConfiguration configuration;
  @Inject FacesContext facesContext;

  public boolean isEnabled() {
    return signInPolicy.localPasswordsEnabled();
  }

  public boolean isSsoConfigured() {
    return configuration.isConfigured();
  }

  public void turnOff() {
    turn(false, "sso.local-passwords.turned-off");
  }

  public void turnOn() {
    turn(true, "sso.local-passwords.turned-on");
  }

  private void turn(boolean on, String doneKey) {
    try {
      signInPolicy.turnLocalPasswords(on, configuration.isConfigured());
      facesContext.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageBundle.text(doneKey), null));
    } catch (Refusal refusal) {
      Refusals.show(facesContext, refusal);
    }
  }
}
