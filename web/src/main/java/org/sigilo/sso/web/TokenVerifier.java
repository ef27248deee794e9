package org.sigilo.sso.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sigilo.platform.i18n.Message;
import org.sigilo.users.entity.Role;

/**
 * Checks the provider's tokens: the signature against the provider's published keys (asymmetric
 * algorithms only, so a token "signed" with the client secret or not at all never passes), the
 * issuer, the lifetime (nimbus allows a minute of clock skew) and who the token is for. Then reads
 * who it names and which Sigilo roles the roles claim gives.
 */
public class TokenVerifier {

  /** What providers sign with; {@code none} and HMAC are deliberately absent. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.EdDSA);

  private final String issuer;
  private final String clientId;
  private final String audience;
  private final String rolesClaim;
  private final DefaultJWTProcessor<SecurityContext> processor;

  public TokenVerifier(
      String issuer,
      String clientId,
      String audience,
      String rolesClaim,
      JWKSource<SecurityContext> keys) {
    this.issuer = Objects.requireNonNull(issuer);
    this.clientId = Objects.requireNonNull(clientId);
    this.audience = Objects.requireNonNull(audience);
    this.rolesClaim = Objects.requireNonNull(rolesClaim);
    processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            null, // who the token is for is checked below: audience or authorized party
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("iss", "sub", "exp"),
            null));
  }

  /**
   * An API client's access token (client credentials grant): for Sigilo when its audience names the
   * configured audience, or when it was issued to Sigilo's own client ({@code azp}).
   */
  public VerifiedToken verifyAccessToken(String token) throws InvalidToken {
    JWTClaimsSet claims = verified(token);
    if (isIdToken(claims)) {
      // An ID token says who signed in to the portal; it grants no API access. Its audience is
      // Sigilo's client, so without this check a leaked ID token would pass as a bearer token.
      throw new InvalidToken(
          Message.of("sso.token.id-token"), "typ " + stringClaim(claims, "typ") + ", nonce");
    }
    List<String> audiences = claims.getAudience();
    boolean forUs =
        (audiences != null && audiences.contains(audience))
            || clientId.equals(stringClaim(claims, "azp"));
    if (!forUs) {
      throw new InvalidToken(
          Message.of("sso.token.not-for-sigilo"),
          "aud " + audiences + ", azp " + stringClaim(claims, "azp"));
    }
    return read(claims);
  }

  /**
   * The ID token of the portal's sign-in: for Sigilo's client, and carrying the nonce this sign-in
   * sent (so that a token from another sign-in cannot be replayed into this one).
   */
  public VerifiedToken verifyIdToken(String token, String nonce) throws InvalidToken {
    JWTClaimsSet claims = verified(token);
    List<String> audiences = claims.getAudience();
    if (audiences == null || !audiences.contains(clientId)) {
      throw new InvalidToken(Message.of("sso.token.not-for-sigilo"), "aud " + audiences);
    }
    if (nonce == null || !nonce.equals(stringClaim(claims, "nonce"))) {
      throw new InvalidToken(Message.of("sso.token.invalid"), "nonce does not match");
    }
    return read(claims);
  }

  /**
   * An ID token, recognised by what only ID tokens carry: the sign-in's {@code nonce}, or
   * Keycloak's {@code typ} claim {@code ID}.
   */
  static boolean isIdToken(JWTClaimsSet claims) {
    return claims.getClaim("nonce") != null || "ID".equals(stringClaim(claims, "typ"));
  }

  private JWTClaimsSet verified(String token) throws InvalidToken {
    try {
      return processor.process(token, null);
    } catch (BadJWTException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.contains("Expired")) {
        throw new InvalidToken(Message.of("sso.token.expired"), reason);
      }
      if (reason.contains("iss")) {
        throw new InvalidToken(Message.of("sso.token.wrong-issuer"), reason);
      }
      throw new InvalidToken(Message.of("sso.token.invalid"), reason);
    } catch (ParseException e) {
      throw new InvalidToken(Message.of("sso.token.malformed"), String.valueOf(e.getMessage()));
    } catch (BadJOSEException e) {
      // no key of the provider's verifies the signature, or an algorithm we do not accept
      throw new InvalidToken(Message.of("sso.token.bad-signature"), String.valueOf(e.getMessage()));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new InvalidToken(Message.of("sso.token.invalid"), String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      // e.g. the provider's keys cannot be fetched right now
      throw new InvalidToken(
          Message.of("sso.token.unverifiable"),
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private VerifiedToken read(JWTClaimsSet claims) {
    String username = stringClaim(claims, "preferred_username");
    if (username == null || username.isBlank()) {
      username = claims.getSubject();
    }
    Set<String> claimed = roleClaimValues(claims.getClaim(rolesClaim));
    Set<String> sigiloRoles =
        claimed.stream()
            // a group's full path (/records-manager) names the same role as its name
            .map(value -> value.startsWith("/") ? value.substring(1) : value)
            .filter(code -> Role.ofCode(code).isPresent())
            .collect(Collectors.toSet());
    return new VerifiedToken(username, sigiloRoles, claimed);
  }

  static Set<String> roleClaimValues(Object claim) {
    Set<String> values = new LinkedHashSet<>();
    if (claim instanceof String single) {
      values.add(single);
    } else if (claim instanceof Collection<?> many) {
      many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
    }
    return values;
  }

  private static String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String text ? text : null;
  }

  String issuer() {
    return issuer;
  }
}
