package org.sigilo.portal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of a page (or template) is longer than {@value #MAX} characters, so that a page can be
 * read and reviewed without scrolling sideways. Spotless keeps the pages' whitespace (see the root
 * pom.xml); the width is checked here because no formatter that Maven Central serves wraps Facelets
 * safely: Eclipse WTP's XML formatter does not shorten such lines and moves whitespace inside
 * inline elements, which changes what the page shows. Wrap a long line between attributes, between
 * elements where whitespace does not show, or inside an EL expression.
 */
class PageLineLengthTest {

  static final int MAX = 160;

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void everyPageLineFits() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int length = line.codePointCount(0, line.length());
        if (length > MAX) {
          tooLong.add(page + ":" + (i + 1) + " has " + length + " characters");
        }
      }
    }
    assertTrue(
        tooLong.isEmpty(),
        "Page lines longer than " + MAX + " characters:\n" + String.join("\n", tooLong));
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}
