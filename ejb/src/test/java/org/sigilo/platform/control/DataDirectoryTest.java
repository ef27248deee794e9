package org.sigilo.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir Path temp;

  @Test
  void aMissingDataDirectoryIsCreatedOwnerOnly() throws Exception {
    Path data = temp.resolve("new/data");
    DataDirectory.tighten(data);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
  }

  @Test
  void existingFilesAndDirectoriesAreTightenedAtStart() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path archive = Files.createDirectories(data.resolve("archive"));
    Path database = Files.writeString(data.resolve("sigilo.mv.db"), "x");
    Path stored = Files.writeString(archive.resolve("a-file"), "y");
    for (Path open : new Path[] {data, archive}) {
      Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    for (Path open : new Path[] {database, stored}) {
      Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
    }
    DataDirectory.tighten(data);
    for (Path directory : new Path[] {data, archive}) {
      assertEquals(
          "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
    }
    for (Path file : new Path[] {database, stored}) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }
}
