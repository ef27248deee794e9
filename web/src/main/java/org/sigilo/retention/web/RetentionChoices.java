package org.sigilo.retention.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.data.PageEvent;

/**
 * What a person chose on the retention lists (which lists, holds or records to show, and how many a
 * page), kept for the session: leaving a list for a record or another page and coming back finds it
 * as it was left. The decision filter is kept per disposition list; page sizes apply to every list.
 */
@Named
@SessionScoped
public class RetentionChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int DEFAULT_ROWS = 25;

  private String listStatus;
  private int listRows = DEFAULT_ROWS;
  private String holdsShown;
  private int holdRows = DEFAULT_ROWS;
  private int itemRows = DEFAULT_ROWS;
  private final Map<Long, String> decisionByList = new HashMap<>();

  /** p:ajax page listener of the disposition lists table: keeps its page size. */
  public void listsPaged(PageEvent event) {
    listRows = rowsOf(event, listRows);
  }

  /** p:ajax page listener of the holds table: keeps its page size. */
  public void holdsPaged(PageEvent event) {
    holdRows = rowsOf(event, holdRows);
  }

  /** p:ajax page listener of a disposition list's records table: keeps its page size. */
  public void itemsPaged(PageEvent event) {
    itemRows = rowsOf(event, itemRows);
  }

  /**
   * After a filter changed: the table starts again at its first page, since the page it was on may
   * no longer exist.
   */
  public static void backToFirstPage(FacesContext faces, String tableId) {
    UIComponent table = faces.getViewRoot().findComponent(tableId);
    if (table instanceof UIData data) {
      data.setFirst(0);
    }
  }

  private static int rowsOf(PageEvent event, int unchanged) {
    Integer rows = event.getRowsPerPage();
    return rows == null || rows < 1 ? unchanged : rows;
  }

  String decisionOn(Long list) {
    return list == null ? null : decisionByList.get(list);
  }

  void decideOn(Long list, String decision) {
    if (list == null) {
      return;
    }
    if (decision == null || decision.isBlank()) {
      decisionByList.remove(list);
    } else {
      decisionByList.put(list, decision);
    }
  }

  public String getListStatus() {
    return listStatus;
  }

  public void setListStatus(String listStatus) {
    this.listStatus = listStatus == null || listStatus.isBlank() ? null : listStatus;
  }

  public int getListRows() {
    return listRows;
  }

  public String getHoldsShown() {
    return holdsShown;
  }

  public void setHoldsShown(String holdsShown) {
    this.holdsShown = holdsShown == null || holdsShown.isBlank() ? null : holdsShown;
  }

  public int getHoldRows() {
    return holdRows;
  }

  public int getItemRows() {
    return itemRows;
  }
}
