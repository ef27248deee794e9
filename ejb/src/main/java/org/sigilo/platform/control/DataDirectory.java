package org.sigilo.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the data directory (the embedded database, keystores, archive files) readable by the
 * server's own account only: directories 0700, files 0600. The JVM cannot set its umask, so the
 * directory is created 0700 (a file inside an owner-only directory is out of anyone else's reach,
 * whatever its own bits), Sigilo's own files are created 0600, and at every start whatever is
 * already there (written by an older version, by H2, or copied in by hand) is tightened. Runs
 * before the schema migration, which is what first opens the database.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DataDirectory {

  public static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  public static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private static final Logger LOG = Logger.getLogger(DataDirectory.class.getName());

  @Inject DataSource dataSource;

  @PostConstruct
  void secure() {
    Path data = Settings.dataDirectory();
    try {
      if (posix()) {
        createDirectories(data);
      }
      // The embedded database file is created by the first connection: open one now, so that a
      // fresh database is tightened below too, not only at the next start.
      try (Connection connection = dataSource.getConnection()) {
        connection.isValid(1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + data, e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the database", e);
    }
    Path archive = Path.of(Settings.value("sigilo.archive.dir", "SIGILO_ARCHIVE_DIR").orElse(""));
    tighten(data);
    if (!archive.toString().isEmpty()) {
      tighten(archive);
    }
  }

  /** Creates the directory owner-only if it is missing, and tightens everything below it. */
  public static void tighten(Path directory) {
    if (!posix()) {
      LOG.warning(() -> "No POSIX permissions here: " + directory + " is left as it is");
      return;
    }
    try {
      createDirectories(directory);
      int[] changed = {0};
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
                throws IOException {
              changed[0] += restrict(dir, OWNER_ONLY_DIRECTORY) ? 1 : 0;
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              if (attributes.isRegularFile()) {
                changed[0] += restrict(file, OWNER_ONLY_FILE) ? 1 : 0;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // a file removed while walking (H2's temporary files come and go)
              return FileVisitResult.CONTINUE;
            }
          });
      if (changed[0] > 0) {
        LOG.info(() -> "Made " + changed[0] + " entries under " + directory + " owner-only");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot secure the data directory " + directory, e);
    }
  }

  /** Like {@link Files#createDirectories}, each directory it creates owner-only. */
  public static Path createDirectories(Path directory) throws IOException {
    if (!posix()) {
      return Files.createDirectories(directory);
    }
    return Files.createDirectories(directory, ownerOnlyDirectory());
  }

  /** For {@code Files.createFile} and {@code FileChannel.open}: a new file readable by us only. */
  public static FileAttribute<?>[] ownerOnlyFile() {
    return posix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
        : new FileAttribute<?>[0];
  }

  private static FileAttribute<?> ownerOnlyDirectory() {
    return PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY);
  }

  private static boolean restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
    if (Files.isSymbolicLink(path)) {
      return false; // never chmod what a link points at, maybe outside the directory
    }
    Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    if (now.equals(wanted)) {
      return false;
    }
    Files.setPosixFilePermissions(path, wanted);
    return true;
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
