package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.place.boundary.Townships;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.control.ProjectDocuments;
import cn.wulian.liancai.project.control.ProjectImportValues;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectDetails;
import cn.wulian.liancai.search.boundary.NewDocuments;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.imports.control.CellProblem;
import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.shared.imports.control.ReadRow;
import cn.wulian.liancai.shared.imports.control.RowOutcome;
import cn.wulian.liancai.shared.imports.control.RowProblems;
import cn.wulian.liancai.talent.control.TalentImportValues;
import cn.wulian.liancai.talent.control.TalentsByName;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.control.TeamImportValues;
import cn.wulian.liancai.team.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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
 * Projects from the office's spreadsheets, checked exactly as the project form's input is: the
 * same format rules ({@link ProjectInput}'s constraints) and the same entity rules
 * ({@link Project#problems}). The team is named by its name — with the platform column when two
 * platforms house teams of that name —, the lead talent as {@link TalentsByName} reads it, the
 * township as the talent import reads one. A saved row is a project in talks, as one opened on the form.
 *
 * <p>A project already registered — the same title for the same team (for a project without a
 * team, the same lead talent) — is a row problem naming it, never saved; so is a row repeating an
 * earlier row of the file.
 */
@ApplicationScoped
public class ProjectImport implements ImportTarget {

    private static final String KIND = RecordRef.kindOf(Project.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputChecks checks;

    @Inject
    TalentsByName talents;

    @Inject
    Townships townships;

    @Inject
    Event<NewDocuments> newDocuments;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImportField> fields() {
        return ProjectImportValues.FIELDS;
    }

    @Override
    public List<RowOutcome> check(List<MappedRow> rows, Locale locale) {
        return read(rows).stream().map(r -> r.outcome(null)).toList();
    }

    @Override
    public List<RowOutcome> save(List<MappedRow> rows, long importId, Locale locale) {
        return ReadRow.save(em, read(rows), d -> Project.imported(d, importId, clock), Project::getId,
                saved -> newDocuments.fire(NewDocuments.added(saved.stream().map(ProjectDocuments::of).toList())));
    }

    /**
     * An imported project has no steps, milestones or updates unless someone added them since; then
     * it stays (the database refuses), and the import says it could not take everything back.
     */
    @Override
    public int removeImported(long importId, int most) {
        return ReadRow.removeImported(em, Project.class, importId, most, p -> {
        }, Project::getId, ids -> newDocuments.fire(NewDocuments.removed(ProjectDocuments.TYPE, ids)));
    }

    @Override
    public String recordPage() {
        return "/projects/view.xhtml?id=";
    }

    /** the rows read, then those that are a registered project or repeat an earlier row refused */
    private List<ReadRow<ProjectDetails>> read(List<MappedRow> rows) {
        List<Platform> platforms = em.createNamedQuery(Platform.ALL, Platform.class).getResultList();
        List<Township> all = townships.all();
        Map<String, List<Team>> teamsByName = new HashMap<>();
        List<ReadRow<ProjectDetails>> read = rows.stream().map(r -> read(r, platforms, all, teamsByName)).toList();
        List<String> titles = read.stream().filter(ReadRow::valid).map(r -> r.details().title().strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        Map<String, ReadRow.Registered> registered = new HashMap<>();
        if (!titles.isEmpty()) {
            em.createQuery("select p from Project p left join fetch p.team where lower(p.title) in :titles", Project.class)
                    .setParameter("titles", titles).getResultList()
                    .forEach(p -> registered.putIfAbsent(key(p.getTitle(), p.getTeam(), p.getLeadTalent()),
                            new ReadRow.Registered(p.getId(), p.getTitle())));
        }
        return ReadRow.withoutRepeats(read, d -> Map.of("title", key(d.title(), d.team(), d.leadTalent())), registered,
                "import.project.registered");
    }

    private ReadRow<ProjectDetails> read(MappedRow row, List<Platform> platforms, List<Township> all, Map<String, List<Team>> teamsByName) {
        RowProblems problems = new RowProblems(row);
        Platform platform = problems.value("platform", TeamImportValues.platform(row.cell("platform"), platforms));
        Team team = problems.value("team", team(row.cell("team"), platform, teamsByName));
        Talent lead = problems.value("leadTalent", talents.find(row.cell("leadTalent")));
        Township township = problems.value("township", TalentImportValues.township(row.cell("township"), all));
        BigDecimal planned = problems.value("plannedInvestment", ProjectImportValues.yuan(row.cell("plannedInvestment")));
        BigDecimal actual = problems.value("actualInvestment", ProjectImportValues.yuan(row.cell("actualInvestment")));
        LocalDate openedOn = problems.value("openedOn", CellValues.date(row.cell("openedOn")));
        ProjectInput input = new ProjectInput(CellValues.text(row.cell("title")), team == null ? null : team.getId(),
                lead == null ? null : lead.getId(), platform == null ? null : platform.getCode(), CellValues.text(row.cell("industry")),
                township == null ? null : township.getCode(), CellValues.text(row.cell("location")), planned, actual,
                CellValues.text(row.cell("countyLeader")), null, null, null, null, null, openedOn,
                CellValues.text(row.cell("description")), null);
        Map<String, String> errors = new LinkedHashMap<>(checks.formatErrors(input));
        ProjectDetails details = new ProjectDetails(input.title(), team, lead, platform, input.industry(), township, input.location(),
                planned, actual, input.countyLeader(), null, null, null, null, null, openedOn, input.description());
        Project.problems(details, clock).forEach(errors::putIfAbsent);
        // "a team or a lead talent": the team's column is where the office fills it in
        String neither = errors.remove("leadTalentId");
        if (neither != null) {
            errors.putIfAbsent("team", neither);
        }
        problems.rules(errors);
        Map<String, String> shown = shown(input, team, lead, platform, township);
        List<CellProblem> found = problems.list(shown);
        return new ReadRow<>(row, found.isEmpty() ? details : null, found, shown);
    }

    /** a team by its name, on the platform given in the row if any; the same name on two platforms needs the platform */
    private Parsed<Team> team(String raw, Platform platform, Map<String, List<Team>> teamsByName) {
        String name = CellValues.text(raw);
        if (name == null) {
            return Parsed.ok(null);
        }
        List<Team> named = teamsByName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> em.createQuery(
                "select t from Team t join fetch t.platform where lower(t.name) = :name", Team.class).setParameter("name", n).getResultList());
        List<Team> fit = platform == null ? named : named.stream().filter(t -> t.getPlatform().getCode().equals(platform.getCode())).toList();
        if (fit.isEmpty()) {
            return Parsed.problem("import.value.team.unknown");
        }
        return fit.size() == 1 ? Parsed.ok(fit.getFirst()) : Parsed.problem("import.value.team.ambiguous");
    }

    /** the row as it would be saved, for the preview: a team's project is led by the team's leader and housed by its platform */
    private static Map<String, String> shown(ProjectInput in, Team team, Talent lead, Platform platform, Township township) {
        Talent leader = lead != null ? lead : team == null ? null : team.getLeader();
        Platform housing = team != null ? team.getPlatform() : platform;
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("title", in.title());
        shown.put("team", team == null ? null : team.getName());
        shown.put("leadTalent", leader == null ? null : leader.getName() + " #" + leader.getId());
        shown.put("platform", housing == null ? null : housing.getName());
        shown.put("industry", in.industry());
        shown.put("township", township == null ? null : township.getName());
        shown.put("location", in.location());
        shown.put("plannedInvestment", in.plannedInvestment() == null ? null : in.plannedInvestment().toPlainString());
        shown.put("actualInvestment", in.actualInvestment() == null ? null : in.actualInvestment().toPlainString());
        shown.put("countyLeader", in.countyLeader());
        shown.put("openedOn", Objects.toString(in.openedOn(), null));
        shown.put("description", in.description());
        return shown;
    }

    /** how a project is known again: its title and its team, or its lead talent when it has no team */
    private static String key(String title, Team team, Talent lead) {
        return title.strip().toLowerCase(Locale.ROOT) + "\u001F" + (team != null ? "team " + team.getId() : lead == null ? "" : "talent " + lead.getId());
    }
}
