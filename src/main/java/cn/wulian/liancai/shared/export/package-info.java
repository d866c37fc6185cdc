/**
 * Lists and reports leaving the system as files: xlsx ({@link cn.wulian.liancai.shared.export.Spreadsheet})
 * and CSV ({@link cn.wulian.liancai.shared.export.CsvFile}) with the same columns, headers in the
 * reader's language.
 *
 * <p>Rules:
 * <ul>
 * <li>A list exports whole, however long, through one path
 * ({@link cn.wulian.liancai.shared.export.ListExport}) for the API and the pages alike: the list's
 * facade ({@link cn.wulian.liancai.shared.export.Exportable}) checks the caller and reads the ids in
 * the list's filters and sort; the rows follow by id, a chunk per short transaction, and are written
 * as they are read. No offset paging, no cap, no list of all rows in memory.</li>
 * <li>A row is exported as the list shows it to that caller: masked, scoped, the internal notes'
 * column only for who may read it. The columns are the facade's, not the page's.</li>
 * <li>Whatever can be refused is refused before the first byte; a failure after it is logged and
 * breaks the transfer off. Every export is in the audit trail with its true row count.</li>
 * <li>Text is never a formula: text cells in the xlsx, a leading apostrophe in the CSV before
 * {@code = + - @}.</li>
 * </ul>
 */
package cn.wulian.liancai.shared.export;
