package org.sigilo.portal.web;

import static org.sigilo.portal.web.MessageBundle.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.sigilo.users.entity.Role;

/**
 * The navigation a user sees, built from their roles. It mirrors the security constraints in
 * web.xml; hiding a link is a courtesy, the constraint is what protects the page.
 */
@Named
@RequestScoped
public class Navigation {

  @Inject CurrentUser currentUser;

  public List<NavigationItem> getItems() {
    List<NavigationItem> items = new ArrayList<>();
    if (!currentUser.isSignedIn()) {
      return items;
    }
    items.add(new NavigationItem("nav-home", text("nav.home"), "/index.xhtml"));
    if (currentUser.hasRole(Role.AGENT)) {
      items.add(
          new NavigationItem(
              "nav-document-call", text("nav.document-call"), "/calls/document-call.xhtml"));
      items.add(new NavigationItem("nav-calls", text("nav.my-calls"), "/calls/calls.xhtml"));
    } else if (currentUser.hasRole(Role.RECORDS_MANAGER)
        || currentUser.hasRole(Role.LEGAL)
        || currentUser.hasRole(Role.AUDITOR)) {
      items.add(new NavigationItem("nav-calls", text("nav.calls"), "/calls/calls.xhtml"));
      items.add(
          new NavigationItem("nav-schedules", text("nav.schedules"), "/retention/schedules.xhtml"));
      items.add(new NavigationItem("nav-holds", text("nav.holds"), "/retention/holds.xhtml"));
      items.add(
          new NavigationItem(
              "nav-disposition-lists",
              text("nav.disposition-lists"),
              "/retention/disposition-lists.xhtml"));
    }
    if (currentUser.hasRole(Role.LEGAL) || currentUser.hasRole(Role.AUDITOR)) {
      items.add(
          new NavigationItem(
              "nav-certificates", text("nav.certificates"), "/certificates/certificates.xhtml"));
    }
    if (currentUser.hasRole(Role.RECORDS_MANAGER)
        || currentUser.hasRole(Role.LEGAL)
        || currentUser.hasRole(Role.AUDITOR)
        || currentUser.hasRole(Role.ADMIN)) {
      items.add(new NavigationItem("nav-jobs", text("nav.jobs"), "/jobs/jobs.xhtml"));
    }
    if (currentUser.hasRole(Role.AUDITOR) || currentUser.hasRole(Role.ADMIN)) {
      items.add(
          new NavigationItem(
              "nav-audit-trail", text("nav.audit-trail"), "/audit/audit-trail.xhtml"));
    }
    if (currentUser.hasRole(Role.ADMIN)) {
      items.add(new NavigationItem("nav-people", text("nav.people"), "/admin/people.xhtml"));
      items.add(
          new NavigationItem(
              "nav-system-status", text("nav.system-status"), "/admin/system-status.xhtml"));
    }
    return items;
  }
}
