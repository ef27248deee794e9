/**
 * The words Sigilo shows people, in their language: one message bundle per language ({@code
 * org/sigilo/platform/i18n/messages*.properties}, English being the base file), read by the
 * portal's pages, its beans, the refusals of the boundaries and the destruction certificate. Adding
 * a language is adding one bundle file: {@link Messages#languages()} finds it.
 */
package org.sigilo.platform.i18n;
