/**
 * How records are destroyed, step by step for the records-destruction job: opening a run (the
 * list's records frozen, holds checked; {@code DestructionRuns}), preparing a chunk (holds again,
 * files marked before shredding; {@code ChunkPreparation}), shredding files ({@code FileShredder}),
 * destroying a chunk (tombstones, cryptographic erase, rows; {@code ChunkDestruction}) and the
 * month keys left without records ({@code EpochKeyDestruction}). The items' state moves are in
 * {@code DestructionItems}; the SQL of other features' tables is theirs (crypto, calls, archives).
 */
package org.sigilo.destruction.control;
