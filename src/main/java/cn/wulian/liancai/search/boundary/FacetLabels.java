package cn.wulian.liancai.search.boundary;

import java.util.Locale;
import java.util.Map;

/**
 * The words for the values of a search's facets (a township's name for its code, 博士 for {@code
 * DOCTORATE}): the index keeps codes, which do not change with a rename or a language, and each
 * feature that fills a facet ({@link cn.wulian.liancai.search.control.IndexedDocument#with}) says
 * what its values are called. A value nobody names is shown as it is (a city, an industry).
 */
public interface FacetLabels {

    /** facet → value → its label in the language of {@code locale}, for the facets this feature fills */
    Map<String, Map<String, String>> labels(Locale locale);
}
