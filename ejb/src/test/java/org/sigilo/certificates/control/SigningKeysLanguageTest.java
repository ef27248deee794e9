package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The organization's certificate language as configured, checked when the server starts. */
class SigningKeysLanguageTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void englishUnlessConfigured() {
    assertEquals(Locale.ENGLISH, SigningKeys.certificateLanguage(null));
    assertEquals(Locale.ENGLISH, SigningKeys.certificateLanguage(" "));
  }

  @Test
  void aSupportedLanguageInAnyUsualSpelling() {
    assertEquals(SPANISH, SigningKeys.certificateLanguage("es"));
    assertEquals(SPANISH, SigningKeys.certificateLanguage(" ES "));
    assertEquals(SPANISH, SigningKeys.certificateLanguage("es-MX"));
    assertEquals(SPANISH, SigningKeys.certificateLanguage("es_ES"));
    assertEquals(Locale.ENGLISH, SigningKeys.certificateLanguage("en-GB"));
  }

  @Test
  void anyOtherStopsTheStartNamingTheSettingAndTheSupportedLanguages() {
    for (String unsupported : new String[] {"fr", "spanish", "xx-YY", "1"}) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class, () -> SigningKeys.certificateLanguage(unsupported));
      assertEquals(
          "SIGILO_ORGANIZATION_LANGUAGE (sigilo.organization.language) is '"
              + unsupported
              + "', a language Sigilo cannot print certificates in. Use one of: en (English),"
              + " es (Spanish).",
          refused.getMessage());
    }
  }
}
