package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.persistence.Listing;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * The audit trail as features use it: entries for what is more than a field change (a log-in, a
 * view of unmasked personal data, an export, an award's step), and the trail read back, filtered,
 * by office staff and administrators. Field changes are written by the persistence provider
 * itself ({@link AuditListener}).
 */
@ApplicationScoped
public class AuditTrail implements Exportable<AuditRow> {

    /** a page or answer showed personal data unmasked: who saw whose phone */
    public static final String VIEWED = "VIEWED";
    /** a file of records left the system */
    public static final String EXPORTED = "EXPORTED";

    /** a person's identifying data was erased at their request */
    public static final String ERASED = "ERASED";

    /** the list's filters: a record (matches the record or its owner), who, which action, from and to (dates) */
    public static final List<String> FILTERS = List.of("record", "actor", "action", "from", "to");

    static final Map<String, String> SORTABLE = Map.of("at", "occurredAt", "actor", "actor", "action", "action", "record", "recordKind");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Instance<StepWords> stepWords;

    /** an entry by the caller, in the caller's transaction (or one of its own) */
    @Transactional
    public void record(RecordRef record, RecordRef subject, String action, String detail) {
        Actor actor = Actor.current(user);
        if (VIEWED.equals(action) && record.id() != null && !views.firstIn(actor.username() + " " + record, clock.instant())) {
            return;
        }
        record(actor, record, subject, action, List.of(), detail);
    }

    /**
     * Entries of a kind of record that name the records a list showed or a file carried, {@value #NAMED_PER_ENTRY} to an
     * entry (within its 4,000 characters): a person's data report finds them as it finds a view of their own record.
     */
    @Transactional
    public void named(String kind, String action, Collection<Long> ids) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += NAMED_PER_ENTRY) {
            record(new RecordRef(kind, null), null, action, all.subList(from, Math.min(all.size(), from + NAMED_PER_ENTRY)).stream()
                    .map(id -> new RecordRef(kind, id).toString()).collect(Collectors.joining(" ")));
        }
    }

    static final int NAMED_PER_ENTRY = 200;

    /**
     * A page redrawn, a table paged back and forth, shows the same person to the same reader again:
     * one entry per reader and record in this window says who saw whom, a hundred say nothing more.
     */
    static final Duration SAME_VIEW = Duration.ofMinutes(10);

    private final RecentViews views = new RecentViews(SAME_VIEW);

    /** an entry by {@code actor}: a log-in, where the caller is not known to the request yet */
    @Transactional
    public void record(Actor actor, RecordRef record, RecordRef subject, String action, List<Change> changes, String detail) {
        recordAt(clock.instant(), actor, record, subject, action, changes, detail);
    }

    /** an entry of something done at another time: the demo loader's history */
    @Transactional
    public void recordAt(Instant at, Actor actor, RecordRef record, RecordRef subject, String action, List<Change> changes, String detail) {
        AuditWriter.write(em.unwrap(UnitOfWork.class), new AuditWriter.Draft(at, actor, record,
                subject == null ? record : subject, action, changes, detail));
    }

    /**
     * Everything the trail holds about a person, oldest first: the changes of their record and its
     * parts, and every view of their data — of their record, and of the lists that showed them
     * among others (a list's entry names the records it showed).
     */
    public List<AuditRow> aboutPerson(RecordRef person) {
        return aboutPerson(person, null);
    }

    /** as {@link #aboutPerson(RecordRef)}, with the entry of the bulk insert that created them when they came with {@code origin} (an import) */
    public List<AuditRow> aboutPerson(RecordRef person, RecordRef origin) {
        user.requireStaff("the audit trail is the office's");
        Map<String, String> keys = new HashMap<>();
        List<AuditRow> rows = new ArrayList<>(createdInBulk(person, origin));
        em.createNamedQuery(AuditEntry.ABOUT, AuditEntry.class).setParameter("kind", person.kind()).setParameter("id", person.id())
                .setParameter("shown", "% " + person + " %").getResultList().stream().map(e -> row(e, keys)).forEach(rows::add);
        rows.sort(Comparator.comparing(AuditRow::at).thenComparingLong(AuditRow::id));
        return rows;
    }

    /** a record's whole history of these actions, oldest first: an award cycle's steps */
    public List<AuditRow> steps(RecordRef subject, Collection<String> actions) {
        user.requireStaff("the audit trail is the office's");
        Map<String, String> keys = new HashMap<>();
        return em.createNamedQuery(AuditEntry.STEPS, AuditEntry.class).setParameter("kind", subject.kind()).setParameter("id", subject.id())
                .setParameter("actions", actions).getResultList().stream().map(e -> row(e, keys)).toList();
    }

    /**
     * Makes every value the trail holds about a person unreadable (erasure): the entries stay, who
     * and when and which fields, without the values.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(RecordRef person) {
        AuditWriter.forgetKey(em.unwrap(UnitOfWork.class), person);
    }

    /** a page of the trail, newest first unless sorted otherwise; office staff and administrators only */
    public Page<AuditRow> list(PageRequest request) {
        Page<AuditEntry> page = listing().page(request, filtered(request), root -> { });
        Map<String, String> keys = new HashMap<>();
        return new Page<>(page.total(), page.rows().stream().map(e -> row(e, keys)).toList());
    }

    /** the trail as a file, as {@link #list} reads it */
    @Override
    public Exportable.Plan<AuditRow> exportPlan(PageRequest request, Locale locale) {
        return Exportable.Plan.of(Messages.text(locale, "audit.title"), columns(locale), listing().ids(request, filtered(request)));
    }

    @Override
    public List<AuditRow> exportRows(List<Long> ids) {
        user.requireStaff("the audit trail is the office's");
        Map<String, String> keys = new HashMap<>();
        return Listing.inOrder(em, AuditEntry.class, ids, root -> { }).stream().map(e -> row(e, keys)).toList();
    }

    /** an export of the trail is itself an entry, since the file holds personal data */
    @Override
    @Transactional
    public void exported(String detail) {
        record(new RecordRef(RecordRef.kindOf(AuditEntry.class), null), null, EXPORTED, detail);
    }

    private Listing<AuditEntry> listing() {
        return new Listing<>(em, AuditEntry.class, SORTABLE, "occurredAt", false);
    }

    /** the request's filters as predicates, once the caller and the filters are checked */
    private BiFunction<CriteriaBuilder, Root<AuditEntry>, List<Predicate>> filtered(PageRequest request) {
        user.requireStaff("the audit trail is the office's");
        checkFilters(request);
        RecordRef record = request.filter("record") == null ? null : RecordRef.parse(request.filter("record"), "record");
        LocalDate from = date(request.filter("from"), "from");
        LocalDate to = date(request.filter("to"), "to");
        return (cb, root) -> where(cb, root, record, request, from, to);
    }

    /** refuses, naming each, the filters the trail cannot read: a record not written as TALENT:12, a date that is none */
    public void checkFilters(PageRequest request) {
        Map<String, String> wrong = new HashMap<>();
        for (String field : List.of("record", "from", "to")) {
            try {
                if (request.filter(field) != null) {
                    if (field.equals("record")) {
                        RecordRef.parse(request.filter(field), field);
                    } else {
                        date(request.filter(field), field);
                    }
                }
            } catch (DomainViolation e) {
                wrong.putAll(e.fieldKeys());
            }
        }
        if (!wrong.isEmpty()) {
            throw new DomainViolation(wrong);
        }
    }

    /** the newest entries of a record's history (its own and its parts'), for the panel on its page */
    public List<AuditRow> history(RecordRef subject, int max) {
        return history(subject, null, max);
    }

    /**
     * As {@link #history(RecordRef, int)}, with the entry of the bulk insert that created the record
     * (see {@link BulkInsert}) when it came with {@code origin} (an import), null for none.
     */
    public List<AuditRow> history(RecordRef subject, RecordRef origin, int max) {
        List<AuditRow> rows = new ArrayList<>(list(new PageRequest(0, max, null, false, Map.of("record", subject.toString()))).rows());
        List<AuditRow> bulk = createdInBulk(subject, origin);
        if (!bulk.isEmpty()) {
            rows.addAll(bulk);
            rows.sort(Comparator.comparing(AuditRow::at).reversed());
        }
        return rows.size() > max ? List.copyOf(rows.subList(0, max)) : rows;
    }

    /** the entry of the bulk insert (see {@link BulkInsert}) on {@code origin} that names {@code record}; none without an origin */
    private List<AuditRow> createdInBulk(RecordRef record, RecordRef origin) {
        List<AuditRow> found = new ArrayList<>();
        if (origin == null) {
            return found;
        }
        // an import writes an entry per 1,000 records: a few hundred for the largest file
        Map<String, String> bulk = Map.of("record", origin.toString(), "action", BulkInsert.ACTION);
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            List<AuditRow> page = list(new PageRequest(offset, PageRequest.MAX_LIMIT, null, false, bulk)).rows();
            page.stream().filter(r -> {
                BulkRecords named = BulkRecords.parse(r.detail());
                return named != null && named.names(record);
            }).forEach(found::add);
            if (page.size() < PageRequest.MAX_LIMIT) {
                return found;
            }
        }
    }

    /** the trail's columns in a spreadsheet, in the reader's language: for the audit page's export and a person's data report */
    public List<Column<AuditRow>> columns(Locale locale) {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        AuditLabels labels = labels(locale, 0);
        return List.of(
                Column.labelled(locale, "audit.at", r -> at.format(r.at())),
                Column.labelled(locale, "audit.actor", AuditRow::actor),
                Column.labelled(locale, "audit.role", r -> r.actorRole() == null ? null : Messages.text(locale, "role." + r.actorRole())),
                Column.labelled(locale, "audit.action", r -> labels.action(r.action())),
                Column.labelled(locale, "audit.record", r -> labels.record(r.record())),
                Column.labelled(locale, "audit.subject", r -> labels.record(r.subject())),
                Column.labelled(locale, "audit.changes", labels::changes),
                Column.labelled(locale, "audit.detail", r -> labels.detail(r.action(), r.detail())));
    }

    /**
     * the trail in the reader's words; values cut at {@code longest} characters (0: whole, for a file).
     * A page names each record by its name now ("人才 孙志刚 #12"), read once per record; a file by
     * kind and number alone, which stay what they were (a file of the whole trail would read every
     * record it names).
     */
    public AuditLabels labels(Locale locale, int longest) {
        return labels(locale, longest, List.of());
    }

    /**
     * labels for a page showing {@code shown}: the records those rows name (their records and subjects, a
     * list's first entries, references among the values) are named at once, one query per kind, not one
     * per record (a page of 50 rows read some 100 names one by one: 250–760 ms)
     */
    public AuditLabels labels(Locale locale, int longest, Collection<AuditRow> shown) {
        Map<RecordRef, String> named = new HashMap<>();
        if (longest > 0) {
            named.putAll(namesNow(shown.stream().flatMap(AuditLabels::namedOn).map(ref -> RecordRef.parse(ref, "record"))
                    .filter(ref -> ref.id() != null).collect(Collectors.toSet())));
        }
        return new AuditLabels(locale, clock.getZone(), fieldTypes(), longest, stepWords.stream().map(StepWords::reading).toList(),
                longest == 0 ? r -> null : r -> named.computeIfAbsent(r, this::nameNow));
    }

    /**
     * what names a record, the first a kind has: a talent's name, an account's user name, a project's
     * title; else the person, team or project it belongs to (a nomination by its nominee). Names as
     * they are now, never a copy kept from before (an application's subjectName would outlive the
     * erasure of the person it names).
     */
    private static final List<String> NAMING = List.of("name", "username", "title", "talent.name", "team.name", "project.title");

    /** how a kind of record is named: its entity, its key, the path of its name, and whether the name is its own (not its owner's) */
    private record Naming(String entity, String id, String path, boolean own) {

        String query() {
            return "select e." + id + ", e." + path + " from " + entity + " e where e." + id + " in :ids";
        }

        /** the name as a label shows it: an erased person's own placeholder carries their number (已注销 #12), which the label adds anyway */
        String shown(Object found, long number) {
            String name = found == null ? "" : found.toString().strip();
            String suffix = " #" + number;
            return own && name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
        }
    }

    private volatile Map<String, Naming> namesByKind;

    /** a record's name as it is now; "" for one without a name, or gone */
    private String nameNow(RecordRef record) {
        return namesNow(List.of(record)).getOrDefault(record, "");
    }

    /** the names of {@code records} as they are now, one query per kind (and per 500 of a kind); "" for those without a name, or gone */
    private Map<RecordRef, String> namesNow(Collection<RecordRef> records) {
        Map<RecordRef, String> names = new HashMap<>();
        records.stream().collect(Collectors.groupingBy(RecordRef::kind)).forEach((kind, ofKind) -> {
            Naming naming = namingQueries().get(kind);
            List<Long> ids = ofKind.stream().map(RecordRef::id).distinct().sorted().toList();
            for (int from = 0; from < ids.size(); from += NAMED_AT_ONCE) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + NAMED_AT_ONCE));
                part.forEach(id -> names.put(new RecordRef(kind, id), ""));
                if (naming != null) {
                    for (Object[] row : em.createQuery(naming.query(), Object[].class).setParameter("ids", part).getResultList()) {
                        long id = ((Number) row[0]).longValue();
                        names.put(new RecordRef(kind, id), naming.shown(row[1], id));
                    }
                }
            }
        });
        return names;
    }

    /** ids in one IN list: well under what every database takes */
    private static final int NAMED_AT_ONCE = 500;

    /** record kind → how it is named, for the kinds that have a name, from the metamodel */
    private Map<String, Naming> namingQueries() {
        if (namesByKind == null) {
            Map<String, Naming> queries = new HashMap<>();
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                Class<?> key = entity.hasSingleIdAttribute() ? entity.getIdType().getJavaType() : null;
                if (key != Long.class && key != long.class) { // a reference's number is a long
                    continue;
                }
                String id = entity.getId(key).getName();
                NAMING.stream().filter(path -> names(entity, path)).findFirst().ifPresent(path -> queries.put(RecordRef.kindOf(entity.getJavaType()),
                        new Naming(entity.getName(), id, path, !path.contains("."))));
            }
            namesByKind = Map.copyOf(queries);
        }
        return namesByKind;
    }

    /** whether {@code path} ("name", or "talent.name" through a reference) leads to text on {@code entity} */
    private boolean names(ManagedType<?> entity, String path) {
        int dot = path.indexOf('.');
        Attribute<?, ?> first = entity.getAttributes().stream().filter(a -> a.getName().equals(dot < 0 ? path : path.substring(0, dot)))
                .findFirst().orElse(null);
        if (first == null || first.isCollection()) {
            return false;
        }
        if (dot < 0) {
            return first.getJavaType() == String.class;
        }
        return first.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_ONE
                && names(em.getMetamodel().entity(first.getJavaType()), path.substring(dot + 1));
    }

    private volatile Map<String, Map<String, Class<?>>> fieldTypes;

    /** record kind → field → Java type, from the metamodel: how a value is shown (an enum by its label) */
    private Map<String, Map<String, Class<?>>> fieldTypes() {
        if (fieldTypes == null) {
            Map<String, Map<String, Class<?>>> types = new HashMap<>();
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                Map<String, Class<?>> fields = new HashMap<>();
                entity.getAttributes().forEach(a -> fields.put(a.getName(), a.getJavaType()));
                types.put(RecordRef.kindOf(entity.getJavaType()), Map.copyOf(fields));
            }
            fieldTypes = Map.copyOf(types);
        }
        return fieldTypes;
    }

    private List<Predicate> where(CriteriaBuilder cb, Root<AuditEntry> root, RecordRef record, PageRequest r, LocalDate from, LocalDate to) {
        List<Predicate> where = new ArrayList<>();
        if (record != null) {
            Predicate own = cb.equal(root.get("recordKind"), record.kind());
            Predicate owner = cb.equal(root.get("subjectKind"), record.kind());
            if (record.id() != null) {
                own = cb.and(own, cb.equal(root.get("recordId"), record.id()));
                owner = cb.and(owner, cb.equal(root.get("subjectId"), record.id()));
            }
            where.add(cb.or(own, owner));
        }
        String actor = r.filter("actor");
        if (actor != null) {
            where.add(cb.equal(root.get("actor"), actor.strip()));
        }
        String action = r.filter("action");
        if (action != null) {
            where.add(cb.equal(root.get("action"), action.strip().toUpperCase()));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(clock.getZone()).toInstant()));
        }
        if (to != null) {
            where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return where;
    }

    private AuditRow row(AuditEntry e, Map<String, String> keys) {
        String changes = e.getChanges();
        boolean erased = false;
        List<Change> list;
        if (AuditSeal.isSealed(changes)) {
            String key = keys.computeIfAbsent(e.subject().toString(), this::key);
            String json = AuditSeal.open(key.isEmpty() ? null : key, changes);
            erased = json == null;
            list = erased ? names(e.getFieldNames()) : Change.fromJson(json);
        } else {
            list = Change.fromJson(changes);
        }
        return new AuditRow(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorRole(), e.record().toString(), e.subject().toString(),
                e.getAction(), list, erased, e.getDetail());
    }

    private static List<Change> names(String fields) {
        return fields == null || fields.isBlank() ? List.of() : Arrays.stream(fields.split(",")).map(f -> new Change(f, null, null)).toList();
    }

    private String key(String subject) {
        List<?> found = em.createNativeQuery(AuditSeal.KEY_SQL).setParameter(1, subject).getResultList();
        return found.isEmpty() ? "" : (String) found.get(0);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainViolation.of(field, "validation.format");
        }
    }
}
