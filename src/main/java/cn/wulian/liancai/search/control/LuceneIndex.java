package cn.wulian.liancai.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of one application: a single {@link IndexWriter} on a directory and a
 * {@link SearcherManager} on top of it. Every change is committed and made visible to searches
 * before the method returns; changes are serialized, searches run concurrently with them.
 *
 * <p>Documents are keyed by {@code type:id}, so writing a document again replaces it. The commit
 * carries the analysis {@link #SCHEMA} it was built with ({@code liancai.schema} in the commit
 * user data): {@link #schemaCurrent()} is false for a new index and for one built by an older
 * analyzer, and the caller then rebuilds every type with {@link #replaceAll}; the bulk writes
 * ({@link #replaceAll}, {@link #upsertAll}) record the current schema, single writes keep whatever
 * was recorded. {@link #stamps} lets the caller find documents out of step with the database.
 *
 * <p>{@link #copyTo} copies the latest commit while writes go on: the writer keeps a commit's
 * files for as long as a snapshot of it is held ({@link SnapshotDeletionPolicy}).
 *
 * <p>I/O failures surface as {@link UncheckedIOException}; a malformed query as {@link
 * InvalidQueryException}.
 */
public final class LuceneIndex implements AutoCloseable {

    /** Changes whenever analysis or fields change, so that an older index is rebuilt. */
    // 3: the stored numeric version became the stamp text, which also covers the embedded records
    // 4: a talent's internal notes moved from the public text to the personal text, and reviewers left the readers
    // 5: the titles' pinyin spellings (whole, initials, and their mixtures for names), facets, sort fields
    // 6: a talent's school and employer as values (f.school, f.employer), suggested while typing; list columns
    //    (filter text and sort keys) and the id as a sort field, for list pages served by the index
    // 7: facet values in Simplified characters (青島 and 青岛 were two cities in the facets, each with part of the count)
    // 8: the text's searched-only tail (an English label kept out of the snippets), and an erased talent's applications
    //    without the name they were made with: documents built before held both
    public static final String SCHEMA = "liancai-search/8 icu-numjoin-t2s-cjkbigram-charpos-fold-numtail stamp pinyin facets-t2s sorts values columns searched-only";

    static final String SCHEMA_KEY = "liancai.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Highlights highlights;
    private final ListQuery listQueries;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final SnapshotDeletionPolicy snapshots;
    private volatile String storedSchema;

    private LuceneIndex(Directory directory, IndexWriter writer, Analyzer indexAnalyzer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = ChineseAnalyzers.forQuery();
        this.highlights = new Highlights(indexAnalyzer);
        this.listQueries = new ListQuery(queryAnalyzer);
        this.searchers = new SearcherManager(writer, null);
        this.snapshots = (SnapshotDeletionPolicy) writer.getConfig().getIndexDeletionPolicy();
        this.storedSchema = storedSchema(writer);
    }

    /** Opens the index in {@code dir}, creating the directory and an empty index if missing. */
    public static LuceneIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            return open(FSDirectory.open(dir), dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index in " + dir, e);
        }
    }

    /** Opens the index in {@code directory} (closed again if that fails), creating an empty index if there is none. */
    static LuceneIndex open(Directory directory, String where) {
        IndexWriter writer = null;
        Analyzer analyzer = ChineseAnalyzers.forIndexing();
        try {
            IndexWriterConfig config =
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            // as the default, and a backup may hold on to one commit while later ones are written
                            .setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()));
            writer = new IndexWriter(directory, config);
            return new LuceneIndex(directory, writer, analyzer);
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, e);
            closeQuietly(directory, e);
            closeQuietly(analyzer, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot open search index in " + where, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Whether the index still takes writes. Lucene closes its writer itself after a failure it
     * cannot undo (a "tragic" event, e.g. the disk filling up while a segment is written); the index
     * must then be opened again, and searches meanwhile see the last commit.
     */
    public boolean isOpen() {
        return writer.isOpen();
    }

    /** Whether the index was built with the current {@link #SCHEMA}; false for a new index. */
    public boolean schemaCurrent() {
        return SCHEMA.equals(storedSchema);
    }

    /**
     * Adds the document, or replaces the one with the same type and id unless that one is newer:
     * after-commit notices of two quick saves may arrive out of order, and the older must not win.
     */
    public void upsert(IndexedDocument doc) {
        upsert(List.of(doc));
    }

    /**
     * Adds or replaces the documents in one commit, each as {@link #upsert(IndexedDocument)} does,
     * so that a change and the documents that show its name become visible together. Keeps the
     * recorded schema: a few documents do not make a partial index current.
     */
    public void upsert(List<IndexedDocument> docs) {
        List<Document> documents = docs.stream().map(IndexSchema::toDocument).toList();
        write(false, () -> {
            for (int i = 0; i < documents.size(); i++) {
                IndexedDocument doc = docs.get(i);
                String indexed = indexedStamp(doc.type(), doc.id());
                if (indexed == null || !Stamp.supersedes(indexed, doc.stamp())) {
                    writer.updateDocument(keyTerm(doc.type(), doc.id()), documents.get(i));
                }
            }
        });
    }

    private String indexedStamp(String type, long id) {
        return withSearcher(searcher -> {
            TopDocs hits = searcher.search(new TermQuery(keyTerm(type, id)), 1);
            if (hits.scoreDocs.length == 0) {
                return null;
            }
            return searcher.storedFields().document(hits.scoreDocs[0].doc, Set.of(IndexSchema.STAMP)).get(IndexSchema.STAMP);
        });
    }

    /**
     * Adds documents of records created just now, and removes those of records removed in bulk, in
     * one commit: no stamp to compare with, since the index cannot hold the new ones yet (a repair
     * that ran meanwhile wrote the same text).
     */
    public void add(List<IndexedDocument> docs, String removedType, List<Long> removed) {
        List<Document> documents = docs.stream().map(IndexSchema::toDocument).toList();
        write(false, () -> {
            for (long id : removed) {
                writer.deleteDocuments(keyTerm(removedType, id));
            }
            for (int i = 0; i < documents.size(); i++) {
                writer.updateDocument(keyTerm(docs.get(i).type(), docs.get(i).id()), documents.get(i));
            }
        });
    }

    /** Adds or replaces all documents in one commit, and records the current schema. */
    public void upsertAll(Collection<IndexedDocument> docs) {
        List<Document> documents = docs.stream().map(IndexSchema::toDocument).toList();
        List<Term> keys = docs.stream().map(doc -> keyTerm(doc.type(), doc.id())).toList();
        write(true, () -> {
            for (int i = 0; i < documents.size(); i++) {
                writer.updateDocument(keys.get(i), documents.get(i));
            }
        });
    }

    /** Removes the document if present. */
    public void delete(String type, long id) {
        write(false, () -> writer.deleteDocuments(keyTerm(type, id)));
    }

    /**
     * Replaces every document of {@code type} with {@code docs} in one commit, and records the
     * current schema. Searches see either the old or the new set, never a mix.
     */
    public void replaceAll(String type, Iterable<IndexedDocument> docs) {
        List<IndexedDocument> all = new ArrayList<>();
        docs.forEach(all::add);
        replaceAll(type, page -> page.accept(all));
    }

    /**
     * As {@link #replaceAll(String, Iterable)}, for documents handed over a page at a time: {@code
     * pages} is given the sink and feeds it every page. The writer flushes what exceeds its buffer
     * to new segments, so memory holds one page and the buffer whatever the number of documents;
     * nothing is visible before the one commit at the end. Returns the number of documents.
     */
    public long replaceAll(String type, Consumer<Consumer<List<IndexedDocument>>> pages) {
        long[] added = {0};
        write(true, () -> {
            writer.deleteDocuments(new Term(IndexSchema.TYPE, type));
            pages.accept(page -> {
                List<Document> documents = new ArrayList<>(page.size());
                for (IndexedDocument doc : page) {
                    if (!doc.type().equals(type)) {
                        throw new IllegalArgumentException("document " + doc.key() + " is not of type " + type);
                    }
                    documents.add(IndexSchema.toDocument(doc));
                }
                try {
                    writer.addDocuments(documents);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write search index", e);
                }
                added[0] += documents.size();
            });
        });
        return added[0];
    }

    /**
     * Removes the documents of {@code type} with the ids {@code removed} and writes {@code docs}
     * as {@link #upsert(List)} does (an older document does not replace a newer one), in one
     * commit: what a reconciliation found extra, and what it found missing or stale.
     */
    public void reconcile(String type, Collection<Long> removed, List<IndexedDocument> docs) {
        List<Document> documents = docs.stream().map(IndexSchema::toDocument).toList();
        write(false, () -> {
            for (long id : removed) {
                writer.deleteDocuments(keyTerm(type, id));
            }
            for (int i = 0; i < documents.size(); i++) {
                IndexedDocument doc = docs.get(i);
                String indexed = indexedStamp(doc.type(), doc.id());
                if (indexed == null || !Stamp.supersedes(indexed, doc.stamp())) {
                    writer.updateDocument(keyTerm(doc.type(), doc.id()), documents.get(i));
                }
            }
        });
    }

    /** The stamp of every indexed document of {@code type}, by id. */
    public Map<Long, String> stamps(String type) {
        return withSearcher(searcher -> {
            Query query = new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.TYPE, type)));
            int count = searcher.count(query);
            Map<Long, String> stamps = new HashMap<>(count * 2);
            if (count == 0) {
                return stamps;
            }
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.STAMP);
            for (ScoreDoc hit : searcher.search(query, count, Sort.INDEXORDER).scoreDocs) {
                Document doc = stored.document(hit.doc, fields);
                stamps.put(doc.getField(IndexSchema.ID).numericValue().longValue(), doc.get(IndexSchema.STAMP));
            }
            return stamps;
        });
    }

    /**
     * Finds what the caller may see: documents one of whose readers is among the grants, matching
     * the query on title and text, or also on the personal text where one of the document's
     * personal readers is among the grants. No grants find nothing.
     *
     * @throws InvalidQueryException if the query is blank, too long, malformed or expands to too many terms
     */
    public SearchResult search(SearchRequest request) {
        UserQuery userQuery = UserQuery.parse(request.query(), queryAnalyzer);
        if (request.grants().isEmpty()) {
            return SearchResult.empty();
        }
        Query narrowed = narrowed(userQuery.restrictedTo(request.grants(), Set.of()), request.facets());
        Sort sort = sort(request.order());
        FieldDoc after = request.after() == null ? null : SearchCursor.decode(request.order(), request.after());
        int skipped = after == null ? request.offset() : 0;
        return withSearcher(searcher -> {
            TopDocs top;
            SearchCounts.Counts counts;
            try {
                // rewritten once for the page and the counts: a fuzzy word's expansion walks the whole dictionary
                Query matching = searcher.rewrite(narrowed);
                Query query = request.types().isEmpty() ? matching : filtered(matching, IndexSchema.TYPE, request.types());
                // one more than the page: whether a next page exists; the count comes from the counting pass
                int wanted = skipped + request.limit() + 1;
                TopFieldCollectorManager page = new TopFieldCollectorManager(sort.rewrite(searcher), wanted,
                        // the last document number: a hit that ties in every field is the cursor's own (keys are unique)
                        after == null ? null : new FieldDoc(searcher.getIndexReader().maxDoc() - 1, Float.NaN, after.fields), wanted);
                top = searcher.search(query, page);
                TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
                counts = searcher.search(matching, new SearchCounts(SearchRequest.FACETS, request.types()));
            } catch (IndexSearcher.TooManyClauses e) {
                // e.g. 26 one-letter fuzzy terms: each expands to hundreds of terms; a user's query, not a server fault
                throw new InvalidQueryException(UserQuery.TOO_COMPLEX, e.getMessage());
            }
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            int end = Math.min(top.scoreDocs.length, skipped + request.limit());
            for (int i = skipped; i < end; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                hits.add(hit(stored.document(scoreDoc.doc), scoreDoc.score, userQuery, request.grants()));
            }
            String next = top.scoreDocs.length > end && end > skipped
                    ? SearchCursor.encode(request.order(), ((FieldDoc) top.scoreDocs[end - 1]).fields) : null;
            return new SearchResult(counts.total(), hits, counts.types(), counts.facets(), next, counts.estimated());
        });
    }

    /**
     * The ids of the caller's first {@code max} hits of one type, in the order of {@link #search}
     * by relevance, in one search without counts or snippets (a walk from one hit to the next).
     */
    public List<Long> searchIds(String text, Set<String> grants, String type, int max) {
        UserQuery userQuery = UserQuery.parse(text, queryAnalyzer);
        if (grants.isEmpty()) {
            return List.of();
        }
        Query query = userQuery.restrictedTo(grants, Set.of(type));
        return withSearcher(searcher -> {
            ScoreDoc[] top;
            try {
                top = searcher.search(query, max, sort(SearchRequest.Order.RELEVANCE), false).scoreDocs;
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidQueryException(UserQuery.TOO_COMPLEX, e.getMessage());
            }
            StoredFields stored = searcher.storedFields();
            List<Long> ids = new ArrayList<>(top.length);
            for (ScoreDoc hit : top) {
                ids.add(stored.document(hit.doc, Set.of(IndexSchema.ID)).getField(IndexSchema.ID).numericValue().longValue());
            }
            return ids;
        });
    }

    /**
     * Titles for what the user is typing, best first: titles holding the text (a name begun, 马伟 for
     * 马伟强) and, for Latin letters, titles whose pinyin begins so (ma, maw, mwq). The text is taken as
     * text, never as query syntax; a document is suggested only to who may find it.
     */
    public List<SearchHit> suggest(String text, Set<String> grants, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || grants.isEmpty() || typed.length() > UserQuery.MAX_LENGTH) {
            return List.of();
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        try {
            QueryParser parser = new QueryParser(IndexSchema.TITLE, queryAnalyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            match.add(parser.parse(QueryParser.escape(typed)), BooleanClause.Occur.SHOULD);
        } catch (ParseException e) {
            // nothing of the text is a word (punctuation only): the pinyin may still match
        }
        String spelling = Pinyin.key(typed);
        if (spelling != null) {
            match.add(new PrefixQuery(new Term(IndexSchema.PINYIN, spelling)), BooleanClause.Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder().add(match.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.READER, grants.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit, sort(SearchRequest.Order.RELEVANCE), true);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc d : top.scoreDocs) {
                Document doc = stored.document(d.doc, Set.of(IndexSchema.TYPE, IndexSchema.ID, IndexSchema.TITLE));
                hits.add(new SearchHit(doc.get(IndexSchema.TYPE), doc.getField(IndexSchema.ID).numericValue().longValue(),
                        doc.get(IndexSchema.TITLE), "", d.score));
            }
            return hits;
        });
    }

    /**
     * A window of a list ({@link ListRequest}) with the whole list's count. A window past the middle
     * of a long list is read from its end in the reversed order: the last page costs what the first
     * does, where an offset costs every row before it.
     */
    public ListPage list(ListRequest request) {
        if (request.grants().isEmpty()) {
            return new ListPage(0, List.of());
        }
        Query query = listQueries.of(request);
        return withSearcher(searcher -> {
            // the first window and the whole count in one pass (the count alone walks every row of a filter)
            int firstEnd = request.offset() + request.limit();
            Sort sort = ListQuery.sort(request, false);
            TopFieldDocs first = request.offset() > REVERSED_FROM ? null
                    : searcher.search(query, new TopFieldCollectorManager(sort.rewrite(searcher), firstEnd, null, Integer.MAX_VALUE));
            int total = first != null ? (int) first.totalHits.value() : searcher.count(query);
            if (request.offset() >= total) {
                return new ListPage(total, List.of());
            }
            int end = Math.min(total, firstEnd);
            if (request.offset() > ListRequest.DEEPEST && total - end > ListRequest.DEEPEST) {
                // a window deep inside both ends costs every row before it (half a million sort entries on the heap)
                throw new ListRequest.TooDeep(total);
            }
            boolean fromTheEnd = request.offset() > REVERSED_FROM && request.offset() > total - end;
            List<Long> ids = new ArrayList<>(end - request.offset());
            if (fromTheEnd) {
                // rows offset … end-1 are rows total-end … total-1-offset of the reversed order
                ScoreDoc[] top = searcher.search(query, total - request.offset(), ListQuery.sort(request, true), false).scoreDocs;
                for (int i = total - request.offset() - 1; i >= total - end; i--) {
                    ids.add(id(searcher, top[i]));
                }
            } else {
                ScoreDoc[] top = first != null ? first.scoreDocs : searcher.search(query, end, sort, false).scoreDocs;
                for (int i = request.offset(); i < top.length; i++) {
                    ids.add(id(searcher, top[i]));
                }
            }
            return new ListPage(total, ids);
        });
    }

    /**
     * The ids of the whole list in its order (an export, the walk from one record to the next), at
     * most {@code max}: read page by page after the last row, never an offset.
     */
    public List<Long> listIds(ListRequest request, int max) {
        if (request.grants().isEmpty()) {
            return List.of();
        }
        Query query = listQueries.of(request);
        Sort sort = ListQuery.sort(request, false);
        return withSearcher(searcher -> {
            List<Long> ids = new ArrayList<>();
            FieldDoc after = null;
            while (ids.size() < max) {
                int page = Math.min(LIST_PAGE, max - ids.size());
                TopDocs top = after == null ? searcher.search(query, page, sort, false) : searcher.searchAfter(after, query, page, sort, false);
                for (ScoreDoc doc : top.scoreDocs) {
                    ids.add(id(searcher, doc));
                }
                if (top.scoreDocs.length < page) {
                    break;
                }
                after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
            }
            return ids;
        });
    }

    /**
     * Where the document {@code type:id} stands in the whole list and its neighbours, without reading
     * the list: the rows before it are counted by comparing each row's sort values with its own, and
     * the row after and the one before are each one search after it, forwards and backwards.
     * {@code position} 0 when the list does not hold it.
     */
    public ListPosition position(ListRequest request, long id) {
        if (request.grants().isEmpty()) {
            return new ListPosition(0, 0, null, null);
        }
        Query query = listQueries.of(request);
        Sort sort = ListQuery.sort(request, false);
        Sort reversed = ListQuery.sort(request, true);
        return withSearcher(searcher -> {
            Query itself = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(keyTerm(request.type(), id)), BooleanClause.Occur.FILTER).build();
            ScoreDoc[] found = searcher.search(itself, 1, sort, false).scoreDocs;
            int total = searcher.count(query);
            if (found.length == 0) {
                return new ListPosition(0, total, null, null);
            }
            FieldDoc at = (FieldDoc) found[0];
            ScoreDoc[] next = searcher.searchAfter(at, query, 1, sort, false).scoreDocs;
            ScoreDoc[] previous = searcher.searchAfter(new FieldDoc(at.doc, Float.NaN, at.fields), query, 1, reversed, false).scoreDocs;
            int before = searcher.search(query, new RowsBefore(sort, at.fields));
            return new ListPosition(before + 1, total,
                    previous.length == 0 ? null : id(searcher, previous[0]), next.length == 0 ? null : id(searcher, next[0]));
        });
    }

    /** below this offset a window is always read from the start: reading it from the end would save little */
    private static final int REVERSED_FROM = 1_000;
    private static final int LIST_PAGE = 10_000;

    /** a document's id from its sort field's doc values, without reading its stored fields */
    private static long id(IndexSearcher searcher, ScoreDoc hit) throws IOException {
        if (hit instanceof FieldDoc fieldDoc) {
            return (Long) fieldDoc.fields[fieldDoc.fields.length - 1];
        }
        return searcher.storedFields().document(hit.doc, Set.of(IndexSchema.ID)).getField(IndexSchema.ID).numericValue().longValue();
    }


    /** most values of a facet whose documents are counted for one suggestion: a typed letter or two fits many */
    static final int MOST_CHECKED = 200;

    /**
     * Values of the given facets for what the user is typing (the schools and employers of talents):
     * those holding the text or spelled in pinyin beginning with it ({@link ValueMatch}), each with
     * the number of documents having it that one of the grants may find — a value only documents
     * the caller may not find have is never suggested. Most documents first, then in pinyin order.
     * The facet's terms are scanned: its distinct values are few beside the documents.
     */
    public List<ValueHit> suggestValues(String text, Set<String> grants, List<String> facets, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || grants.isEmpty() || typed.length() > UserQuery.MAX_LENGTH) {
            return List.of();
        }
        ValueMatch match = new ValueMatch(typed);
        Query visible = new TermInSetQuery(IndexSchema.READER, grants.stream().map(BytesRef::new).toList());
        return withSearcher(searcher -> {
            List<ValueHit> found = new ArrayList<>();
            for (String facet : facets) {
                String field = IndexSchema.FACET_PREFIX + facet;
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                if (terms == null) {
                    continue;
                }
                TermsEnum values = terms.iterator();
                int checked = 0;
                for (BytesRef term = values.next(); term != null && checked < MOST_CHECKED; term = values.next()) {
                    String value = term.utf8ToString();
                    if (match.matches(value)) {
                        checked++;
                        // the terms of deleted documents stay until their segment is merged: counting tells
                        int count = searcher.count(new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
                                .add(visible, BooleanClause.Occur.FILTER).build());
                        if (count > 0) {
                            found.add(new ValueHit(facet, value, count));
                        }
                    }
                }
            }
            found.sort(Comparator.comparingLong(ValueHit::count).reversed()
                    .thenComparing(v -> Pinyin.sortKey(v.value(), false)).thenComparing(ValueHit::facet));
            return List.copyOf(found.subList(0, Math.min(limit, found.size())));
        });
    }

    /** the sort of an order; every one ends with the document's key, so that hits that tie keep one order across pages */
    private static Sort sort(SearchRequest.Order order) {
        SortField key = new SortField(IndexSchema.SORT_KEY, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, key);
            case NAME -> new Sort(new SortField(IndexSchema.SORT_NAME, SortField.Type.STRING), key);
            case CHANGED -> new Sort(new SortField(IndexSchema.SORT_CHANGED, SortField.Type.LONG, true), key);
        };
    }

    /** the query narrowed to documents with one of the values asked for of every facet named */
    private static Query narrowed(Query query, Map<String, Set<String>> facets) {
        Query narrowed = query;
        for (Map.Entry<String, Set<String>> facet : facets.entrySet()) {
            // asked for as the index keeps them: in Simplified characters (IndexedDocument#with)
            Set<String> values = facet.getValue().stream().map(ChineseAnalyzers::simplified).collect(java.util.stream.Collectors.toSet());
            narrowed = filtered(narrowed, IndexSchema.FACET_PREFIX + facet.getKey(), values);
        }
        return narrowed;
    }

    private static Query filtered(Query query, String field, Set<String> values) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
    }

    private SearchHit hit(Document doc, float score, UserQuery query, Set<String> grants) {
        boolean personalVisible = false;
        for (String reader : doc.getValues(IndexSchema.PERSONAL_READER)) {
            personalVisible |= grants.contains(reader);
        }
        String highlight = highlights.snippet(
                query, doc.get(IndexSchema.TEXT), doc.get(IndexSchema.PERSONAL), personalVisible);
        return new SearchHit(
                doc.get(IndexSchema.TYPE),
                doc.getField(IndexSchema.ID).numericValue().longValue(),
                doc.get(IndexSchema.TITLE),
                highlight,
                score);
    }

    /**
     * Copies the index as of its latest commit into {@code target} (created if missing; meant to be
     * empty) while searches and writes go on, and returns the number of documents of that commit.
     * Every write commits before it returns, so the latest commit holds every write that returned
     * before this call; writes that come later are not in the copy.
     */
    public long copyTo(Path target) {
        IndexCommit commit;
        writeLock.lock();
        try {
            // an index that was opened but never written to has no commit yet; otherwise a no-op
            writer.commit();
            commit = snapshots.snapshot();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot search index", e);
        } finally {
            writeLock.unlock();
        }
        try {
            Files.createDirectories(target);
            try (Directory copy = FSDirectory.open(target); DirectoryReader reader = DirectoryReader.open(commit)) {
                for (String file : commit.getFileNames()) {
                    copy.copyFrom(directory, file, file, IOContext.DEFAULT);
                }
                copy.sync(commit.getFileNames());
                copy.syncMetaData();
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy search index to " + target, e);
        } finally {
            release(commit);
        }
    }

    private void release(IndexCommit commit) {
        try {
            snapshots.release(commit);
            // the files of a commit superseded during the copy go now, not at the next write
            writer.deleteUnusedFiles();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release search index snapshot", e);
        }
    }

    /**
     * Checks a copy made by {@link #copyTo} (every file's checksum and structure, as Lucene's
     * CheckIndex does) and returns its number of documents.
     *
     * @throws IllegalStateException if the copy is damaged or missing
     */
    public static long verifyCopy(Path copy) {
        if (!Files.isDirectory(copy)) {
            throw new IllegalStateException("no index copy in " + copy);
        }
        try (Directory dir = FSDirectory.open(copy)) {
            try (CheckIndex check = new CheckIndex(dir)) {
                CheckIndex.Status status = check.checkIndex();
                if (!status.clean) {
                    throw new IllegalStateException("index copy in " + copy + " is damaged");
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new IllegalStateException("index copy in " + copy + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the index in {@code indexDir} by the copy in {@code copy}, for a restore while the
     * application is stopped: refused if a writer holds the index (the application still runs).
     * The leftovers of an interrupted rebuild ({@link IndexFolders}) go.
     *
     * @throws IllegalStateException if the index is in use
     */
    public static void restoreCopy(Path copy, Path indexDir) {
        try {
            Files.createDirectories(indexDir);
            try (Directory from = FSDirectory.open(copy); Directory to = FSDirectory.open(indexDir);
                 Lock lock = to.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                // a rebuild left half done would otherwise take the restored index's place at the next start
                IndexFolders.discardRebuild(indexDir);
                for (String file : to.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        to.deleteFile(file);
                    }
                }
                List<String> files = new ArrayList<>();
                for (String file : from.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        to.copyFrom(from, file, file, IOContext.DEFAULT);
                        files.add(file);
                    }
                }
                to.sync(files);
                to.syncMetaData();
                lock.ensureValid();
            }
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the search index in " + indexDir + " is in use: stop the application first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore search index into " + indexDir, e);
        }
    }

    /** closes the index without committing what was written since the last commit (a rebuild that failed part-way) */
    public void discard() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll back search index", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        IOException failure = null;
        for (Closeable resource : List.of(searchers, writer, directory, indexAnalyzer, queryAnalyzer)) {
            try {
                resource.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot close search index", failure);
        }
    }

    private void write(boolean recordSchema, IndexChange change) {
        writeLock.lock();
        try {
            change.apply();
            if (recordSchema) {
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            }
            writer.commit();
            if (recordSchema) {
                storedSchema = SCHEMA;
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write search index", e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search index", e);
        }
    }

    private static String storedSchema(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (SCHEMA_KEY.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static Term keyTerm(String type, long id) {
        return new Term(IndexSchema.KEY, IndexedDocument.key(type, id));
    }

    private static void closeQuietly(AutoCloseable resource, Exception failure) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
