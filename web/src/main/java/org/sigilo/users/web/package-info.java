/**
 * People in the portal and the API: admins manage accounts ({@code admin/people.xhtml}, {@code
 * /api/users}); everyone changes their own password ({@code account/change-password.xhtml}), and
 * must before anything else when an admin gave it to them.
 */
package org.sigilo.users.web;
