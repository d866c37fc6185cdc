package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.place.boundary.Townships;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.search.boundary.NewDocuments;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.audit.BulkInsert;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.imports.control.CellProblem;
import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.Match;
import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.shared.imports.control.RowOutcome;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.talent.control.DuplicateCandidate;
import cn.wulian.liancai.talent.control.DuplicateFinder;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.talent.control.TalentImportValues;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.DuplicateKeys;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Talents from the office's spreadsheets. A row is read the way the office writes it (full-width
 * digits, 硕士研究生, 洪凝, 1990年) and then checked exactly as the form's input is: the same format
 * rules ({@link TalentInput}'s constraints) and the same entity rules ({@link Talent#problems}), so
 * a row is saved only when the same values typed into the form would be.
 *
 * <p>A row that may be a person already registered — or one saved a few rows earlier — is held,
 * never added on its own: someone decides whether it is new, the same person (a merge) or to be
 * skipped.
 */
@ApplicationScoped
public class TalentImport implements ImportTarget {

    private static final String KIND = RecordRef.kindOf(Talent.class);
    private static final Set<String> REQUIRED = Set.of("name");
    private static final String IMPORT = RecordRef.kindOf(ImportBatch.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputChecks checks;

    @Inject
    Townships townships;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    Event<NewDocuments> newDocuments;

    @Inject
    Event<cn.wulian.liancai.search.boundary.IndexChange> indexChanges;

    @Inject
    Clock clock;

    /** a row read: the details when it can be saved, else its problems; and what to show of it */
    private record Read(MappedRow row, TalentDetails details, List<CellProblem> problems, Map<String, String> shown) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImportField> fields() {
        return TalentImportValues.FIELDS.stream()
                .map(f -> new ImportField(f.name(), f.zh(), f.en(), f.synonyms(), REQUIRED.contains(f.name()))).toList();
    }

    @Override
    public List<RowOutcome> check(List<MappedRow> rows, Locale locale) {
        List<Township> all = townships.all();
        return rows.stream().map(r -> read(r, all, locale))
                .map(r -> new RowOutcome(r.row().number(), r.problems(), List.of(), r.shown(), null)).toList();
    }

    @Override
    public List<RowOutcome> save(List<MappedRow> rows, long importId, Locale locale) {
        List<Township> all = townships.all();
        List<Read> read = rows.stream().map(r -> read(r, all, locale)).toList();
        List<Read> valid = read.stream().filter(r -> r.details() != null).toList();
        List<DuplicateKeys> validKeys = valid.stream().map(r -> DuplicateKeys.of(r.details())).toList();
        List<List<DuplicateCandidate>> registered = duplicates.candidatesForKeys(validKeys);
        Map<Integer, DuplicateKeys> keysByRow = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            keysByRow.put(valid.get(i).row().number(), validKeys.get(i));
        }
        Map<Integer, List<Match>> matches = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            matches.put(valid.get(i).row().number(), registered.get(i).stream()
                    .map(c -> new Match(c.talentId(), c.name(), c.score(), c.reasons())).toList());
        }
        // rows of this chunk are not in the database yet when the finder looks: compare them with each other
        Map<DuplicateKeys, Talent> accepted = new LinkedHashMap<>();
        Map<Integer, Talent> saved = new LinkedHashMap<>();
        Map<Integer, Map<Talent, List<String>>> sameAsAbove = new HashMap<>();
        for (Read r : read) {
            if (r.details() == null) {
                continue;
            }
            DuplicateKeys keys = keysByRow.get(r.row().number());
            Map<Talent, List<String>> above = new LinkedHashMap<>();
            accepted.forEach((k, t) -> {
                List<String> reasons = keys.reasonsAgainst(k);
                if (!reasons.isEmpty()) {
                    above.put(t, reasons);
                }
            });
            if (above.isEmpty() && matches.get(r.row().number()).isEmpty()) {
                Talent talent = Talent.imported(r.details(), importId, clock);
                accepted.put(keys, talent);
                saved.put(r.row().number(), talent);
            } else {
                sameAsAbove.put(r.row().number(), above);
            }
        }
        // in one batch for the chunk: then the ids are known, and the held rows can name the rows above they resemble
        BulkInsert.insert(em, clock, List.copyOf(saved.values()), "import_id", new RecordRef(IMPORT, importId));
        List<IndexedDocument> documents = new ArrayList<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        for (Read r : read) {
            int number = r.row().number();
            Talent talent = saved.get(number);
            List<Match> found = new ArrayList<>(r.details() == null ? List.of() : matches.get(number));
            sameAsAbove.getOrDefault(number, Map.of()).forEach((t, reasons) ->
                    found.add(new Match(t.getId(), t.getName(), DuplicateKeys.score(reasons), reasons)));
            if (talent != null) {
                documents.add(TalentDocuments.of(talent));
            }
            outcomes.add(new RowOutcome(number, r.problems(), talent == null ? found : List.of(), r.shown(),
                    talent == null ? null : talent.getId()));
        }
        if (!documents.isEmpty()) {
            newDocuments.fire(NewDocuments.added(documents));
        }
        return outcomes;
    }

    @Override
    public long add(MappedRow row, long importId) {
        Read r = read(row, townships.all(), Locale.SIMPLIFIED_CHINESE);
        if (r.details() == null) {
            CellProblem first = r.problems().getFirst();
            throw cn.wulian.liancai.shared.DomainViolation.of(first.field() == null ? "row" : first.field(), first.messageKey(),
                    first.args().toArray());
        }
        Talent talent = Talent.imported(r.details(), importId, clock);
        em.persist(talent);
        em.flush();
        // one record a person decided: written as a person's change is, before the answer, so the list shows it at once
        indexChanges.fire(cn.wulian.liancai.search.boundary.IndexChange.upsert(TalentDocuments.of(talent)));
        return talent.getId();
    }

    @Override
    public int removeImported(long importId, int most) {
        List<Talent> added = em.createQuery("select t from Talent t where t.importId = :id", Talent.class)
                .setParameter("id", importId).setMaxResults(most).getResultList();
        for (Talent t : added) {
            em.remove(t);
        }
        em.flush();
        if (!added.isEmpty()) {
            newDocuments.fire(NewDocuments.removed(TalentDocuments.TYPE, added.stream().map(Talent::getId).toList()));
        }
        return added.size();
    }

    @Override
    public boolean merged(long added, long existing) {
        Talent a = survivor(em.find(Talent.class, added));
        Talent e = survivor(em.find(Talent.class, existing));
        // either may have survived, or both gone into a third; one gone (erased, removed) leaves nothing to merge
        return a == null || e == null || a.getId().equals(e.getId());
    }

    private static Talent survivor(Talent t) {
        for (int hops = 0; t != null && t.getMergedInto() != null && hops < 100; hops++) {
            t = t.getMergedInto();
        }
        return t;
    }

    @Override
    public String recordPage() {
        return "/talents/profile.xhtml?id=";
    }

    @Override
    public String mergePage(long existing, long added) {
        return "/talents/merge.xhtml?a=" + existing + "&b=" + added;
    }

    private Read read(MappedRow row, List<Township> all, Locale locale) {
        List<CellProblem> problems = new ArrayList<>();
        Gender gender = value(row, "gender", TalentImportValues.gender(row.cell("gender")), problems);
        Integer birthYear = value(row, "birthYear", CellValues.year(row.cell("birthYear")), problems);
        TalentImportValues.Hometown hometown = value(row, "township", TalentImportValues.hometown(row.cell("township"), all), problems);
        Township township = hometown == null ? null : hometown.township();
        String outside = hometown == null ? null : hometown.outside();
        String village = CellValues.text(row.cell("village"));
        if (outside != null && !outside.isEmpty()) {
            // the place outside and a village of it, if given, as the form's one field holds them (日照市东港区 某村)
            village = village == null || village.contains(outside) ? outside : outside + " " + village;
        }
        Degree degree = value(row, "degree", TalentImportValues.degree(row.cell("degree")), problems);
        Integer graduationYear = value(row, "graduationYear", CellValues.year(row.cell("graduationYear")), problems);
        Stage stage = value(row, "stage", TalentImportValues.stage(row.cell("stage")), problems);
        if (stage == null) {
            stage = Stage.IDENTIFIED;
        }
        boolean stageUnread = problems.stream().anyMatch(p -> "stage".equals(p.field()));
        java.time.LocalDate returnedOn = value(row, "returnedOn", CellValues.date(row.cell("returnedOn")), problems);
        if (stageUnread) {
            returnedOn = null; // said of the stage already; a return date would be refused again as one without a return
        }
        List<String> expertise = TalentImportValues.expertise(row.cell("expertise"));
        TalentInput input = new TalentInput(CellValues.text(row.cell("name")), gender == null ? null : gender.name(), birthYear,
                township == null ? null : township.getCode(), village,
                degree == null ? null : degree.name(), CellValues.text(row.cell("school")), CellValues.text(row.cell("major")),
                graduationYear, CellValues.text(row.cell("city")), CellValues.text(row.cell("employer")),
                CellValues.text(row.cell("title")), expertise, Talent.phone(CellValues.phone(row.cell("phone"))), CellValues.email(row.cell("email")),
                CellValues.text(row.cell("wechat")), stage.name(), null, null, CellValues.text(row.cell("referrerName")),
                CellValues.text(row.cell("notes")), returnedOn, null);
        Map<String, String> shown = shown(input, township, locale);
        Map<String, String> errors = new LinkedHashMap<>(checks.formatErrors(input));
        TalentDetails details = new TalentDetails(input.name(), gender, birthYear, township, input.village(), degree, input.school(),
                input.major(), graduationYear, input.city(), input.employer(), input.title(), InputChecks.tags(expertise),
                input.phone(), input.email(), input.wechat(), stage, null, null, input.referrerName(), input.notes(), returnedOn);
        Talent.problems(details, null, clock).forEach(errors::putIfAbsent);
        errors.forEach((field, key) -> {
            if (problems.stream().noneMatch(p -> field.equals(p.field()))) {
                problems.add(CellProblem.of(field, row.cell(field), key));
            }
        });
        // a cell that cannot be taken is shown as it was written, beside the reason
        problems.forEach(p -> {
            if (p.field() != null && shown.containsKey(p.field())) {
                shown.put(p.field(), p.value());
            }
        });
        return new Read(row, problems.isEmpty() ? details : null, problems, shown);
    }

    private static <T> T value(MappedRow row, String field, Parsed<T> parsed, List<CellProblem> problems) {
        if (!parsed.ok()) {
            problems.add(CellProblem.of(field, row.cell(field), parsed.problem()));
        }
        return parsed.value();
    }

    /** the row as it would be saved, in the reader's words, for the preview */
    private static Map<String, String> shown(TalentInput in, Township township, Locale locale) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("name", in.name());
        shown.put("gender", label(locale, "enum.Gender.", in.gender()));
        shown.put("birthYear", in.birthYear() == null ? null : in.birthYear().toString());
        shown.put("township", township == null ? null : township.getName());
        shown.put("village", in.village());
        shown.put("degree", label(locale, "enum.Degree.", in.degree()));
        shown.put("school", in.school());
        shown.put("major", in.major());
        shown.put("graduationYear", in.graduationYear() == null ? null : in.graduationYear().toString());
        shown.put("city", in.city());
        shown.put("employer", in.employer());
        shown.put("title", in.title());
        shown.put("expertise", String.join("、", in.expertise()));
        shown.put("phone", in.phone());
        shown.put("email", in.email());
        shown.put("wechat", in.wechat());
        shown.put("stage", label(locale, "enum.Stage.", in.stage()));
        shown.put("returnedOn", in.returnedOn() == null ? null : in.returnedOn().toString());
        shown.put("referrerName", in.referrerName());
        shown.put("notes", in.notes());
        return shown;
    }

    private static String label(Locale locale, String prefix, String code) {
        return code == null ? null : Messages.text(locale, prefix + code);
    }
}
