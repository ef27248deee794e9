package org.sigilo.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB file goes through encryption and decryption in a JVM with a 64 MiB heap (this class runs
 * in its own surefire execution with -Xmx64m; see ejb/pom.xml): archive files are streamed, never
 * held whole in memory.
 */
class GigabyteFileUnderSmallHeapTest {

  static final long GIB = 1L << 30;

  @TempDir Path directory;

  /** Deterministic pseudo-random bytes (xorshift), produced on the fly. */
  static final class Generated extends InputStream {
    private long remaining;
    private long state = 0x9E3779B97F4A7C15L;

    Generated(long size) {
      remaining = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(length, remaining);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        buffer[offset + i] = (byte) state;
      }
      remaining -= n;
      return n;
    }
  }

  @Test
  void aGigabyteRoundTripsInConstantMemory() throws Exception {
    assertTrue(Runtime.getRuntime().maxMemory() <= 128L << 20, "runs with a small heap");
    SecretKey key = KeyWrapper.newAesKey();
    Path sealed = directory.resolve("sealed");
    SegmentedCipher.Digest written;
    try (OutputStream out = Files.newOutputStream(sealed)) {
      written = SegmentedCipher.encrypt(key, "1:attachment:big", new Generated(GIB), out);
    }
    assertEquals(GIB, written.size());
    SegmentedCipher.Digest read;
    try (InputStream in = Files.newInputStream(sealed)) {
      read = SegmentedCipher.decrypt(key, "1:attachment:big", in, OutputStream.nullOutputStream());
    }
    assertEquals(written, read);
  }
}
