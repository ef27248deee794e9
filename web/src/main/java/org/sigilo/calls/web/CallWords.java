package org.sigilo.calls.web;

import java.util.Collection;
import java.util.stream.Collectors;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;

/** A call's coded values that come as a set, in the words of the view's language. */
final class CallWords {

  private CallWords() {}

  /** The categories in their list order, joined; a dash when there are none. */
  static String categories(Collection<SensitiveCategory> categories) {
    Formats formats = new Formats();
    if (categories == null || categories.isEmpty()) {
      return formats.label("call.sensitive-category", null);
    }
    return categories.stream()
        .sorted()
        .map(category -> formats.label("call.sensitive-category", category))
        .collect(Collectors.joining(MessageBundle.text("call.categories.separator")));
  }
}
