package org.sigilo.retention.boundary;

import java.util.List;

/** One page of a disposition list's records, with how many match in all. */
public record ItemPage(List<DispositionItemView> items, long total, int page, int size) {}
