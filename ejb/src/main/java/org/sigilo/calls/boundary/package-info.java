/**
 * Documenting calls and reading them back: the input as agents give it (validated), the views as
 * each role may see them, and revealing confidential content with a stated, audited reason.
 */
package org.sigilo.calls.boundary;
