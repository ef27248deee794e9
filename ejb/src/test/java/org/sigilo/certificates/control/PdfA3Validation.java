package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/A-3B validation, as an assertion that names every failed rule. */
final class PdfA3Validation {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfA3Validation() {}

  static void assertCompliant(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  assertion ->
                      assertion.getRuleId().getClause()
                          + "-"
                          + assertion.getRuleId().getTestNumber()
                          + ": "
                          + assertion.getMessage())
              .distinct()
              .toList();
      failed.forEach(rule -> System.out.println("veraPDF failed rule " + rule));
      assertTrue(result.isCompliant(), "Not PDF/A-3B, failed rules: " + failed);
    }
  }
}
