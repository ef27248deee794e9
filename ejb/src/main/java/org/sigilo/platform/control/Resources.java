package org.sigilo.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/** The one place loggers and the container-managed entity manager come from. */
@Dependent
public class Resources {

  @Produces
  @PersistenceContext(unitName = "sigilo")
  private EntityManager entityManager;

  @Produces
  Logger logger(InjectionPoint injectionPoint) {
    return Logger.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
  }
}
