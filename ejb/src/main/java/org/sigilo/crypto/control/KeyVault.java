package org.sigilo.crypto.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.crypto.entity.RecordDataKey;
import org.sigilo.platform.control.SchemaMigration;

/**
 * Envelope encryption for records. Each record gets a random data key, stored only wrapped by the
 * key-encryption key of its epoch; values are sealed with {@link FieldCipher}. Used by boundaries
 * and jobs inside their transactions; it checks no roles itself, the boundaries do.
 *
 * <p>The one place that writes data keys ({@code record_data_key}): made with a record, moved under
 * the key of their disposition month by the sweep ({@link #moveToEpochs(long, long, long)}), and
 * erased by a destruction ({@link #erase}). The sweep and the destruction work a chunk of records
 * at a time, so those are set-based statements over the chunk, not a statement per record.
 */
@ApplicationScoped
public class KeyVault {

  @Inject EntityManager entityManager;
  @Inject DataSource dataSource;
  @EJB MasterKeys masterKeys;
  @EJB SchemaMigration schema;

  /** Creates the data key of a new record under the live 'pending' key-encryption key. */
  public SecretKey createDataKey(long recordId) {
    KeyEncryptionKey pending = liveKey(KeyEncryptionKey.PENDING);
    SecretKey dataKey = KeyWrapper.newAesKey();
    entityManager.persist(
        new RecordDataKey(recordId, pending, KeyWrapper.wrap(unwrap(pending), dataKey)));
    return dataKey;
  }

  /** The record's data key, unwrapped; fails clearly when it has been destroyed. */
  public SecretKey dataKey(long recordId) {
    RecordDataKey stored = entityManager.find(RecordDataKey.class, recordId);
    if (stored == null) {
      throw new CryptoException(
          "Record " + recordId + " has no data key: it was destroyed, or never existed");
    }
    return KeyWrapper.unwrap(
        unwrap(stored.keyEncryptionKey()),
        stored.wrappedKey(),
        "the data key of record " + recordId);
  }

  /** Seals a text value of a record's field under its data key; null stays null. */
  public static byte[] seal(SecretKey dataKey, long recordId, String field, String plaintext) {
    return plaintext == null
        ? null
        : FieldCipher.encrypt(dataKey, recordId, field, plaintext.getBytes(StandardCharsets.UTF_8));
  }

  /** Opens what {@link #seal} sealed, for the same record and field only. */
  public static String open(SecretKey dataKey, long recordId, String field, byte[] sealed) {
    return sealed == null
        ? null
        : new String(FieldCipher.decrypt(dataKey, recordId, field, sealed), StandardCharsets.UTF_8);
  }

  /** A record's stored data key, to be moved under the key of another disposition epoch. */
  private record DataKeyMove(long recordId, long fromKekId, byte[] wrappedKey, String toEpoch) {}

  /** The same data key, wrapped by the key of its new epoch. */
  private record MovedDataKey(long recordId, long fromKekId, long toKekId, byte[] wrappedKey) {}

  /**
   * Moves the data keys of a disposition list's records among {@code firstId..lastId} (the ids one
   * sweep chunk read) under the live key-encryption keys of their due months, creating a month's
   * key when it has none yet; the data keys themselves (and so all ciphertext) stay the same. Runs
   * in the caller's transaction (the chunk's). Fails on the first key that cannot be unwrapped,
   * naming its record: a sweep must not carry on past a damaged key; and fails when a key changed
   * meanwhile, so the chunk is redone. Answers how many keys moved.
   */
  public int moveToEpochs(long listId, long firstId, long lastId) {
    try (Connection connection = dataSource.getConnection()) {
      List<DataKeyMove> moves = new ArrayList<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT k.record_id, k.kek_id, k.wrapped_key, i.due_on"
                  + " FROM disposition_item i"
                  + " JOIN record_data_key k ON k.record_id = i.record_id"
                  + " JOIN key_encryption_key kek ON kek.id = k.kek_id"
                  + " WHERE i.list_id = ? AND i.record_id BETWEEN ? AND ?"
                  // only keys not yet under their due month's key (usually: still 'pending')
                  + " AND kek.epoch <> TO_CHAR(i.due_on, 'YYYY-MM')")) {
        select.setLong(1, listId);
        select.setLong(2, firstId);
        select.setLong(3, lastId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            moves.add(
                new DataKeyMove(
                    rows.getLong(1),
                    rows.getLong(2),
                    rows.getBytes(3),
                    epochOf(rows.getDate(4).toLocalDate())));
          }
        }
      }
      if (moves.isEmpty()) {
        return 0;
      }
      List<MovedDataKey> moved = rewrap(moves);
      int updated =
          schema.isEmbeddedH2()
              ? updateOneByOne(connection, moved)
              : updateAtOnce(connection, moved);
      if (updated != moved.size()) {
        throw new IllegalStateException(
            "Data keys changed while the sweep moved them ("
                + updated
                + " of "
                + moved.size()
                + " moved); the chunk is redone on restart.");
      }
      return updated;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not move the data keys of records "
              + firstId
              + ".."
              + lastId
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The disposition epoch of a due date: its calendar month ({@code 2033-05}). */
  public static String epochOf(LocalDate dueDate) {
    return String.format(
        java.util.Locale.ROOT, "%04d-%02d", dueDate.getYear(), dueDate.getMonthValue());
  }

  /** Re-wraps each data key under the live key of its new epoch. */
  private List<MovedDataKey> rewrap(List<DataKeyMove> moves) {
    Map<Long, SecretKey> keysById = new HashMap<>();
    Map<String, Long> keyIdsByEpoch = new HashMap<>();
    List<MovedDataKey> moved = new ArrayList<>(moves.size());
    for (DataKeyMove move : moves) {
      long toKekId = keyIdsByEpoch.computeIfAbsent(move.toEpoch(), masterKeys::liveEpochKey);
      SecretKey from = keysById.computeIfAbsent(move.fromKekId(), this::keyEncryptionKey);
      SecretKey to = keysById.computeIfAbsent(toKekId, this::keyEncryptionKey);
      SecretKey dataKey =
          KeyWrapper.unwrap(from, move.wrappedKey(), "the data key of record " + move.recordId());
      moved.add(
          new MovedDataKey(
              move.recordId(), move.fromKekId(), toKekId, KeyWrapper.wrap(to, dataKey)));
    }
    return moved;
  }

  /** PostgreSQL: the chunk's moved keys in one statement, as arrays. */
  private static int updateAtOnce(Connection connection, List<MovedDataKey> moved)
      throws SQLException {
    Long[] records = new Long[moved.size()];
    Long[] from = new Long[moved.size()];
    Long[] to = new Long[moved.size()];
    byte[][] wrapped = new byte[moved.size()][];
    for (int i = 0; i < moved.size(); i++) {
      records[i] = moved.get(i).recordId();
      from[i] = moved.get(i).fromKekId();
      to[i] = moved.get(i).toKekId();
      wrapped[i] = moved.get(i).wrappedKey();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE record_data_key k SET kek_id = v.to_kek, wrapped_key = v.wrapped"
                + " FROM UNNEST(?::bigint[], ?::bigint[], ?::bigint[], ?::bytea[])"
                + " AS v(record_id, from_kek, to_kek, wrapped)"
                + " WHERE k.record_id = v.record_id AND k.kek_id = v.from_kek")) {
      update.setArray(1, connection.createArrayOf("bigint", records));
      update.setArray(2, connection.createArrayOf("bigint", from));
      update.setArray(3, connection.createArrayOf("bigint", to));
      update.setArray(4, connection.createArrayOf("bytea", wrapped));
      return update.executeUpdate();
    }
  }

  /** The embedded database: a batch of updates. */
  private static int updateOneByOne(Connection connection, List<MovedDataKey> moved)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE record_data_key SET kek_id = ?, wrapped_key = ?"
                + " WHERE record_id = ? AND kek_id = ?")) {
      for (MovedDataKey key : moved) {
        update.setLong(1, key.toKekId());
        update.setBytes(2, key.wrappedKey());
        update.setLong(3, key.recordId());
        update.setLong(4, key.fromKekId());
        update.addBatch();
      }
      int updated = 0;
      for (int count : update.executeBatch()) {
        updated += count == Statement.SUCCESS_NO_INFO ? 1 : count;
      }
      return updated;
    }
  }

  /**
   * The epoch of each given record's data key (only records that still exist and have one), in id
   * order: a destruction erases only keys it can name, and never claims an erase for a key still
   * under {@link KeyEncryptionKey#PENDING}.
   */
  public Map<Long, String> epochsOf(Collection<Long> recordIds) {
    Map<Long, String> epochs = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement keys =
            connection.prepareStatement(
                "SELECT d.record_id, k.epoch FROM record_data_key d"
                    + " JOIN call_record c ON c.id = d.record_id"
                    + " JOIN key_encryption_key k ON k.id = d.kek_id"
                    + " WHERE d.record_id = ANY(?)")) {
      keys.setArray(1, ids(connection, recordIds));
      try (ResultSet rows = keys.executeQuery()) {
        while (rows.next()) {
          epochs.put(rows.getLong(1), rows.getString(2));
        }
      }
      return epochs;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read data keys: " + e.getMessage(), e);
    }
  }

  /**
   * Cryptographic erase of records, in the caller's transaction: deletes their data keys, then
   * checks that none is left. Answers how many it deleted; the caller compares with what it
   * expected and rolls everything back on a difference.
   */
  public int erase(Collection<Long> recordIds) {
    try (Connection connection = dataSource.getConnection()) {
      Array ids = ids(connection, recordIds);
      int deleted;
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM record_data_key WHERE record_id = ANY(?)")) {
        delete.setArray(1, ids);
        deleted = delete.executeUpdate();
      }
      try (PreparedStatement left =
          connection.prepareStatement(
              "SELECT COUNT(*) FROM record_data_key WHERE record_id = ANY(?)")) {
        left.setArray(1, ids);
        try (ResultSet rows = left.executeQuery()) {
          rows.next();
          if (rows.getLong(1) != 0) {
            throw new IllegalStateException(
                rows.getLong(1) + " data key(s) of these records are still present after erase.");
          }
        }
      }
      return deleted;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not erase data keys: " + e.getMessage(), e);
    }
  }

  /**
   * Refreshes the database's statistics of the key tables (PostgreSQL), before a sweep plans
   * hundreds of chunk statements joining them.
   */
  public void analyze() {
    entityManager.createNativeQuery("ANALYZE record_data_key, key_encryption_key").executeUpdate();
  }

  private static Array ids(Connection connection, Collection<Long> recordIds) throws SQLException {
    return connection.createArrayOf("BIGINT", recordIds.toArray());
  }

  private SecretKey keyEncryptionKey(long id) {
    KeyEncryptionKey kek = entityManager.find(KeyEncryptionKey.class, id);
    if (kek == null) {
      throw new CryptoException("There is no key-encryption key " + id);
    }
    return unwrap(kek);
  }

  /**
   * Adds a new master key and re-wraps every live key-encryption key with it; data keys and data
   * stay as they are. Answers the new master key's alias.
   */
  public String rotateMasterKey() {
    String next = masterKeys.rotate();
    SecretKey nextKey = masterKeys.key(next);
    List<KeyEncryptionKey> live =
        entityManager
            .createNamedQuery(KeyEncryptionKey.LIVE, KeyEncryptionKey.class)
            .getResultList();
    for (KeyEncryptionKey kek : live) {
      kek.rewrap(next, KeyWrapper.wrap(nextKey, unwrap(kek)));
    }
    return next;
  }

  private KeyEncryptionKey liveKey(String epoch) {
    return entityManager
        .createNamedQuery(KeyEncryptionKey.LIVE_FOR_EPOCH, KeyEncryptionKey.class)
        .setParameter("epoch", epoch)
        // no auto-flush: the caller's new record may not be complete until its content is sealed
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new CryptoException("No live key-encryption key for epoch " + epoch));
  }

  private SecretKey unwrap(KeyEncryptionKey kek) {
    return KeyWrapper.unwrap(
        masterKeys.key(kek.masterAlias()), kek.wrappedKey(), "key-encryption key " + kek.epoch());
  }
}
