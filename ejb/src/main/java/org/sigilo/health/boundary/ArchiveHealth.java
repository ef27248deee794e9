package org.sigilo.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.users.entity.Role;

/** How much room the archive volume has left, for the admins' system status page. */
@Stateless
@RolesAllowed(Role.ADMIN_CODE)
public class ArchiveHealth {

  @Inject ArchiveStore archive;

  public ArchiveVolume volume() {
    Path directory = archive.directory();
    try {
      FileStore store = Files.getFileStore(directory);
      return new ArchiveVolume(
          directory.toString(), true, store.getUsableSpace(), store.getTotalSpace());
    } catch (IOException e) {
      return new ArchiveVolume(directory.toString(), false, 0, 0);
    }
  }
}
