package org.sigilo.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import org.sigilo.platform.boundary.Refusal;

/**
 * Shows a boundary's refusal on a page, in the view's language: the detail as one message and each
 * problem as another, and marks the request as failed so that what the person typed stays in the
 * form.
 */
public final class Refusals {

  private Refusals() {}

  public static void show(FacesContext faces, Refusal refusal) {
    Locale language = MessageBundle.viewLocale();
    List<String> problems = refusal.problems(language);
    if (problems == null || problems.isEmpty()) {
      problem(faces, refusal.detail(language));
    } else {
      problems.forEach(problem -> problem(faces, problem));
    }
  }

  /** One thing the page itself found wrong with the input. */
  public static void problem(FacesContext faces, String problem) {
    // an empty detail: with none, Faces repeats the summary as the detail and it shows twice
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, ""));
    faces.validationFailed();
  }

  /** A sentence saying what happened, for after a change went through. */
  public static void done(FacesContext faces, String summary) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
  }
}
