/** The portal's shell: who is signed in, the navigation their roles allow, and the home page. */
package org.sigilo.portal.web;
