package org.sigilo.destruction.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DestructionParametersTest {

  @Test
  void blanksTakeTheDefaultsAndEveryValueTravelsToTheJob() {
    DestructionParameters parameters = DestructionParameters.parse(" 7 ", null, "", null);
    assertEquals(7, parameters.listId());
    assertEquals(DestructionParameters.defaultPartitions(), parameters.partitions());
    assertEquals(DestructionParameters.DEFAULT_CHUNK, parameters.chunkSize());
    assertEquals(2, parameters.passes());
    var job = DestructionParameters.parse("7", "3", "50", "3").toJobParameters("lena");
    assertEquals("7", job.getProperty("listId"));
    assertEquals("3", job.getProperty("partitions"));
    assertEquals("50", job.getProperty("chunkSize"));
    assertEquals("3", job.getProperty("passes"));
    assertEquals("lena", job.getProperty("requestedBy"));
  }

  @Test
  void badValuesAreRefusedNamingTheParameter() {
    assertMessage(
        "Name the approved disposition list",
        () -> DestructionParameters.parse(null, null, null, null));
    assertMessage(
        "listId is the number", () -> DestructionParameters.parse("list-7", null, null, null));
    assertMessage(
        "partitions is a whole number from 1 to 8",
        () -> DestructionParameters.parse("7", "9", null, null));
    assertMessage(
        "chunkSize is a whole number from 1 to 10000",
        () -> DestructionParameters.parse("7", null, "0", null));
    assertMessage(
        "passes is a whole number from 1 to 7",
        () -> DestructionParameters.parse("7", null, null, "0"));
    assertMessage(
        "passes is a whole number from 1 to 7",
        () -> DestructionParameters.parse("7", null, null, "many"));
  }

  private static void assertMessage(
      String expected, org.junit.jupiter.api.function.Executable parse) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, parse);
    assertTrue(refused.getMessage().contains(expected), refused.getMessage());
  }
}
