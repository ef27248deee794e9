package org.sigilo.portal.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Answers a form whose view state is unknown (the session ended, or the state was forged) with the
 * expired page, rendered in place of the view: a plain page and a plain status, where the web.xml
 * exception mapping would answer 500 and Faces would log a stack trace for every forged post, which
 * lets anyone fill the server log. One line at FINE is all such a post is worth.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  static final String EXPIRED_PAGE = "/error/expired.xhtml";

  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        ExceptionQueuedEventContext event = queued.next().getContext();
        if (isExpiredView(event)) {
          queued.remove();
          showExpiredPage(event.getContext());
        }
      }
      getWrapped().handle();
    }

    private static boolean isExpiredView(ExceptionQueuedEventContext event) {
      for (Throwable cause = event.getException(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException || cause instanceof ProtectedViewException) {
          return true;
        }
      }
      return false;
    }

    private static void showExpiredPage(FacesContext context) {
      HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
      LOG.fine(
          () ->
              "Unknown view state posted to "
                  + request.getRequestURI()
                  + " from "
                  + request.getRemoteAddr());
      context.setViewRoot(
          context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
      if (context.getPartialViewContext().isAjaxRequest()) {
        context.getPartialViewContext().setRenderAll(true);
      }
      context.renderResponse();
    }
  }
}
