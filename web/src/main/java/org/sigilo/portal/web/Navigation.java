package org.sigilo.portal.web;

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
    items.add(new NavigationItem("nav-home", "Home", "/index.xhtml"));
    if (currentUser.hasRole(Role.AGENT)) {
      items.add(
          new NavigationItem("nav-document-call", "Document a call", "/calls/document-call.xhtml"));
      items.add(new NavigationItem("nav-calls", "My calls", "/calls/calls.xhtml"));
    } else if (currentUser.hasRole(Role.RECORDS_MANAGER)
        || currentUser.hasRole(Role.LEGAL)
        || currentUser.hasRole(Role.AUDITOR)) {
      items.add(new NavigationItem("nav-calls", "Calls", "/calls/calls.xhtml"));
      items.add(
          new NavigationItem("nav-schedules", "Retention schedules", "/retention/schedules.xhtml"));
      items.add(new NavigationItem("nav-holds", "Legal holds", "/retention/holds.xhtml"));
      items.add(
          new NavigationItem(
              "nav-disposition-lists", "Disposition lists", "/retention/disposition-lists.xhtml"));
    }
    if (currentUser.hasRole(Role.LEGAL) || currentUser.hasRole(Role.AUDITOR)) {
      items.add(
          new NavigationItem(
              "nav-certificates", "Certificates", "/destruction/certificates.xhtml"));
    }
    if (currentUser.hasRole(Role.RECORDS_MANAGER)
        || currentUser.hasRole(Role.LEGAL)
        || currentUser.hasRole(Role.AUDITOR)
        || currentUser.hasRole(Role.ADMIN)) {
      items.add(new NavigationItem("nav-jobs", "Jobs", "/jobs/jobs.xhtml"));
    }
    if (currentUser.hasRole(Role.AUDITOR) || currentUser.hasRole(Role.ADMIN)) {
      items.add(new NavigationItem("nav-audit-trail", "Audit trail", "/audit/audit-trail.xhtml"));
    }
    if (currentUser.hasRole(Role.ADMIN)) {
      items.add(
          new NavigationItem("nav-system-status", "System status", "/admin/system-status.xhtml"));
    }
    return items;
  }
}
