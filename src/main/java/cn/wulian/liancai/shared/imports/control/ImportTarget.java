package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.util.List;
import java.util.Locale;

/**
 * A kind of record the office can import from a spreadsheet (talents; teams and projects the same
 * way). The import machinery is shared and knows no record; each feature implements this contract
 * for its own records, so the feature keeps its rules and the dependency stays downward.
 *
 * <p>All methods run inside the caller's transaction and must not depend on a request: an import
 * runs in the background, as the account that started it (for the trail).
 */
public interface ImportTarget {

    /** the record kind, as the trail names it (e.g. TALENT) */
    String kind();

    /** the fields a column can be mapped to, in the template's order */
    List<ImportField> fields();

    /** parses and checks rows without saving anything: for the preview and the all-or-nothing check */
    List<RowOutcome> check(List<MappedRow> rows, Locale locale);

    /**
     * Saves the rows that check cleanly and may not be a registered record; a row that may be one is
     * held (its matches returned, nothing saved). Rows are compared with those saved before them in
     * the same call as well.
     */
    List<RowOutcome> save(List<MappedRow> rows, long importId, Locale locale);

    /**
     * A held row that a person decided is new: saved as it is; its id. A kind that never holds a
     * row (a registered record is a row problem) has nothing to decide.
     */
    default long add(MappedRow row, long importId) {
        throw DomainViolation.of("decision", "import.row.notHeld");
    }

    /**
     * Removes at most {@code most} of the records this import added (an all-or-nothing import
     * cancelled or failed; called again until it answers 0); how many it removed
     */
    int removeImported(long importId, int most);

    /** the page that opens a record of this kind, relative to the app, e.g. {@code /talents/profile.xhtml?id=} */
    String recordPage();

    /**
     * The page where a person merges a held row, added as {@code added}, into {@code existing},
     * relative to the app; for a kind without a merge screen, the existing record's page.
     */
    default String mergePage(long existing, long added) {
        return recordPage() + existing;
    }

    /**
     * Whether two records, one added for a held row decided "the same person", have been merged
     * (either may have survived); a kind that offers no merge has none pending.
     */
    default boolean merged(long added, long existing) {
        return true;
    }
}
