package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API clients under single sign-on: bearer tokens of the test Keycloak (client credentials grant),
 * checked by Sigilo against the provider's keys, issuer, lifetime and audience; HTTP Basic for
 * local accounts goes on working beside them.
 */
@ExtendWith(ArquillianExtension.class)
class SsoApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  @Test
  void aClientCredentialsTokenReadsWithTheRolesOfItsGroupsClaim() {
    String token = Keycloak.clientCredentialsToken(Keycloak.API_CLIENT, Keycloak.API_CLIENT_SECRET);

    HttpResponse<String> lists = SigiloHttp.get("/api/disposition-lists", bearer(token));
    assertEquals(200, lists.statusCode(), lists.body());
    // records manager by its group, and nothing more: the audit trail is not theirs to read
    HttpResponse<String> audit = SigiloHttp.get("/api/audit/events?max=1", bearer(token));
    assertEquals(403, audit.statusCode(), audit.body());
  }

  @Test
  void aTokenIssuedForAnotherApplicationIsRefused() {
    String foreign = Keycloak.clientCredentialsToken(Keycloak.OTHER_APP, Keycloak.OTHER_APP_SECRET);

    assertRefused(
        SigiloHttp.get("/api/disposition-lists", bearer(foreign)), "was not issued for Sigilo");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefusedEvenWithTheProvidersKeyId() throws Exception {
    String genuine =
        Keycloak.clientCredentialsToken(Keycloak.API_CLIENT, Keycloak.API_CLIENT_SECRET);
    SignedJWT real = SignedJWT.parse(genuine);
    RSAKey forger = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
    // the genuine token's claims, as the forger would like them: admin
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(real.getJWTClaimsSet()).claim("groups", List.of("admin")).build();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(), claims);
    forged.sign(new RSASSASigner(forger));

    assertRefused(
        SigiloHttp.get("/api/audit/events?max=1", bearer(forged.serialize())),
        "signature does not verify");
  }

  @Test
  void somethingThatIsNoTokenIsRefusedAndTheRefusalAudited() {
    assertRefused(
        SigiloHttp.get("/api/disposition-lists", bearer("not-a-token")), "not a signed JWT");

    List<String> newest =
        SigiloHttp.newestAuditEvents(5).stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getString("action") + " " + e.getString("details", ""))
            .toList();
    assertTrue(
        newest.stream().anyMatch(e -> e.startsWith("login-failed bearer token refused")),
        newest.toString());
  }

  @Test
  void basicForLocalAccountsStillWorksBesideSingleSignOn() {
    HttpResponse<String> lists = SigiloHttp.get("/api/disposition-lists", DemoUser.RECORDS_MANAGER);
    assertEquals(200, lists.statusCode(), lists.body());
  }

  private static void assertRefused(HttpResponse<String> response, String why) {
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "),
        "a bearer challenge: " + response.headers().map());
    String detail = SigiloHttp.object(response).getString("detail");
    assertTrue(detail.contains(why), detail);
  }
}
