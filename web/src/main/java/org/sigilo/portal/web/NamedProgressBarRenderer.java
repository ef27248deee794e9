package org.sigilo.portal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.progressbar.ProgressBar;
import org.primefaces.component.progressbar.ProgressBarRenderer;

/**
 * A PrimeFaces progress bar that says what it measures: the page's {@code ariaLabel} attribute
 * becomes the bar's {@code aria-label}. PrimeFaces draws a {@code role="progressbar"} without a
 * name (axe rule "aria-progressbar-name", WCAG 1.1.1), so a screen reader would read "100%" with no
 * clue of what is done.
 */
public class NamedProgressBarRenderer extends ProgressBarRenderer {

  @Override
  protected void encodeMarkup(FacesContext context, ProgressBar bar) throws IOException {
    Object name = bar.getAttributes().get("ariaLabel");
    if (name == null || name.toString().isBlank()) {
      super.encodeMarkup(context, bar);
      return;
    }
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(original) {
          private boolean named;

          @Override
          public void startElement(String element, UIComponent component) throws IOException {
            super.startElement(element, component);
            if (!named) {
              named = true;
              // the role PrimeFaces' script adds too, so the name is valid before it runs
              super.writeAttribute("role", "progressbar", null);
              super.writeAttribute("aria-label", name, null);
            }
          }
        });
    try {
      super.encodeMarkup(context, bar);
    } finally {
      context.setResponseWriter(original);
    }
  }
}
