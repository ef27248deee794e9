package org.sigilo.certificates.control;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a document being written, in blocks, and hands it over as one array of exactly its size.
 * Unlike a {@link java.io.ByteArrayOutputStream} it never copies what it holds to grow, and gives
 * the array without a second copy beside a half-empty one: a certificate for a large list is
 * several megabytes, and rendering and signing must fit a modest heap.
 */
final class DocumentBuffer extends OutputStream {

  private static final int FIRST_BLOCK = 64 * 1024;

  /** Below half of G1's smallest region, so no block is allocated as a humongous object. */
  private static final int LARGEST_BLOCK = 256 * 1024;

  private final List<byte[]> blocks = new ArrayList<>();
  private byte[] current = new byte[FIRST_BLOCK];
  private int used;
  private long size;

  @Override
  public void write(int b) {
    if (used == current.length) {
      next();
    }
    current[used++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    while (length > 0) {
      if (used == current.length) {
        next();
      }
      int n = Math.min(length, current.length - used);
      System.arraycopy(bytes, offset, current, used, n);
      used += n;
      offset += n;
      length -= n;
      size += n;
    }
  }

  private void next() {
    blocks.add(current);
    current = new byte[Math.min(LARGEST_BLOCK, current.length * 2)];
    used = 0;
  }

  /** Everything written, as one array; the buffer lets go of its blocks as it copies them. */
  byte[] toByteArray() {
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("A document of " + size + " bytes is too large");
    }
    byte[] whole = new byte[(int) size];
    int at = 0;
    for (int i = 0; i < blocks.size(); i++) {
      byte[] block = blocks.get(i);
      System.arraycopy(block, 0, whole, at, block.length);
      at += block.length;
      blocks.set(i, null);
    }
    System.arraycopy(current, 0, whole, at, used);
    blocks.clear();
    current = new byte[0];
    used = 0;
    size = 0;
    return whole;
  }
}
