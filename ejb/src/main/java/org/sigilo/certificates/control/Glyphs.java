package org.sigilo.certificates.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text as the embedded font can show it, measured in it: names and reasons recorded elsewhere may
 * hold characters the font lacks, and every cell and line must be cut or wrapped to the width it
 * has. Asking the font is slow next to laying out 100,000 rows, so what it says about each
 * character is remembered.
 */
final class Glyphs {

  private final PDType0Font font;
  private final byte[] known = new byte[Character.MAX_VALUE + 1];
  private final float[] advances = new float[Character.MAX_VALUE + 1];

  Glyphs(PDType0Font font) {
    this.font = font;
    Arrays.fill(advances, Float.NaN);
  }

  /**
   * The text as the embedded font can show it: characters it has no glyph for, and control
   * characters, become {@code ?} or a space.
   */
  String printable(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!hasGlyph(c)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = Character.isSpaceChar(c) || Character.isISOControl(c) ? ' ' : '?';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private boolean hasGlyph(char c) {
    byte glyph = known[c];
    if (glyph == 0) {
      boolean has;
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        has = false;
      } else {
        try {
          font.encode(String.valueOf(c));
          has = true;
        } catch (IllegalArgumentException | IOException e) {
          has = false;
        }
      }
      glyph = has ? (byte) 1 : (byte) 2;
      known[c] = glyph;
    }
    return glyph == 1;
  }

  private float advance(char c) {
    float advance = advances[c];
    if (Float.isNaN(advance)) {
      try {
        advance = font.getStringWidth(String.valueOf(c)) / 1000f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      advances[c] = advance;
    }
    return advance;
  }

  float width(String text, float size) {
    float width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += advance(text.charAt(i));
    }
    return width * size;
  }

  String truncated(String text, float available, float size) {
    if (width(text, size) <= available) {
      return text;
    }
    float limit = available - advance('\u2026') * size;
    float used = 0;
    int end = 0;
    while (end < text.length() && used + advance(text.charAt(end)) * size <= limit) {
      used += advance(text.charAt(end)) * size;
      end++;
    }
    return text.substring(0, end) + '\u2026';
  }

  /** Greedy word wrap; a word longer than a line is broken where it overflows. */
  List<String> wrap(String text, float available, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    float space = advance(' ') * size;
    for (String word : text.split(" +")) {
      float wordWidth = width(word, size);
      if (line.length() > 0 && used + space + wordWidth > available) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        used += space;
      }
      for (int i = 0; i < word.length(); i++) {
        float advance = advance(word.charAt(i)) * size;
        if (used + advance > available && line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        line.append(word.charAt(i));
        used += advance;
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
