/** Calls over the API ({@code /api/calls}) and, later, in the portal. */
package org.sigilo.calls.web;
