/**
 * Full-text search over talents, teams and the other features' records, in Simplified and
 * Traditional Chinese, with the same permissions as the screens that show them.
 *
 * <p><b>One index, one writer.</b> {@link cn.wulian.liancai.search.control.LuceneIndex} owns the
 * only {@code IndexWriter} on the index directory and a {@code SearcherManager}; the application
 * holds exactly one instance. Documents are keyed by {@code type:id} and written whole, so writing
 * again replaces. Each write is committed and visible to searches before it returns.
 *
 * <p><b>Indexing follows the database.</b> The features do not call the index inside their
 * transactions: when a record changes they build its {@link
 * cn.wulian.liancai.search.control.IndexedDocument} there, from the entities the transaction holds,
 * and publish it as an {@link cn.wulian.liancai.search.boundary.IndexChange}. Still inside the
 * transaction, the index asks every {@link cn.wulian.liancai.search.boundary.IndexSource} for its
 * documents that show the changed record's name (the teams a talent leads, the projects of a team)
 * and those are built at once, with the new name. An observer of the {@code AFTER_SUCCESS}
 * transaction phase then writes the change and these documents in one index commit. A rolled-back
 * change therefore reaches the index with none of its documents.
 *
 * <p><b>Start-up catches what a write missed.</b> An index write can still fail after the commit,
 * so start-up compares each source's {@code stamps()} with those the index holds and writes again
 * only the records that differ (missing or stale ones from {@code documents(ids)}, extra ones
 * removed): at a million talents, one stale stamp is one document. A type is written whole, a
 * page at a time ({@code eachDocument}), only for a new index or one of another schema. A write that fails while the app runs (a full disk) marks the index behind:
 * changes to searchable records are then refused inside their transactions ({@code Unavailable},
 * 503) until the same comparison, repeated in the background, has brought the index in step. A stamp holds the record's version and the versions of the records whose
 * names its document shows, so a team document written before its leader was renamed is out of
 * step even though the team's own version is not.
 *
 * <p><b>A full rebuild is built aside.</b> The office or an administrator may rebuild the whole
 * index ({@code SearchIndex.rebuild()}, in the background, one at a time, with its progress): the
 * new index is written in {@code index.rebuild} while the old one answers every search and takes
 * every write; on the writer thread, between two writes, the records written meanwhile are written
 * into the new one from the database, and the new one takes the old one's place. Searches wait for
 * the moment of the swap, never meet an empty index. {@code IndexFolders} finishes or discards a
 * swap that a crash interrupted, at the next open.
 *
 * <p><b>Permissions are tokens.</b> A document lists the grant tokens that may read it ({@code
 * role:OFFICE}, {@code role:PLATFORM_MANAGER}, {@code platform:fatong} …); a search carries the caller's
 * tokens and only finds documents sharing at least one. Permission is a filter, never a score,
 * and a caller without tokens finds nothing. The feature that builds the document decides the
 * tokens; this package only intersects sets.
 *
 * <p><b>Personal data is a separate field.</b> Phone numbers, e-mail and WeChat ids, and the
 * office's internal notes, go into the personal text, which counts only for callers holding one of the document's personal-reader
 * tokens. Others can neither match on it (searching a masked phone number finds nothing, so the
 * search cannot be used to test a guess) nor see it in a highlight. Public text must therefore
 * never contain personal data or internal notes.
 *
 * <p><b>Schema marker.</b> Every commit carries the analysis schema the index was built with
 * ({@code liancai.schema} in the commit user data). When the analyzer or the fields change, {@code
 * LuceneIndex.SCHEMA} changes, the old index reports itself not current at start-up, and the
 * application rebuilds every type with {@code replaceAll}, which records the new schema.
 *
 * <p><b>Suggestions.</b> While a user types, the box offers records whose titles hold the text or
 * whose pinyin begins with it, and values of the facets named in {@code
 * SearchRequest.SUGGESTED_VALUES} (a talent's school and employer), read from the index's terms and
 * counted against the caller's grants, so that a value is offered only from documents the caller may
 * find. A value leads to the search for it, a record to its page ({@code Suggestion.href}).
 *
 * <p><b>Analysis.</b> Han characters become overlapping bigrams after Traditional-to-Simplified
 * folding; width, case and accents are folded; a several-character word must occur as written,
 * also when it runs into digits or Latin letters ({@code 华为2012实验室}).
 * See {@link cn.wulian.liancai.search.control.ChineseAnalyzers}.
 */
package cn.wulian.liancai.search;
