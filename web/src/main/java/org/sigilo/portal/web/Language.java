package org.sigilo.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sigilo.platform.i18n.Messages;
import org.sigilo.users.boundary.UserAccounts;

/**
 * The language the portal speaks to this person: the one they chose with the header's switch
 * (remembered with their account), else the first of their browser's languages Sigilo has a bundle
 * for, else English.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject HttpServletRequest request;
  @EJB UserAccounts userAccounts;

  /** The language chosen with the switch in this session, or the account's remembered one. */
  private Locale chosen;

  /** Who {@link #chosen} was read for: a sign-in (or sign-out) reads the account's choice anew. */
  private String readFor;

  /** What the switch shows selected, and what it submits. */
  private String selected;

  public Locale getLocale() {
    String username =
        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    if (username != null && !username.equals(readFor)) {
      readFor = username;
      userAccounts
          .find(username)
          .flatMap(account -> account.preferredLanguage())
          .flatMap(Messages::language)
          .ifPresent(remembered -> chosen = remembered);
    }
    if (chosen != null) {
      return chosen;
    }
    return Messages.bestMatch(Collections.list(request.getLocales()));
  }

  /** The tag of the person's language, which the switch shows selected until they choose. */
  public String getTag() {
    return getLocale().toLanguageTag();
  }

  public List<Locale> getLanguages() {
    return Messages.languages();
  }

  /** A language's own name for itself, for the switch. */
  public String name(Locale language) {
    return Messages.text(language, "language.name");
  }

  public String getSelected() {
    return selected == null ? getTag() : selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  /**
   * Switches the portal to the selected language, remembers it for a signed-in person, and shows
   * the same page again in it.
   */
  public void change() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale language = Messages.language(selected).orElse(null);
    selected = null;
    if (language == null) {
      // only a hand-made request gets here: the switch offers supported languages only
      Refusals.problem(faces, Messages.text(getLocale(), "layout.language.unknown"));
      return;
    }
    chosen = language;
    if (request.getUserPrincipal() != null) {
      userAccounts.rememberLanguage(language);
    }
    faces.getViewRoot().setLocale(language);
    ExternalContext external = faces.getExternalContext();
    external.getFlash().setKeepMessages(true);
    Refusals.done(faces, Messages.text(language, "layout.language.changed"));
    // the same page again, with its view parameters (the call's id, say), now in the new language
    String viewId = faces.getViewRoot().getViewId();
    external.redirect(
        faces
            .getApplication()
            .getViewHandler()
            .getRedirectURL(faces, viewId, Collections.emptyMap(), true));
  }
}
