package org.sigilo.users.boundary;

/**
 * What documents say about a person who did something (executor, approver, validator): the name and
 * job title their account has. Disabled accounts answer too: what they did stays theirs.
 */
public record Person(String username, String displayName, String jobTitle) {}
