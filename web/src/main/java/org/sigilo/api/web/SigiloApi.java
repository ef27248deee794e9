package org.sigilo.api.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves every resource of the WAR under {@code /sigilo/api}. */
@ApplicationPath("api")
public class SigiloApi extends Application {}
