package org.sigilo.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sigilo.platform.i18n.Messages;

/**
 * The message bundle as pages read it, {@code #{msg['key']}}, in the view's language. Produced here
 * rather than declared in faces-config.xml because Faces' own lookup would fall back to the
 * server's default locale before English. A bean itself, so that the web module's annotated
 * discovery finds the producer.
 */
@ApplicationScoped
public class MessageBundle {

  @Produces
  @Named("msg")
  public ResourceBundle bundle() {
    return Messages.bundle(viewLocale());
  }

  /** The text for a key in the view's language, for beans that add messages or build labels. */
  public static String text(String key, Object... arguments) {
    return Messages.text(viewLocale(), key, arguments);
  }

  /** The language the current page is rendered in; English outside a Faces request. */
  public static Locale viewLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return Messages.BASE;
    }
    return faces.getViewRoot().getLocale();
  }
}
