package org.sigilo.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one place loggers, the container-managed entity manager and Sigilo's datasource come from.
 * Code that needs plain JDBC (set-based statements over arrays of ids, which JPA cannot bind)
 * injects the {@link DataSource}; inside a transaction its connections share the one the entity
 * manager uses, so both see each other's writes.
 */
@Dependent
public class Resources {

  @Produces
  @PersistenceContext(unitName = "sigilo")
  private EntityManager entityManager;

  @Produces
  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  private DataSource dataSource;

  @Produces
  Logger logger(InjectionPoint injectionPoint) {
    return Logger.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
  }
}
