package cn.wulian.liancai.shared.imports.boundary;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.audit.Worded;
import cn.wulian.liancai.shared.cluster.ThisInstance;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.imports.boundary.ImportJson.CandidateJson;
import cn.wulian.liancai.shared.imports.boundary.ImportJson.FieldJson;
import cn.wulian.liancai.shared.imports.boundary.ImportJson.HeldJson;
import cn.wulian.liancai.shared.imports.boundary.ImportJson.PreviewRow;
import cn.wulian.liancai.shared.imports.boundary.ImportJson.ProblemJson;
import cn.wulian.liancai.shared.imports.control.CellProblem;
import cn.wulian.liancai.shared.imports.control.HeaderGuess;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.RowOutcome;
import cn.wulian.liancai.shared.imports.control.SheetRow;
import cn.wulian.liancai.shared.imports.control.TabularFile;
import cn.wulian.liancai.shared.imports.control.TabularFiles;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.imports.entity.ImportIssue;
import cn.wulian.liancai.shared.imports.entity.ImportStatus;
import cn.wulian.liancai.shared.imports.entity.ImportTemplate;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import use cases, for office staff: bring a file (its columns are guessed, or taken as they
 * were confirmed for the same header row before), confirm the mapping with a preview of the first
 * rows as they would be saved, start it in the background (all or nothing, or the valid rows), follow
 * it, cancel it, read its report row by row, and decide the rows held as maybe-registered people.
 */
@ApplicationScoped
@Transactional
public class Imports {

    static final int PREVIEW_ROWS = 10;
    static final int REPORT_ON_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ThisInstance instance;

    @Inject
    ImportFiles files;

    @Inject
    ImportTargets targets;

    @Inject
    ImportSteps steps;

    @Inject
    Event<ImportStarted> started;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** more rows than this in one file are refused before any is read: split the file */
    @Inject
    @ConfigProperty(name = "liancai.import.max-rows", defaultValue = "200000")
    int maxRows;

    private static final String KIND = RecordRef.kindOf(ImportBatch.class);

    /** fired when an import was started; the runner begins once the start committed */
    public record ImportStarted(long id, Actor actor) {
    }

    public ImportJson upload(String kind, String fileName, InputStream content, Locale locale) {
        requireStaff();
        ImportTarget target = targets.of(kind);
        if (fileName == null || fileName.isBlank()) {
            throw DomainViolation.of("file", "import.file.name");
        }
        String stored = files.store(content, fileName);
        try (TabularFile table = TabularFiles.open(files.path(stored), fileName, maxRows)) {
            List<String> headers = table.headers();
            int rows = table.rowCount();
            if (rows == 0) {
                throw DomainViolation.of("file", "import.file.noRows");
            }
            String signature = signature(headers);
            List<String> mapping = remembered(target.kind(), signature, headers.size());
            if (mapping == null) {
                mapping = HeaderGuess.guess(headers, ImportField.synonymsByField(target.fields()));
            }
            ImportBatch batch = new ImportBatch(target.kind(), cut(fileName.strip(), 255), stored, ImportMapping.format(headers),
                    signature, ImportMapping.format(mapping), rows, user.getUsername(), clock);
            em.persist(batch);
            em.flush();
            trail.record(new RecordRef(KIND, batch.getId()), null, "IMPORT_UPLOADED", Worded.of("audit.words.importUploaded", batch.getFileName(), rows));
            return json(batch, locale, table.first(PREVIEW_ROWS));
        } catch (RuntimeException e) {
            files.delete(stored);
            throw e;
        }
    }

    /** the columns' fields as the user set them; answered with a fresh preview */
    public ImportJson map(long id, List<String> mapping, Locale locale) {
        requireStaff();
        ImportBatch batch = batch(id);
        batch.map(ImportMapping.format(checked(batch, mapping)));
        return json(batch, locale, firstRows(batch));
    }

    public ImportJson start(long id, String mode, List<String> mapping, Locale locale) {
        requireStaff();
        ImportBatch batch = batch(id);
        if (mapping != null) {
            batch.map(ImportMapping.format(checked(batch, mapping)));
        } else {
            checked(batch, ImportMapping.parse(batch.getMapping()));
        }
        ImportBatch.Mode chosen = InputChecks.enumValue(ImportBatch.Mode.class, mode, "mode", true);
        remember(batch);
        // run by this instance (ImportRunner, on ImportStarted): the one to end it if a stop interrupts it
        batch.start(chosen, clock, instance.id());
        trail.record(new RecordRef(KIND, id), null, "IMPORT_STARTED", Worded.of("audit.words.importStarted", batch.getFileName(), "import.mode." + chosen));
        started.fire(new ImportStarted(id, Actor.current()));
        return json(batch, locale, List.of());
    }

    public ImportJson cancel(long id, Locale locale) {
        requireStaff();
        ImportBatch batch = batch(id);
        if (batch.getStatus() == ImportStatus.MAPPING) {
            files.delete(batch.getStoredAs());
            batch.finish(ImportStatus.CANCELLED, "import.outcome.cancelled", clock);
            trail.record(new RecordRef(KIND, id), null, "IMPORT_CANCELLED", batch.getFileName());
        } else if (batch.isRunning()) {
            steps.requestCancel(id);
            trail.record(new RecordRef(KIND, id), null, "IMPORT_CANCEL_REQUESTED", batch.getFileName());
        } else {
            throw DomainViolation.of("status", "import.status.wrong");
        }
        return json(batch, locale, List.of());
    }

    public ImportJson get(long id, Locale locale) {
        requireStaff();
        ImportBatch batch = batch(id);
        em.refresh(batch);
        return json(batch, locale, batch.getStatus() == ImportStatus.MAPPING ? firstRows(batch) : List.of());
    }

    /** the imports, newest first, without previews */
    public Page<ImportJson> list(int offset, int limit, Locale locale) {
        requireStaff();
        long total = em.createQuery("select count(b) from ImportBatch b", Long.class).getSingleResult();
        List<ImportJson> rows = em.createQuery("select b from ImportBatch b order by b.createdAt desc, b.id desc", ImportBatch.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList().stream()
                .map(b -> summary(b, locale)).toList();
        return new Page<>(total, rows);
    }

    public Page<ProblemJson> problems(long id, int offset, int limit, Locale locale) {
        requireStaff();
        batch(id);
        long total = em.createNamedQuery(ImportIssue.COUNT, Long.class).setParameter("id", id)
                .setParameter("kind", ImportIssue.Kind.PROBLEM).getSingleResult();
        List<ProblemJson> rows = em.createNamedQuery(ImportIssue.OF_BATCH, ImportIssue.class).setParameter("id", id)
                .setParameter("kind", ImportIssue.Kind.PROBLEM).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream().map(i -> problem(i, locale)).toList();
        return new Page<>(total, rows);
    }

    public List<HeldJson> held(long id) {
        requireStaff();
        ImportTarget target = targets.of(batch(id).getKind());
        return em.createNamedQuery(ImportIssue.OF_BATCH, ImportIssue.class).setParameter("id", id)
                .setParameter("kind", ImportIssue.Kind.MATCH).setMaxResults(1000).getResultList().stream().map(i -> held(target, i)).toList();
    }

    /** the whole report as a workbook: every problem, and the held rows with what was decided */
    public byte[] report(long id, Locale locale) {
        requireStaff();
        ImportBatch batch = batch(id);
        List<ProblemJson> problems = em.createNamedQuery(ImportIssue.OF_BATCH, ImportIssue.class).setParameter("id", id)
                .setParameter("kind", ImportIssue.Kind.PROBLEM).getResultList().stream().map(i -> problem(i, locale)).toList();
        List<Column<ProblemJson>> columns = List.of(
                Column.labelled(locale, "import.report.row", ProblemJson::row),
                Column.labelled(locale, "import.report.column", ProblemJson::column),
                Column.labelled(locale, "import.report.value", ProblemJson::value),
                Column.labelled(locale, "import.report.message", ProblemJson::message));
        List<Column<HeldJson>> heldColumns = List.of(
                Column.labelled(locale, "import.report.row", HeldJson::row),
                Column.labelled(locale, "import.report.name", HeldJson::name),
                Column.labelled(locale, "import.report.candidates", h -> h.candidates().stream()
                        .map(c -> "#" + c.id() + " " + c.name() + " (" + c.score() + ")").toList()),
                Column.labelled(locale, "import.report.decision", h -> h.decision() == null ? null
                        : Messages.text(locale, "import.decision." + (h.mergePending() ? "pending" : h.decision()))));
        trail.record(new RecordRef(KIND, id), null, AuditTrail.EXPORTED, Worded.of("audit.words.importReport", batch.getFileName()));
        return Spreadsheet.xlsx(List.of(
                new Spreadsheet.Worksheet<>(Messages.text(locale, "import.report.problems"), columns, problems),
                new Spreadsheet.Worksheet<>(Messages.text(locale, "import.report.held"), heldColumns, held(id))));
    }

    /**
     * A held row decided by a person: added as a new record, skipped, or — "the same person as #id"
     * — added and handed to the merge screen with that record, where the person picks each field.
     */
    public HeldJson decide(long id, long issueId, String decision, Long candidate) {
        requireStaff();
        ImportBatch batch = batch(id);
        if (batch.isRunning()) {
            // a record added now would be one of the import's own while it saves its chunks (BulkInsert reads those back)
            throw DomainViolation.of("status", "import.decision.running");
        }
        ImportTarget target = targets.of(batch.getKind());
        ImportIssue issue = em.find(ImportIssue.class, issueId);
        if (issue == null || issue.getImportId() != id) {
            throw new NotFound("import row", issueId);
        }
        ImportIssue.Decision chosen = InputChecks.enumValue(ImportIssue.Decision.class, decision, "decision", true);
        if (chosen == ImportIssue.Decision.MERGE && (candidate == null || held(target, issue).candidates().stream().noneMatch(c -> c.id() == candidate))) {
            throw DomainViolation.of("candidate", "import.decision.candidate");
        }
        Long record = null;
        if (chosen != ImportIssue.Decision.SKIP && issue.getDecision() == null) {
            record = target.add(new MappedRow(issue.getRowNo(), values(issue.getRowValues())), id);
        }
        Long mergeWith = chosen == ImportIssue.Decision.MERGE ? candidate : null;
        String name = values(issue.getRowValues()).get("name");
        issue.decide(chosen, record, mergeWith, user.getUsername(), clock,
                name == null ? null : JSON.createObjectBuilder().add("name", name).build().toString());
        batch.decided(record != null);
        trail.record(new RecordRef(KIND, id), null, "IMPORT_ROW_" + chosen.name(), record == null
                ? Worded.of("audit.words.importRow", issue.getRowNo())
                : mergeWith == null ? Worded.of("audit.words.importRowAdded", issue.getRowNo(), record)
                : Worded.of("audit.words.importRowMerged", issue.getRowNo(), record, mergeWith));
        return held(target, issue);
    }

    /** the template to fill in: the fields' headers in the reader's language, as a workbook or CSV (UTF-8 with BOM, for Excel) */
    public byte[] template(String kind, String format, Locale locale) {
        requireStaff();
        ImportTarget target = targets.of(kind);
        List<ImportField> fields = target.fields();
        List<String> headers = fields.stream().map(f -> f.label(locale) + (f.required() ? "*" : "")).toList();
        if ("csv".equalsIgnoreCase(format)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.writeBytes((String.join(",", headers) + "\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        if (format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format)) {
            throw DomainViolation.of("format", "import.template.format");
        }
        List<Column<Object>> columns = headers.stream().map(h -> new Column<Object>(h, row -> null)).toList();
        String sheet = Messages.text(locale, "import.template.sheetOf", Messages.text(locale, "import.kind." + target.kind()));
        return Spreadsheet.xlsx(sheet, columns, List.of());
    }

    public String mergePage(long id, long existing, long added) {
        return targets.of(batch(id).getKind()).mergePage(existing, added);
    }

    public String recordPage(long id) {
        return targets.of(batch(id).getKind()).recordPage();
    }

    // ---- helpers

    private ImportBatch batch(long id) {
        ImportBatch batch = em.find(ImportBatch.class, id);
        if (batch == null) {
            throw new NotFound("import", id);
        }
        return batch;
    }

    private void requireStaff() {
        user.requireStaff("imports are for office staff");
    }

    private List<String> checked(ImportBatch batch, List<String> mapping) {
        List<String> headers = ImportMapping.parse(batch.getHeaders());
        ImportTarget target = targets.of(batch.getKind());
        Set<String> names = new HashSet<>(target.fields().stream().map(ImportField::name).toList());
        if (mapping == null || mapping.size() != headers.size()) {
            throw DomainViolation.of("mapping", "import.mapping.size", headers.size());
        }
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String field : mapping) {
            String f = field == null || field.isBlank() ? null : field.strip();
            if (f != null && !names.contains(f)) {
                throw DomainViolation.of("mapping", "import.mapping.unknown", f);
            }
            if (f != null && !seen.add(f)) {
                throw DomainViolation.of("mapping", "import.mapping.twice", f);
            }
            clean.add(f);
        }
        for (ImportField f : target.fields()) {
            if (f.required() && !seen.contains(f.name())) {
                throw DomainViolation.of("mapping", "import.mapping.required", f.zh());
            }
        }
        return clean;
    }

    private List<SheetRow> firstRows(ImportBatch batch) {
        if (batch.getStoredAs() == null) {
            return List.of();
        }
        try (TabularFile table = TabularFiles.open(files.path(batch.getStoredAs()), batch.getFileName(), Integer.MAX_VALUE)) {
            return table.first(PREVIEW_ROWS);
        }
    }

    private List<String> remembered(String kind, String signature, int columns) {
        return em.createNamedQuery(ImportTemplate.BY_SIGNATURE, ImportTemplate.class).setParameter("kind", kind)
                .setParameter("signature", signature).getResultStream().findFirst()
                .map(t -> ImportMapping.parse(t.getMapping())).filter(m -> m.size() == columns).orElse(null);
    }

    private void remember(ImportBatch batch) {
        ImportTemplate known = em.createNamedQuery(ImportTemplate.BY_SIGNATURE, ImportTemplate.class).setParameter("kind", batch.getKind())
                .setParameter("signature", batch.getHeaderSignature()).getResultStream().findFirst().orElse(null);
        if (known == null) {
            em.persist(new ImportTemplate(batch.getKind(), batch.getHeaderSignature(), batch.getMapping(), clock));
        } else {
            known.remember(batch.getMapping(), clock);
        }
    }


    /** a header row's fingerprint: the same columns in the same order give the same one */
    static String signature(List<String> headers) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(HeaderGuess.signature(headers).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportJson summary(ImportBatch b, Locale locale) {
        return json(b, locale, null);
    }

    private ImportJson json(ImportBatch b, Locale locale, List<SheetRow> first) {
        ImportTarget target = targets.of(b.getKind());
        List<FieldJson> fields = target.fields().stream().map(f -> new FieldJson(f.name(), f.label(locale), f.required())).toList();
        List<String> mapping = ImportMapping.parse(b.getMapping());
        List<PreviewRow> preview = List.of();
        if (first != null && !first.isEmpty()) {
            Map<String, String> columns = ImportMapping.columnsByField(b);
            List<RowOutcome> outcomes = target.check(first.stream().map(r -> ImportMapping.apply(mapping, r)).toList(), locale);
            preview = outcomes.stream().map(o -> new PreviewRow(o.number(), o.shown(), o.problems().stream()
                    .map(p -> problem(o.number(), p, columns, locale)).toList())).toList();
        }
        Double rate = null;
        Long left = null;
        if (b.getStartedAt() != null && b.getDoneRows() > 0) {
            double seconds = Math.max(0.001, Duration.between(b.getStartedAt(), b.getFinishedAt() == null ? clock.instant() : b.getFinishedAt()).toMillis() / 1000.0);
            rate = Math.round(b.getDoneRows() / seconds * 10) / 10.0;
            left = b.isRunning() ? Math.round((b.work() - b.getDoneRows()) / (b.getDoneRows() / seconds)) : null;
        }
        int percent = b.getStatus() == ImportStatus.DONE ? 100 : b.work() == 0 ? 0 : (int) Math.min(100, 100L * b.getDoneRows() / b.work());
        long problemCount = first == null ? 0 : em.createNamedQuery(ImportIssue.COUNT, Long.class).setParameter("id", b.getId())
                .setParameter("kind", ImportIssue.Kind.PROBLEM).getSingleResult();
        List<ProblemJson> problems = first == null ? List.of() : problems(b.getId(), 0, REPORT_ON_PAGE, locale).rows();
        List<HeldJson> held = first == null ? List.of() : held(b.getId());
        return new ImportJson(b.getId(), b.getKind(), b.getFileName(), b.getStatus().name(),
                Messages.text(locale, "import.status." + b.getStatus().name()), b.getPhase() == null ? null : b.getPhase().name(),
                b.getMode().name(), b.getTotalRows(), b.work(), b.getDoneRows(), percent, rate, left, b.getAdded(), b.getHeld(),
                b.getInvalid(), b.getRemoved(), b.getCreatedBy(), b.getCreatedAt(), b.getStartedAt(), b.getFinishedAt(),
                b.getOutcome() == null ? null : Messages.text(locale, b.getOutcome()), b.getVersion(),
                ImportMapping.parse(b.getHeaders()), mapping, samples(first, mapping.size()), fields, preview, problemCount, problems, held);
    }

    /** for each column, its first values in the file, to recognise it by when mapping */
    private static List<String> samples(List<SheetRow> first, int columns) {
        if (first == null || first.isEmpty()) {
            return List.of();
        }
        List<String> samples = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            samples.add(String.join("、", first.stream().map(r -> r.cell(column)).filter(v -> v != null).limit(2).toList()));
        }
        return samples;
    }

    private static ProblemJson problem(int row, CellProblem p, Map<String, String> columns, Locale locale) {
        return new ProblemJson(row, p.field(), p.field() == null ? null : columns.get(p.field()), p.value(),
                Messages.text(locale, p.messageKey(), p.args().toArray()));
    }

    private static ProblemJson problem(ImportIssue i, Locale locale) {
        return new ProblemJson(i.getRowNo(), i.getField(), i.getColumnName(), i.getCellValue(),
                Messages.text(locale, i.getMessageKey(), ImportMapping.parse(i.getMessageArgs()).toArray()));
    }

    private static HeldJson held(ImportTarget target, ImportIssue i) {
        List<CandidateJson> candidates = new ArrayList<>();
        String name = null;
        if (i.getCandidates() != null) {
            try (JsonReader r = JSON.createReader(new StringReader(i.getCandidates()))) {
                for (JsonValue v : r.readArray()) {
                    JsonObject o = v.asJsonObject();
                    JsonArray reasons = o.getJsonArray("reasons");
                    candidates.add(new CandidateJson(o.getJsonNumber("id").longValue(), o.getString("name", ""), o.getInt("score", 0),
                            reasons == null ? List.of() : reasons.getValuesAs(jakarta.json.JsonString.class).stream()
                                    .map(jakarta.json.JsonString::getString).toList()));
                }
            }
        }
        if (i.getRowValues() != null) {
            name = values(i.getRowValues()).get("name");
        }
        boolean pending = i.getMergeWith() != null && i.getRecordId() != null && !target.merged(i.getRecordId(), i.getMergeWith());
        return new HeldJson(i.getId(), i.getRowNo(), name, candidates, i.getDecision() == null ? null : i.getDecision().name(),
                i.getRecordId(), i.getMergeWith(), pending, i.getDecidedBy());
    }

    private static Map<String, String> values(String json) {
        Map<String, String> values = new HashMap<>();
        if (json == null) {
            return values;
        }
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            r.readObject().forEach((k, v) -> values.put(k, v.getValueType() == JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        }
        return values;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
