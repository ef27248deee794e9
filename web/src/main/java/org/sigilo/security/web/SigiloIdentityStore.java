package org.sigilo.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.sigilo.users.boundary.UserAccounts;
import org.sigilo.users.entity.Role;

/** The one identity store of portal and API: Sigilo's own user accounts. */
@ApplicationScoped
public class SigiloIdentityStore implements IdentityStore {

  @EJB UserAccounts userAccounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return userAccounts
        .authenticate(password.getCaller(), password.getPassword().getValue())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(),
                    account.roles().stream().map(Role::code).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
