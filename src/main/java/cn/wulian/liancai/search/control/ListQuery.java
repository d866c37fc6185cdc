package cn.wulian.liancai.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link ListRequest} as a Lucene query and sort. Filters are literal: what a clerk types into a
 * column's filter box is text to find, not syntax, so a bracket or a colon is just a character.
 */
final class ListQuery {

    /** a word of letters and digits only: matched as the beginning of a word, as it is being typed */
    private static final Pattern PREFIX_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");

    private final Analyzer analyzer;
    private final QueryBuilder phrases;

    ListQuery(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
        this.phrases = new QueryBuilder(queryAnalyzer);
    }

    Query of(ListRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.TYPE, request.type())), Occur.FILTER)
                .add(new TermInSetQuery(IndexSchema.READER, bytes(request.grants())), Occur.FILTER);
        request.matches().forEach((column, text) -> query.add(match(column, text), Occur.FILTER));
        for (Map.Entry<String, Set<String>> facet : request.exact().entrySet()) {
            String field = IndexSchema.FACET_PREFIX + facet.getKey();
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            List<BytesRef> values = facet.getValue().stream().filter(v -> !ListRequest.NONE.equals(v)).map(ChineseAnalyzers::simplified)
                    .map(BytesRef::new).toList();
            if (!values.isEmpty()) {
                either.add(new TermInSetQuery(field, values), Occur.SHOULD);
            }
            if (facet.getValue().contains(ListRequest.NONE)) {
                either.add(new BooleanQuery.Builder().add(new FieldExistsQuery(field), Occur.MUST_NOT)
                        .add(new TermQuery(new Term(IndexSchema.TYPE, request.type())), Occur.FILTER).build(), Occur.SHOULD);
            }
            query.add(either.build(), Occur.FILTER);
        }
        return new ConstantScoreQuery(query.build());
    }

    private Query match(String column, String text) {
        return switch (column) {
            case ListRequest.TITLE -> either(words(IndexSchema.TITLE, text), pinyin(text));
            case ListRequest.ANY -> either(words(IndexSchema.TITLE, text), words(IndexSchema.TEXT, text), pinyin(text));
            default -> words(IndexSchema.COLUMN_PREFIX + column, text);
        };
    }

    /** every word of the text in the field: Han text as a phrase of its bigrams, letters and digits as a word's beginning */
    private Query words(String field, String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : ChineseAnalyzers.joinMobileNumbers(text).split("\\s+")) {
            Query part;
            if (PREFIX_WORD.matcher(word).matches()) {
                part = new PrefixQuery(new Term(field, analyzer.normalize(field, word)));
            } else {
                part = phrases.createPhraseQuery(field, word);
            }
            if (part != null) {
                all.add(part, Occur.FILTER);
                clauses++;
            }
        }
        // a filter of punctuation only holds no word to find: it finds nothing, as a LIKE on it would find next to nothing
        return clauses == 0 ? new MatchNoDocsQuery("no word in " + text) : all.build();
    }

    /** titles whose pinyin begins with the text's spelling ({@code mwq}, {@code ma wei}, {@code 马w}), or null when it is no spelling */
    private static Query pinyin(String text) {
        String spelling = Pinyin.key(text);
        return spelling == null ? null : new PrefixQuery(new Term(IndexSchema.PINYIN, spelling));
    }

    private static Query either(Query... queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : queries) {
            if (q != null && !(q instanceof MatchNoDocsQuery)) {
                any.add(q, Occur.SHOULD);
            }
        }
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery("nothing to match") : built;
    }

    /** the list's order, ending with the id as the database's lists do; {@code reversed} reads it from the end */
    static Sort sort(ListRequest request, boolean reversed) {
        boolean descending = request.sort() == null ? true : !request.ascending();
        List<SortField> fields = new ArrayList<>();
        if (request.sort() == null || ListRequest.CHANGED.equals(request.sort())) {
            fields.add(new SortField(IndexSchema.SORT_CHANGED, SortField.Type.LONG, descending != reversed));
        } else {
            String field = ListRequest.TITLE.equals(request.sort()) ? IndexSchema.SORT_NAME : IndexSchema.COLUMN_SORT_PREFIX + request.sort();
            SortField byColumn = new SortField(field, SortField.Type.STRING, descending != reversed);
            // an empty column sorts after every value, as the database sorts nulls
            byColumn.setMissingValue(SortField.STRING_LAST);
            fields.add(byColumn);
        }
        fields.add(new SortField(IndexSchema.SORT_ID, SortField.Type.LONG, reversed));
        return new Sort(fields.toArray(SortField[]::new));
    }

    private static List<BytesRef> bytes(Set<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
