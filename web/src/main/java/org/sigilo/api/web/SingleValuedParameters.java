package org.sigilo.api.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sigilo.platform.i18n.Messages;

/**
 * Refuses a request that gives a query parameter more than once ({@code listId=2&listId=999999}):
 * every parameter of Sigilo's API takes one value, and JAX-RS would silently take the first, so a
 * client's mistake could start a real job on a list it did not mean. 400, naming the parameter.
 */
@Provider
@PreMatching
public class SingleValuedParameters implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters(false).entrySet()) {
      if (parameter.getValue().size() > 1) {
        Locale language = RequestLanguage.of(request);
        request.abortWith(
            Problem.response(
                Response.Status.BAD_REQUEST,
                language,
                Messages.text(
                    language,
                    "problem.api.repeated-parameter",
                    parameter.getKey(),
                    parameter.getValue().size())));
        return;
      }
    }
  }
}
