package org.sigilo.retention.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;
import org.sigilo.retention.entity.ListStatus;

/**
 * Backs {@code retention/disposition-lists.xhtml} (as {@code #{dispositionLists}}): the newest
 * disposition lists, all or those in one state; the state and the page size are kept for the
 * session ({@link RetentionChoices}).
 */
@Named
@RequestScoped
public class DispositionLists {

  /** The newest lists the page offers (the boundary's most). */
  static final int NEWEST = 100;

  @EJB Dispositions dispositions;
  @Inject RetentionChoices choices;
  @Inject FacesContext faces;

  private List<DispositionListView> lists;

  public List<DispositionListView> getLists() {
    if (lists == null) {
      String status = choices.getListStatus();
      lists =
          dispositions.lists(NEWEST).stream()
              .filter(l -> status == null || status.equals(l.status()))
              .toList();
    }
    return lists;
  }

  /** The states a list can be in, for the filter. */
  public List<String> getStatuses() {
    return Arrays.stream(ListStatus.values()).map(Enum::name).toList();
  }

  /** The filter changed: back to the table's first page. */
  public void statusChanged() {
    lists = null;
    RetentionChoices.backToFirstPage(faces, "lists-form:lists-table");
  }
}
