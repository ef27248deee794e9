package org.sigilo.calls.boundary;

import java.util.List;

/** One page of calls, newest first, and how many match in all. */
public record CallPage(List<CallView> items, long total, int page, int size) {}
