package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.boundary.NewDocuments;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.imports.control.CellProblem;
import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.ReadRow;
import cn.wulian.liancai.shared.imports.control.RowOutcome;
import cn.wulian.liancai.shared.imports.control.RowProblems;
import cn.wulian.liancai.talent.control.TalentsByName;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.control.TeamDocuments;
import cn.wulian.liancai.team.control.TeamImportValues;
import cn.wulian.liancai.team.entity.CreditCode;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamDetails;
import cn.wulian.liancai.team.entity.TeamTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Teams from the office's spreadsheets. A row is checked exactly as the team form's input is: the
 * same format rules ({@link TeamInput}'s constraints) and the same entity rules
 * ({@link Team#problems}); the platform is named by its code or name, the leader (optional) is a
 * registered talent named as {@link TalentsByName} reads it. A saved row is a draft team with the
 * first line of its history, as one registered on the form.
 *
 * <p>A team already registered — the same credit code, or the same name on the same platform — is
 * a row problem naming that team, never saved: a team has no merge screen, and the office edits the
 * registered one instead. A row repeating an earlier row of the file is a problem the same way.
 */
@ApplicationScoped
public class TeamImport implements ImportTarget {

    private static final String KIND = RecordRef.kindOf(Team.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputChecks checks;

    @Inject
    TalentsByName talents;

    @Inject
    Event<NewDocuments> newDocuments;

    @Inject
    Clock clock;

    /** what a valid row saves: the team's details on its platform */
    private record Registration(Platform platform, TeamDetails details) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImportField> fields() {
        return TeamImportValues.FIELDS;
    }

    @Override
    public List<RowOutcome> check(List<MappedRow> rows, Locale locale) {
        return read(rows).stream().map(r -> r.outcome(null)).toList();
    }

    @Override
    public List<RowOutcome> save(List<MappedRow> rows, long importId, Locale locale) {
        return ReadRow.save(em, read(rows), r -> Team.imported(r.platform(), r.details(), importId, clock), Team::getId, saved -> {
            String by = Actor.current().username();
            saved.forEach(team -> em.persist(team.registered(by, clock)));
            newDocuments.fire(NewDocuments.added(saved.stream().map(TeamDocuments::of).toList()));
        });
    }

    @Override
    public int removeImported(long importId, int most) {
        // a team's history goes with it, as in Teams.remove
        return ReadRow.removeImported(em, Team.class, importId, most,
                team -> em.createQuery("select x from TeamTransition x where x.team = :t", TeamTransition.class).setParameter("t", team)
                        .getResultList().forEach(em::remove),
                Team::getId, ids -> newDocuments.fire(NewDocuments.removed(TeamDocuments.TYPE, ids)));
    }

    @Override
    public String recordPage() {
        return "/teams/view.xhtml?id=";
    }

    /** the rows read, then those that are a registered team or repeat an earlier row refused */
    private List<ReadRow<Registration>> read(List<MappedRow> rows) {
        List<Platform> platforms = em.createNamedQuery(Platform.ALL, Platform.class).getResultList();
        List<ReadRow<Registration>> read = rows.stream().map(r -> read(r, platforms)).toList();
        List<TeamDetails> valid = read.stream().filter(ReadRow::valid).map(r -> r.details().details()).toList();
        List<String> codes = valid.stream().map(TeamDetails::creditCode).filter(Objects::nonNull).distinct().toList();
        List<String> names = valid.stream().map(d -> d.name().strip().toLowerCase(Locale.ROOT)).distinct().toList();
        List<Team> registered = new ArrayList<>();
        if (!codes.isEmpty()) {
            registered.addAll(em.createQuery("select t from Team t join fetch t.platform where t.creditCode in :codes", Team.class)
                    .setParameter("codes", codes).getResultList());
        }
        if (!names.isEmpty()) {
            registered.addAll(em.createQuery("select t from Team t join fetch t.platform where lower(t.name) in :names", Team.class)
                    .setParameter("names", names).getResultList());
        }
        Map<String, ReadRow.Registered> byKey = new HashMap<>();
        for (Team t : registered) {
            identities(t.getPlatform(), t.getName(), t.getCreditCode()).values()
                    .forEach(k -> byKey.putIfAbsent(k, new ReadRow.Registered(t.getId(), t.getName())));
        }
        return ReadRow.withoutRepeats(read, r -> identities(r.platform(), r.details().name(), r.details().creditCode()), byKey,
                "import.team.registered");
    }

    /** how a team is known again: by its credit code, else by its name on its platform */
    private static Map<String, String> identities(Platform platform, String name, String creditCode) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (creditCode != null) {
            keys.put("creditCode", "code\u001F" + creditCode);
        }
        keys.put("name", "name\u001F" + platform.getCode() + "\u001F" + name.strip().toLowerCase(Locale.ROOT));
        return keys;
    }

    private ReadRow<Registration> read(MappedRow row, List<Platform> platforms) {
        RowProblems problems = new RowProblems(row);
        Platform platform = problems.value("platform", TeamImportValues.platform(row.cell("platform"), platforms));
        Talent leader = problems.value("leader", talents.find(row.cell("leader")));
        LocalDate foundedOn = problems.value("foundedOn", CellValues.date(row.cell("foundedOn")));
        Integer headcount = problems.value("headcount", CellValues.integer(row.cell("headcount")));
        LocalDate incubationStart = problems.value("incubationStart", CellValues.date(row.cell("incubationStart")));
        LocalDate incubationEnd = problems.value("incubationEnd", CellValues.date(row.cell("incubationEnd")));
        String creditCode = CellValues.text(row.cell("creditCode"));
        TeamInput input = new TeamInput(CellValues.text(row.cell("name")), platform == null ? null : platform.getCode(),
                leader == null ? null : leader.getId(), CellValues.text(row.cell("field")), foundedOn, headcount,
                CellValues.text(row.cell("companyName")), creditCode, incubationStart, incubationEnd,
                CellValues.text(row.cell("description")), List.of(), List.of(), List.of(), null);
        Map<String, String> errors = new LinkedHashMap<>(checks.formatErrors(input));
        if (platform == null) {
            errors.putIfAbsent("platform", "validation.required");
        }
        TeamDetails details = new TeamDetails(input.name(), leader, input.field(), foundedOn, headcount, input.companyName(),
                creditCode == null ? null : Objects.requireNonNullElse(CreditCode.normalize(creditCode), creditCode),
                incubationStart, incubationEnd, input.description(), List.of(), List.of(), List.of());
        Team.problems(details, clock).forEach(errors::putIfAbsent);
        problems.rules(errors);
        Map<String, String> shown = shown(input, platform, leader, details);
        List<CellProblem> found = problems.list(shown);
        return new ReadRow<>(row, found.isEmpty() ? new Registration(platform, details) : null, found, shown);
    }

    /** the row as it would be saved, for the preview */
    private static Map<String, String> shown(TeamInput in, Platform platform, Talent leader, TeamDetails d) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("name", in.name());
        shown.put("platform", platform == null ? null : platform.getName());
        shown.put("leader", leader == null ? null : leader.getName() + " #" + leader.getId());
        shown.put("field", in.field());
        shown.put("foundedOn", Objects.toString(in.foundedOn(), null));
        shown.put("headcount", Objects.toString(in.headcount(), null));
        shown.put("companyName", in.companyName());
        shown.put("creditCode", d.creditCode());
        shown.put("incubationStart", Objects.toString(in.incubationStart(), null));
        shown.put("incubationEnd", Objects.toString(in.incubationEnd(), null));
        shown.put("description", in.description());
        return shown;
    }
}
