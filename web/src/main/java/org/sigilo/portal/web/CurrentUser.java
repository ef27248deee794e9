package org.sigilo.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.sigilo.users.boundary.UserAccounts;
import org.sigilo.users.entity.Role;
import org.sigilo.users.entity.UserAccount;

/** The signed-in person as the portal shows them: name and roles. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;

  /** The CDI built-in, which follows the current request even into error-page dispatches. */
  @Inject HttpServletRequest request;

  @EJB UserAccounts userAccounts;

  private UserAccount account;
  private boolean loaded;

  /** The servlet view of the caller: null when nobody is signed in (never "anonymous"). */
  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public String getDisplayName() {
    UserAccount found = account();
    return found == null ? getUsername() : found.displayName();
  }

  public List<Role> getRoles() {
    return Arrays.stream(Role.values()).filter(this::hasRole).toList();
  }

  public boolean hasRole(Role role) {
    return securityContext.isCallerInRole(role.code());
  }

  private UserAccount account() {
    if (!loaded) {
      account = userAccounts.find(getUsername()).orElse(null);
      loaded = true;
    }
    return account;
  }
}
