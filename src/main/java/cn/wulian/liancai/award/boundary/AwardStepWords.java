package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.entity.AwardAction;
import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.shared.audit.StepWords;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
                categories = mapper.categoryNames(locale);
            }
            return categories.getOrDefault(code, code);
        }

        String separator() {
            return text("awards.step.separator");
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
