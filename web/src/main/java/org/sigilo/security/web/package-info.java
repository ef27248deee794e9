/**
 * Who is calling: one Jakarta Security mechanism (form sign-in for the portal, HTTP Basic for
 * {@code /api/*}) over one identity store, with every sign-in, failed sign-in and sign-out audited.
 */
package org.sigilo.security.web;
