package org.sigilo.portal.web;

/**
 * One entry of the portal's navigation.
 *
 * @param id stable id, used by tests and for styling
 * @param label what the user reads
 * @param path the page it opens, relative to the context root
 */
public record NavigationItem(String id, String label, String path) {}
