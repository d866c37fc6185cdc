package cn.wulian.liancai.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a document in the index and how an {@link IndexedDocument} maps onto them. The
 * permission fields are exact tokens, never analyzed; the three text fields are stored so that
 * hits can be highlighted without going back to the database.
 */
final class IndexSchema {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String STAMP = "stamp";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PERSONAL = "personal";
    static final String READER = "reader";
    static final String PERSONAL_READER = "personalReader";
    /** the title's pinyin spellings ({@link Pinyin#keys}), exact tokens */
    static final String PINYIN = "pinyin";
    /** the type whose titles are people's names */
    static final String PERSON_TYPE = "talent";
    /** a facet's field: {@code f.township}, exact tokens to narrow by and doc values to count; the type is one too */
    static final String FACET_PREFIX = "f.";
    static final String TYPE_FACET = FACET_PREFIX + "type";
    /** the sort fields: the title in pinyin order, the time of the last change, and the key as the last tie-break */
    static final String SORT_NAME = "sort.name";
    static final String SORT_CHANGED = "sort.changed";
    static final String SORT_KEY = "sort.key";
    /** the record's id, the last tie-break of a list's order (as the database's lists end with the id) */
    static final String SORT_ID = "sort.id";
    /** a list column's text to filter by ({@code c.school}) and its sort key ({@code s.school}) */
    static final String COLUMN_PREFIX = "c.";
    static final String COLUMN_SORT_PREFIX = "s.";

    static final String[] PUBLIC_FIELDS = {TITLE, TEXT};
    static final String[] ALL_TEXT_FIELDS = {TITLE, TEXT, PERSONAL};

    private IndexSchema() {}

    static Document toDocument(IndexedDocument source) {
        Document doc = new Document();
        doc.add(new StringField(KEY, source.key(), Field.Store.NO));
        doc.add(new SortedDocValuesField(SORT_KEY, new BytesRef(source.key())));
        doc.add(new StringField(TYPE, source.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(TYPE_FACET, new BytesRef(source.type())));
        source.facets().forEach((facet, values) -> values.forEach(value -> {
            doc.add(new StringField(FACET_PREFIX + facet, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(FACET_PREFIX + facet, new BytesRef(value)));
        }));
        doc.add(new SortedDocValuesField(SORT_NAME, new BytesRef(Pinyin.sortKey(source.title(), PERSON_TYPE.equals(source.type())))));
        doc.add(new NumericDocValuesField(SORT_CHANGED, source.changedAt()));
        doc.add(new NumericDocValuesField(SORT_ID, source.id()));
        source.columns().forEach((column, value) -> {
            if (value.text() != null) {
                doc.add(new TextField(COLUMN_PREFIX + column, value.text(), Field.Store.NO));
            }
            if (value.sortKey() != null) {
                doc.add(new SortedDocValuesField(COLUMN_SORT_PREFIX + column, new BytesRef(value.sortKey())));
            }
        });
        doc.add(new StoredField(ID, source.id()));
        doc.add(new StoredField(STAMP, source.stamp()));
        doc.add(new TextField(TITLE, source.title(), Field.Store.YES));
        Pinyin.keys(source.title(), PERSON_TYPE.equals(source.type())).forEach(key -> doc.add(new StringField(PINYIN, key, Field.Store.NO)));
        doc.add(new TextField(TEXT, source.text(), Field.Store.YES));
        doc.add(new TextField(PERSONAL, source.personalText(), Field.Store.YES));
        source.readers().forEach(reader -> doc.add(new StringField(READER, reader, Field.Store.NO)));
        source.personalReaders()
                .forEach(reader -> doc.add(new StringField(PERSONAL_READER, reader, Field.Store.YES)));
        return doc;
    }
}
