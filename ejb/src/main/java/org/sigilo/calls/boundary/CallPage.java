package org.sigilo.calls.boundary;

import java.util.List;

/**
 * One page of calls, newest first.
 *
 * @param total how many calls match, counted up to the pageable window (10,000)
 * @param totalExact false when more calls match than the window holds: narrow the filter
 */
public record CallPage(List<CallView> items, long total, boolean totalExact, int page, int size) {}
