package org.sigilo.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, still a list to assistive technology. PrimeFaces gives each {@code li}
 * {@code role="alert"}, which takes away its list-item role and leaves a {@code ul} without items
 * (axe rule "list", WCAG 1.3.1). Here the items stay items and the announcement moves to the group
 * around the list: an alert for errors, a status for the rest (inside the live region PrimeFaces
 * already draws around all messages).
 */
public class MessagesAsListRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessages(
      FacesContext context, Messages uiMessages, String severity, List<FacesMessage> messages)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    String role = "error".equals(severity) || "fatal".equals(severity) ? "alert" : "status";
    context.setResponseWriter(new ItemsStayItems(original, role));
    try {
      super.encodeMessages(context, uiMessages, severity, messages);
    } finally {
      context.setResponseWriter(original);
    }
  }

  /** Names the first element (the severity's group) with a role; drops the items' own roles. */
  private static final class ItemsStayItems extends ResponseWriterWrapper {

    private final String groupRole;
    private boolean groupStarted;
    private String element;

    ItemsStayItems(ResponseWriter wrapped, String groupRole) {
      super(wrapped);
      this.groupRole = groupRole;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      super.startElement(name, component);
      element = name;
      if (!groupStarted) {
        groupStarted = true;
        super.writeAttribute("role", groupRole, null);
      }
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
