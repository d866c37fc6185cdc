package cn.wulian.liancai.search.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * What the user typed, parsed twice: once over the public fields and once over the public and the
 * personal fields, so that a query mixing a name and a phone number works for a caller allowed to
 * see the phone number. {@link #restrictedTo} combines both with the caller's grants: the personal
 * variant only counts on documents whose personal readers include one of the grants, and nothing
 * counts outside the documents the grants may read. A query written in pinyin ({@link Pinyin#key})
 * also matches the titles spelled so ({@code pinyinMatch}, null for a query that is not).
 */
record UserQuery(Query publicMatch, Query personalMatch, Query pinyinMatch) {

    static final int MAX_LENGTH = 256;
    static final float TITLE_BOOST = 3f;

    static final String BLANK = "error.query.blank";
    static final String TOO_LONG = "error.query.tooLong";
    static final String MALFORMED = "error.query";
    static final String TOO_COMPLEX = "error.query.tooComplex";

    /** the syntax's operator words and signs, as words of their own */
    private static final Pattern OPERATOR = Pattern.compile("(?<!\\S)(AND|OR|NOT|&&|\\|\\|)(?!\\S)");

    static UserQuery parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException(BLANK, "blank query");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException(TOO_LONG, "query of " + text.length() + " characters", MAX_LENGTH);
        }
        int expanding = expandingTerms(text);
        if (expanding > MAX_EXPANDING_TERMS) {
            throw new InvalidQueryException(TOO_COMPLEX, expanding + " fuzzy or wildcard terms");
        }
        String spelling = Pinyin.key(text);
        Query pinyin = spelling == null ? null : new BoostQuery(new TermQuery(new Term(IndexSchema.PINYIN, spelling)), TITLE_BOOST);
        String written = tolerateTypos(escapeFieldSeparators(ChineseAnalyzers.joinMobileNumbers(text)), MAX_EXPANDING_TERMS - expanding);
        try {
            return new UserQuery(parse(written, analyzer, IndexSchema.PUBLIC_FIELDS), parse(written, analyzer, IndexSchema.ALL_TEXT_FIELDS), pinyin);
        } catch (InvalidQueryException notSyntax) {
            if (!MALFORMED.equals(notSyntax.key())) {
                throw notSyntax;
            }
            // text that is no query ("五莲 with one quote, 孙志刚 AND) is searched as the words typed, stray operators left
            // out: a clerk is not asked to learn the syntax. Nothing but operators stays refused, with the syntax's words
            String words = tolerateTypos(QueryParser.escape(OPERATOR.matcher(ChineseAnalyzers.joinMobileNumbers(text)).replaceAll(" ").strip()),
                    MAX_EXPANDING_TERMS);
            return new UserQuery(parse(words, analyzer, IndexSchema.PUBLIC_FIELDS), parse(words, analyzer, IndexSchema.ALL_TEXT_FIELDS), pinyin);
        }
    }

    /**
     * a Latin word this long or longer also matches with one letter wrong, missing, extra or two
     * swapped; a word only as a word of its own (between spaces, brackets, a leading + or -), not
     * inside an address, a name with digits, a fuzzy or wildcard term the user wrote
     */
    static final int TYPO_TOLERANT_LENGTH = 5;
    private static final Pattern LONG_WORD =
            Pattern.compile("(?<![^\\s(+-])(\\p{IsLatin}{" + TYPO_TOLERANT_LENGTH + ",})(?![^\\s)])");

    /**
     * Marks the bare Latin words of five or more letters as fuzzy ({@code machne} → {@code machne~1}),
     * outside quoted phrases, at most {@code room} of them (they count against the fuzzy terms a query
     * may have): a name typed with one slip (Qingdoa, Tsinghau) is still found, and the exact spelling
     * still ranks first. Shorter words are left alone: one letter in four is too much of the word.
     */
    static String tolerateTypos(String text, int room) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int left = room;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean quote = i < text.length() && text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\');
            if (i == text.length() || quote) {
                String part = text.substring(from, i);
                if (quoted) {
                    out.append(part);
                } else {
                    Matcher words = LONG_WORD.matcher(part);
                    StringBuilder marked = new StringBuilder();
                    while (words.find()) {
                        boolean operator = words.group(1).equals("AND") || words.group(1).equals("OR") || words.group(1).equals("NOT");
                        words.appendReplacement(marked, left > 0 && !operator ? "$1~1" : "$1");
                        left -= operator ? 0 : 1;
                    }
                    words.appendTail(marked);
                    out.append(marked);
                }
                if (quote) {
                    out.append('"');
                    quoted = !quoted;
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Fuzzy and wildcard terms ({@code liancai~}, {@code 孙*}) each cost about as much as several plain
     * searches — the parser normalises each once per field, the search matches it against every word
     * of the index —, so more than this many are refused before the query is even parsed. (Left to
     * Lucene's clause limit, 26 one-letter fuzzy terms took half a minute to be refused, and 80 of
     * them over a minute.)
     */
    static final int MAX_EXPANDING_TERMS = 4;

    /**
     * The words of the text with an unescaped {@code ~}, {@code *} or {@code ?}, each repeat counted
     * (80 times {@code a~} costs 80 times as much). A phrase with a slop ({@code "a b"~2}) counts
     * too: counting one word too many only refuses earlier.
     */
    static int expandingTerms(String text) {
        int count = 0;
        boolean expanding = false;
        boolean escaping = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (escaping) {
                escaping = false;
            } else if (c == '\\') {
                escaping = true;
            } else if (Character.isWhitespace(c) || c == '(' || c == ')') {
                count += expanding ? 1 : 0;
                expanding = false;
            } else if (c == '~' || c == '*' || c == '?') {
                expanding = true;
            }
        }
        return count;
    }

    Query restrictedTo(Set<String> grants, Set<String> types) {
        Query personal = new BooleanQuery.Builder()
                .add(personalMatch, Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.PERSONAL_READER, bytes(grants)), Occur.FILTER)
                .build();
        Query written = new DisjunctionMaxQuery(List.of(publicMatch, personal), 0f);
        Query match = pinyinMatch == null ? written : new BooleanQuery.Builder()
                .add(written, Occur.SHOULD).add(pinyinMatch, Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.READER, bytes(grants)), Occur.FILTER);
        if (!types.isEmpty()) {
            query.add(new TermInSetQuery(IndexSchema.TYPE, bytes(types)), Occur.FILTER);
        }
        return query.build();
    }

    private static Query parse(String text, Analyzer analyzer, String[] fields) {
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(fields, analyzer, Map.of(IndexSchema.TITLE, TITLE_BOOST));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException e) {
            throw new InvalidQueryException(MALFORMED, firstLine(e.getMessage()));
        }
        requireOnly(query, Set.of(fields));
        return query;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * Field syntax would let a caller address the personal or permission fields directly, and
     * regular expressions ({@code /a{9999999}/}) build automata large enough to exhaust the heap:
     * both {@code :} and {@code /} are taken as plain text.
     */
    static String escapeFieldSeparators(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean escaping = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaping) {
                escaping = false;
            } else if (c == '\\') {
                escaping = true;
            } else if (c == ':' || c == '/') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void requireOnly(Query query, Set<String> fields) {
        Set<String> used = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                used.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        used.removeAll(fields);
        if (!used.isEmpty()) {
            throw new InvalidQueryException(MALFORMED, "query addresses fields " + used);
        }
    }

    private static List<BytesRef> bytes(Set<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
