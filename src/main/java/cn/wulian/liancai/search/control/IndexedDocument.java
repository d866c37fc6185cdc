package cn.wulian.liancai.search.control;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One searchable thing (a talent, a team …) as the index sees it, built by the owning feature from
 * the state its transaction sees.
 *
 * <p>{@code text} is everything anyone allowed to see the document may search (name, school,
 * employer, city, tags …); {@code personalText} holds what only callers holding one of {@code
 * personalReaders} may match or see: contact data (phone, e-mail, WeChat) and the office's
 * internal notes. {@code readers} are the
 * grant tokens (for example {@code role:OFFICE}, {@code platform:fatong}) of which a caller must
 * hold at least one to find the document at all; a document without readers is found by nobody.
 * {@code stamp} names the versions the document was built from (see {@link Stamp}): the entity's
 * own optimistic-lock version, then those of the records whose names it shows. Start-up compares it
 * with the stamp the database gives now, so a document that still shows a name changed since is
 * found and rebuilt.
 *
 * @param type kind of document, lower case, for example {@code talent} or {@code team}
 * @param id the entity's id, unique within {@code type}
 * @param stamp the versions this document was built from, as {@link Stamp#of} writes them
 * @param title display title, for example the person's name; plain text, searched with a boost
 * @param text public searchable text, plain text
 * @param personalText personal searchable text, plain text
 * @param readers grant tokens that may see the document
 * @param personalReaders grant tokens that may also match and see {@code personalText}
 * @param facets the document's values by facet ({@code township → 街头镇}, {@code degree → PHD} …): what
 *     a search counts and narrows by; public values only, everyone who finds the document may see them
 * @param changedAt when the record last changed (ms since the epoch, 0 if unknown), to sort by it
 * @param columns the values of a list's columns by name ({@code school → 山东大学}): what a list page
 *     filters by and sorts by ({@link ListRequest}); public values only, as the facets
 */
public record IndexedDocument(
        String type,
        long id,
        String stamp,
        String title,
        String text,
        String personalText,
        Set<String> readers,
        Set<String> personalReaders,
        Map<String, Set<String>> facets,
        long changedAt,
        Map<String, Column> columns) {

    /**
     * Marks where a document's {@code text} stops being shown: what follows it is found by a search but
     * never drawn in a snippet (an English label beside the Chinese words a Chinese page shows).
     */
    public static final char SEARCHED_ONLY = '\u001F';

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern FACET = Pattern.compile("[a-z][a-zA-Z]*");

    public IndexedDocument {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("type must be lower-case letters, digits, '_' or '-': " + type);
        }
        Stamp.requireValid(stamp);
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        personalText = personalText == null ? "" : personalText;
        readers = readers == null ? Set.of() : Set.copyOf(readers);
        personalReaders = personalReaders == null ? Set.of() : Set.copyOf(personalReaders);
        Map<String, Set<String>> kept = new TreeMap<>();
        (facets == null ? Map.<String, Set<String>>of() : facets).forEach((facet, values) -> {
            if (!FACET.matcher(facet).matches()) {
                throw new IllegalArgumentException("a facet is named in letters: " + facet);
            }
            Set<String> present = values == null ? Set.of()
                    : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).collect(Collectors.toUnmodifiableSet());
            if (!present.isEmpty()) {
                kept.put(facet, present);
            }
        });
        facets = Collections.unmodifiableMap(kept);
        Map<String, Column> named = new TreeMap<>();
        (columns == null ? Map.<String, Column>of() : columns).forEach((column, value) -> {
            if (!FACET.matcher(column).matches()) {
                throw new IllegalArgumentException("a column is named in letters: " + column);
            }
            if (value != null) {
                named.put(column, value);
            }
        });
        columns = Collections.unmodifiableMap(named);
    }

    public IndexedDocument(String type, long id, String stamp, String title, String text, String personalText,
                           Set<String> readers, Set<String> personalReaders, Map<String, Set<String>> facets, long changedAt) {
        this(type, id, stamp, title, text, personalText, readers, personalReaders, facets, changedAt, Map.of());
    }

    /** A document without facets or a time of change. */
    public IndexedDocument(String type, long id, String stamp, String title, String text, String personalText,
                           Set<String> readers, Set<String> personalReaders) {
        this(type, id, stamp, title, text, personalText, readers, personalReaders, Map.of(), 0);
    }

    /** A document that shows no other record's name: its stamp is its entity's version alone. */
    public IndexedDocument(String type, long id, long version, String title, String text, String personalText,
                           Set<String> readers, Set<String> personalReaders) {
        this(type, id, Stamp.of(version), title, text, personalText, readers, personalReaders);
    }

    /**
     * A document's text: the words shown, each once, space-separated, then those only searched (see
     * {@link #SEARCHED_ONLY}); null and repeated words are left out.
     */
    public static String text(Stream<String> shown, Stream<String> searchedOnly) {
        Set<String> seen = new LinkedHashSet<>();
        String words = shown.filter(Objects::nonNull).filter(seen::add).collect(Collectors.joining(" "));
        String searched = searchedOnly.filter(Objects::nonNull).filter(seen::add).collect(Collectors.joining(" "));
        return searched.isEmpty() ? words : words + " " + SEARCHED_ONLY + " " + searched;
    }

    /** this document with the facet values and the time of change its feature gives it; null values are left out */
    public IndexedDocument with(Map<String, ?> facetValues, Instant changed) {
        Map<String, Set<String>> values = new TreeMap<>();
        facetValues.forEach((facet, value) -> {
            if (value instanceof Collection<?> many) {
                values.put(facet, many.stream().filter(Objects::nonNull).map(IndexedDocument::code).collect(Collectors.toSet()));
            } else if (value != null) {
                values.put(facet, Set.of(code(value)));
            }
        });
        return new IndexedDocument(type, id, stamp, title, text, personalText, readers, personalReaders, values,
                changed == null ? 0 : changed.toEpochMilli(), columns);
    }

    /** this document with the columns its feature's list pages filter and sort by */
    public IndexedDocument withColumns(Map<String, Column> values) {
        return new IndexedDocument(type, id, stamp, title, text, personalText, readers, personalReaders, facets, changedAt, values);
    }

    /**
     * A list column's value: the text a filter matches (null: not filtered by) and the key it sorts
     * by (null: sorted last, as a database sorts an empty column).
     */
    public record Column(String text, String sortKey) {

        /** a column of text, sorted in pinyin order (山东大学 among the S) */
        public static Column text(String value) {
            return value == null || value.isBlank() ? null : new Column(value, Pinyin.sortKey(value, false));
        }

        /** a column of a number, sorted as numbers */
        public static Column number(Long value) {
            // the offset keeps negative numbers before positive ones in the order of the text
            return value == null ? null : new Column(null, String.format("%020d", value + Long.MAX_VALUE / 2));
        }

        /** a column of a code that sorts by its rank (an enum's order: 高中 < 大专 < … < 博士), filtered by exact facets instead */
        public static Column rank(Enum<?> value) {
            return value == null ? null : new Column(null, String.format("%04d", value.ordinal()));
        }
    }

    /** an enum by its name (whatever its toString says), anything else as its text */
    /** an enum's name, else the value in Simplified characters (one facet value for 青島 and 青岛) */
    private static String code(Object value) {
        return value instanceof Enum<?> e ? e.name() : ChineseAnalyzers.simplified(value.toString());
    }

    /** The unique key in the index: {@code type:id}. */
    public String key() {
        return key(type, id);
    }

    static String key(String type, long id) {
        return type + ":" + id;
    }
}
