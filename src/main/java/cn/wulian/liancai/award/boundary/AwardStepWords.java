package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.AwardJson;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.award.entity.ReviewSheet;
import cn.wulian.liancai.rules.control.FactSources;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.audit.StepWords;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An award step's particulars in the reader's language, from the data the step recorded
 * ({@link AwardSteps}): a reviewer by name, a category by its name, scores by the criteria's
 * names, dates as dates. The award's audit page and the trail's pages and files read them here.
 * An entry recorded before the particulars were data reads as it was written, but for an
 * assignment's reviewer and a nomination's category, which the old sentence gives too.
 */
@ApplicationScoped
public class AwardStepWords implements StepWords {

    private static final Set<String> ACTIONS = Arrays.stream(AwardAction.values()).map(Enum::name).collect(Collectors.toSet());
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AwardJsonMapper mapper;

    @Inject
    CallerDirectory directory;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * What one page or file looked up, kept while it is read (null on the shared bean, which keeps
     * nothing): the categories' names, people's names, each sheet's criteria, the rule's facts —
     * otherwise looked up again for every value, before and after, of every row.
     */
    private Map<Locale, Map<String, String>> categoryNames;
    private Map<String, String> people;
    private Map<RecordRef, List<Criterion>> sheets;
    private FactCatalog facts;

    @Override
    public StepWords reading() {
        AwardStepWords reading = new AwardStepWords();
        reading.mapper = mapper;
        reading.directory = directory;
        reading.clock = clock;
        reading.em = em;
        reading.categoryNames = new HashMap<>();
        reading.people = new HashMap<>();
        reading.sheets = new HashMap<>();
        return reading;
    }

    private static final String NOMINATION = RecordRef.kindOf(Nomination.class);
    private static final String CYCLE = RecordRef.kindOf(AwardCycle.class);
    private static final String ASSIGNMENT = RecordRef.kindOf(ReviewAssignment.class);
    private static final String REVISION = RecordRef.kindOf(ReviewRevision.class);
    private static final Type QUOTAS = new ArrayList<CategoryQuota>() { }.getClass().getGenericSuperclass();
    private static final Type CRITERIA = new ArrayList<Criterion>() { }.getClass().getGenericSuperclass();
    private static final Type NAMES = new ArrayList<String>() { }.getClass().getGenericSuperclass();

    /**
     * The award's data in the trail's changes: a category by its name, a cycle's quotas, rubric,
     * committee and rule in words, a review sheet's scores and comments by the criteria's names (its
     * cycle's rubric, in the rubric's order), where the trail would show codes and JSON.
     */
    @Override
    public String value(RecordRef record, String field, String value, Locale locale) {
        Words w = new Words(locale);
        try {
            if (record.kind().equals(NOMINATION) && field.equals("category")) {
                return w.category(value);
            }
            if (record.kind().equals(CYCLE)) {
                return switch (field) {
                    case "categoriesJson" -> listed(AwardJson.<List<CategoryQuota>>read(value, QUOTAS),
                            q -> w.text("awards.trail.quota", w.category(q.code()), q.quota()), w);
                    case "rubricJson" -> listed(AwardJson.<List<Criterion>>read(value, CRITERIA),
                            c -> w.text("awards.trail.criterion", c.name(), c.weight() == null ? "" : Wording.number(c.weight(), locale), c.min(), c.max()), w);
                    case "committeeJson" -> listed(AwardJson.<List<String>>read(value, NAMES), this::name, w);
                    case "ruleJson" -> new Wording(SubjectKind.TALENT, locale, LocalDate.now(clock)).describe(RuleJson.stored(value, facts()));
                    default -> null;
                };
            }
            if (record.kind().equals(ASSIGNMENT) && field.equals("draftJson") || record.kind().equals(REVISION) && field.equals("sheetJson")) {
                ReviewSheet sheet = AwardJson.read(value, ReviewSheet.class);
                return sheet == null ? null : sheet(sheet, sheets == null ? criteria(record) : sheets.computeIfAbsent(record, this::criteria), w);
            }
        } catch (JsonbException | JsonException | DomainViolation olderShape) {
            return null; // a value kept in a shape this version does not read: shown as the trail shows any value
        }
        return null;
    }

    /** a list kept as JSON, each entry in words; null for JSON null */
    private static <T> String listed(List<T> entries, Function<T, String> words, Words w) {
        return entries == null ? null : entries.stream().filter(e -> e != null).map(words).collect(Collectors.joining(w.listed()));
    }

    private FactCatalog facts() {
        FactCatalog read = facts != null ? facts : new FactSources(em).catalog(SubjectKind.TALENT);
        if (sheets != null) {
            facts = read; // a reading keeps it; the shared bean keeps nothing
        }
        return read;
    }

    /** 评分：创新创业成效 6、返乡贡献 7；分项评语：…；总评：… — the rubric's order, then any criterion it no longer has */
    private String sheet(ReviewSheet sheet, List<Criterion> criteria, Words w) {
        Map<String, String> names = criteria.stream().collect(Collectors.toMap(Criterion::code, Criterion::name, (a, b) -> a));
        List<String> order = Stream.concat(criteria.stream().map(Criterion::code),
                Stream.concat(sheet.scores().keySet().stream(), sheet.comments().keySet().stream()).sorted()).distinct().toList();
        String scores = order.stream().filter(sheet.scores()::containsKey)
                .map(c -> names.getOrDefault(c, c) + " " + sheet.scores().get(c)).collect(Collectors.joining(w.listed()));
        String comments = order.stream().filter(c -> sheet.comments().get(c) != null && !sheet.comments().get(c).isBlank())
                .map(c -> names.getOrDefault(c, c) + " " + sheet.comments().get(c).strip()).collect(Collectors.joining(w.listed()));
        return Stream.of(w.labelled("audit.field.scores", scores), w.labelled("audit.field.comments", comments),
                        w.labelled("audit.field.comment", sheet.comment()))
                .filter(part -> part != null).collect(Collectors.joining(w.text("audit.changeSeparator")));
    }

    /** the criteria of the cycle an assignment or a submitted sheet belongs to; none when it is gone */
    List<Criterion> criteria(RecordRef record) {
        ReviewAssignment assignment = record.kind().equals(ASSIGNMENT) ? em.find(ReviewAssignment.class, record.id())
                : Optional.ofNullable(em.find(ReviewRevision.class, record.id())).map(ReviewRevision::getAssignment).orElse(null);
        return assignment == null ? List.of() : assignment.getNomination().getCycle().rubric().criteria();
    }

    @Override
    public String words(String action, String detail, Locale locale) {
        if (!ACTIONS.contains(action) || detail == null) {
            return null;
        }
        JsonObject d = AwardSteps.read(detail);
        return d == null ? legacy(AwardAction.valueOf(action), detail, locale) : words(AwardAction.valueOf(action), d, locale);
    }

    private String words(AwardAction action, JsonObject d, Locale locale) {
        Words w = new Words(locale);
        return switch (action) {
            case NOMINATED -> w.category(d.getString("category", "")) + " · " + w.text("reference.kind.TALENT") + " #" + d.get("talent");
            case ASSIGNED, UNASSIGNED -> name(d.getString("reviewer", "")) + (d.getBoolean("auto", false) ? " · " + w.text("awards.assignment.auto") : "");
            case REVIEW_SUBMITTED, REVIEW_CHANGED, REVIEW_CHANGE_FLAGGED -> w.joined(
                    w.text("awards.step.scored", d.getInt("revision", 0), w.number(d.get("total")), w.pairs(d.getJsonObject("scores"), Function.identity())),
                    d.containsKey("reason") ? w.text("awards.step.reason", d.getString("reason")) : null,
                    d.containsKey("othersSeenAt") ? w.text("awards.step.lateChange", w.moment(d.getString("othersSeenAt"))) : null);
            case CONFLICT_DECLARED, CONFLICT_FLAGGED -> w.joined(d.getString("reason", ""),
                    d.containsKey("othersSeenAt") ? w.text("awards.step.lateConflict", w.moment(d.getString("othersSeenAt"))) : null);
            case DECIDED -> d.getBoolean("winner", false) ? w.text("awards.step.winner", d.getString("justification", "")) : w.text("awards.step.notWinner");
            case PUBLISHED -> w.text("awards.step.published", d.getString("noticeUntil", ""));
            case FLAG_CONFIRMED, FLAG_REJECTED -> w.text("awards.step.settled." + d.getString("flag", "CHANGE") + "." + d.getBoolean("confirmed", false),
                    name(d.getString("reviewer", "")), d.getInt("revision", 0), d.getInt("counted", 0));
            case CYCLE_CHANGED -> w.joined(d.getString("name", ""),
                    w.text("awards.step.windows", d.getString("nominationOpens", ""), d.getString("nominationCloses", ""),
                            d.getString("reviewOpens", ""), d.getString("reviewCloses", "")),
                    w.text("awards.step.categories", w.pairs(d.getJsonObject("categories"), w::category)),
                    w.text("awards.step.committee", d.getJsonArray("committee") == null ? "" : d.getJsonArray("committee")
                            .getValuesAs(JsonString.class).stream().map(s -> name(s.getString())).collect(Collectors.joining(w.separator()))),
                    w.text("awards.step.reviewers", d.getInt("reviewersPerNomination", 0)),
                    w.text("awards.basis") + w.text("awards.step.colon") + w.text("award.basis." + d.getString("basis", "")),
                    w.text("awards.step.rubric", w.pairs(d.getJsonObject("rubric"), Function.identity())));
            default -> d.toString();
        };
    }

    /** a sentence written before the particulars were data: the reviewer of an assignment and the category of a nomination named */
    private String legacy(AwardAction action, String detail, Locale locale) {
        Words w = new Words(locale);
        switch (action) {
            case ASSIGNED, UNASSIGNED -> {
                boolean auto = detail.endsWith(" (auto)");
                String reviewer = auto ? detail.substring(0, detail.length() - " (auto)".length()) : detail;
                return name(reviewer) + (auto ? " · " + w.text("awards.assignment.auto") : "");
            }
            case NOMINATED -> {
                String[] parts = detail.split(" ", 2);
                if (parts.length == 2 && parts[1].startsWith("TALENT:")) {
                    return w.category(parts[0]) + " · " + w.text("reference.kind.TALENT") + " #" + parts[1].substring("TALENT:".length());
                }
                return detail;
            }
            default -> {
                return detail;
            }
        }
    }

    private String name(String username) {
        return people == null ? displayName(username) : people.computeIfAbsent(username, this::displayName);
    }

    private String displayName(String username) {
        return directory.find(username).map(Caller::displayName).filter(n -> !n.isBlank()).orElse(username);
    }

    /** the words of one reading: the reader's language, the categories' names looked up once */
    private final class Words {

        private final Locale locale;
        private Map<String, String> categories;

        Words(Locale locale) {
            this.locale = locale;
        }

        String text(String key, Object... args) {
            return Messages.text(locale, key, args);
        }

        String category(String code) {
            if (categories == null) {
                categories = categoryNames == null ? mapper.categoryNames(locale) : categoryNames.computeIfAbsent(locale, mapper::categoryNames);
            }
            return categories.getOrDefault(code, code);
        }

        String separator() {
            return text("awards.step.separator");
        }

        /** the trail's own separator of a list's items (、) */
        String listed() {
            return text("audit.separator");
        }

        /** "评分：…" as the trail labels a field; null for nothing to say */
        String labelled(String key, String value) {
            return value == null || value.isBlank() ? null : text(key) + text("audit.colon") + value.strip();
        }

        /** "影响力 8、成效 9": a JSON object's entries, the names as {@code name} gives them */
        String pairs(JsonObject o, Function<String, String> name) {
            return o == null ? "" : o.entrySet().stream().map(e -> name.apply(e.getKey()) + " " + number(e.getValue()))
                    .collect(Collectors.joining(separator()));
        }

        String number(JsonValue v) {
            return v instanceof JsonNumber n ? Wording.number(n.bigDecimalValue(), locale) : String.valueOf(v);
        }

        String moment(String instant) {
            return MINUTES.withZone(clock.getZone()).format(Instant.parse(instant));
        }

        String joined(String... parts) {
            return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(text("awards.step.and")));
        }
    }
}
