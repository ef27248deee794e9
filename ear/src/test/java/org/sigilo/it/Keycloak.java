package org.sigilo.it;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The tests' OpenID Connect provider: the Keycloak the build starts with the realm fixture {@code
 * src/test/keycloak/sigilo-realm.json} (whose clients' secrets and users' passwords are test
 * fixtures).
 */
public final class Keycloak {

  /** In the realm's group {@code records-manager}. */
  public static final String RECORDS_MANAGER = "sso-records-manager";

  public static final String RECORDS_MANAGER_PASSWORD = "sso-records-manager-test-fixture";

  /** Only in the group {@code staff}, which is no Sigilo role. */
  public static final String NO_ROLE = "sso-no-role";

  public static final String NO_ROLE_PASSWORD = "sso-no-role-test-fixture";

  /** A script calling Sigilo's API: its tokens name Sigilo as audience; records manager. */
  public static final String API_CLIENT = "sigilo-api-client";

  public static final String API_CLIENT_SECRET = "sigilo-api-client-test-fixture-not-a-secret";

  /** Another application of the same organization: its tokens are not for Sigilo. */
  public static final String OTHER_APP = "other-app";

  public static final String OTHER_APP_SECRET = "other-app-test-fixture-not-a-secret";

  private Keycloak() {}

  /** {@code http://127.0.0.1:<port>/realms/sigilo}, from the failsafe execution. */
  public static String issuer() {
    String issuer = System.getProperty("sigilo.it.keycloak.issuer");
    if (issuer == null) {
      throw new IllegalStateException(
          "sigilo.it.keycloak.issuer is not set: run the tests with mvn verify");
    }
    return issuer;
  }

  /** An access token of the client credentials grant, as a script would get one. */
  public static String clientCredentialsToken(String clientId, String secret) {
    String client =
        URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        SigiloHttp.send(
            HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak gave no token: " + response.statusCode() + " " + response.body());
    }
    JsonObject tokens = SigiloHttp.object(response);
    return tokens.getString("access_token");
  }
}
