package org.sigilo.retention.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;

/** Backs {@code retention/disposition-lists.xhtml}: the newest disposition lists. */
@Named
@RequestScoped
public class DispositionListsPage {

  @EJB Dispositions dispositions;

  private List<DispositionListView> lists;

  public List<DispositionListView> getLists() {
    if (lists == null) {
      lists = dispositions.lists(50);
    }
    return lists;
  }
}
