package org.sigilo.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.sigilo.it.inserver.InServerTestsAuthentication;

/**
 * The one way tests deploy Sigilo: the EAR exactly as the build made it, optionally with a WAR of
 * in-server test packages added as one more module of the same application (so those tests see the
 * EJB modules as the portal does).
 */
public final class SigiloDeployment {

  static final Path EAR = Path.of("target", "sigilo.ear");
  static final String TEST_WAR = "sigilo-in-server-tests.war";

  private SigiloDeployment() {}

  /** The built EAR, unchanged. */
  public static EnterpriseArchive ear() {
    if (!Files.isRegularFile(EAR)) {
      throw new IllegalStateException(
          EAR.toAbsolutePath()
              + " is missing: build it first (mvn verify builds it before the tests).");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR.toFile());
  }

  /** The built EAR plus a WAR running the given test packages inside the server. */
  public static EnterpriseArchive earWithTests(Package... testPackages) {
    EnterpriseArchive ear = ear();
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, TEST_WAR)
            .addPackages(false, testPackages)
            .addClass(InServerTestsAuthentication.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            // Lets tests reach PostgreSQL as its admin, to play the part of someone editing rows
            // behind the application's back.
            .addAsLibrary(jarOf(org.postgresql.Driver.class));
    ear.addAsModule(Testable.archiveToTest(tests));
    String applicationXml = read(ear, "META-INF/application.xml");
    String module =
        "  <module>\n    <web>\n      <web-uri>"
            + TEST_WAR
            + "</web-uri>\n"
            + "      <context-root>/sigilo-in-server-tests</context-root>\n    </web>\n  </module>\n";
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace("  <library-directory>", module + "  <library-directory>")));
    return ear;
  }

  private static String read(EnterpriseArchive ear, String path) {
    try (var in = ear.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read " + path + " of the EAR", e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
