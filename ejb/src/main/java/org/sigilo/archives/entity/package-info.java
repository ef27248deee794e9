/** Files attached to calls: where each is stored (under a random name) and what it was. */
package org.sigilo.archives.entity;
