package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words for the values of a search's facets (a township's name for its code, 博士 for {@code
 * DOCTORATE}): the index keeps codes, which do not change with a rename or a language, and each
 * feature that fills a facet ({@link cn.wulian.liancai.search.control.IndexedDocument#with}) says
 * what its values are called. A value nobody names is shown as it is (a city, an industry).
 */
public interface FacetLabels {

    /** facet → value → its label in the language of {@code locale}, for the facets this feature fills */
    Map<String, Map<String, String>> labels(Locale locale);

    /** an enum's values (the codes the index keeps) → their words, the messages {@code keyPrefix + name()} */
    static <E extends Enum<E>> Map<String, String> named(E[] values, String keyPrefix, Locale locale) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, e -> Messages.text(locale, keyPrefix + e.name()),
                (a, b) -> a, LinkedHashMap::new));
    }
}
