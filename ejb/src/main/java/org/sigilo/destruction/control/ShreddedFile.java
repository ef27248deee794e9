package org.sigilo.destruction.control;

/**
 * What {@link FileShredder#shred} destroyed: the file's original name (never the random name it was
 * renamed to on the way out), the number of bytes each pass overwrote (the file's size), and the
 * number of passes, the last of which wrote zeros.
 */
public record ShreddedFile(String name, long bytes, int passes) {}
