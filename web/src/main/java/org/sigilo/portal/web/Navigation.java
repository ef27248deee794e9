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
