/**
 * What every feature leans on: the single producer of loggers and the entity manager, and the
 * schema migration that runs before anything touches the database.
 */
package org.sigilo.platform.control;
