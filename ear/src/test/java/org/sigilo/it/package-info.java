/**
 * Tests against the real, CLI-configured WildFly: client-side tests of the API and the portal (HTTP
 * and headless Chromium), the shared deployment helper, and the set-up of the PostgreSQL suite's
 * fresh database.
 */
package org.sigilo.it;
