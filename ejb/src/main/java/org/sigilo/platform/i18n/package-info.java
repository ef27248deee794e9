/**
 * The words Sigilo shows people, in their language: one message bundle per language ({@code
 * org/sigilo/platform/i18n/messages*.properties}, English being the base file), read by the
 * portal's pages, its beans, the refusals of the boundaries and the destruction certificate. Adding
 * a language is adding one bundle file: {@link Messages#languages()} finds it.
 *
 * <p>What a boundary, an entity or a control tells a person travels as a {@link Message} (key and
 * arguments) and is put into words only where it is shown, in the reader's language; {@link
 * InvalidValueException} and {@link StateConflictException} carry one out of entities and controls.
 */
package org.sigilo.platform.i18n;
