package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.AssignmentJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.ConflictJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.NominationJson;
import cn.wulian.liancai.award.control.Assigner;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.shared.FileSizes;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cycle's hub ({@code ?id=}). For office staff: the set-up in brief and every nomination with
 * its reviewers (submitted, declared or still to score) and the conflicts found for it with their
 * reasons; reviewers assigned automatically (what was added and any shortfall said on the page) or
 * by hand, where the facade refuses a conflicted reviewer with the reason; the changes and late
 * conflict declarations reviewers made after seeing the others' sheets, each to confirm or reject
 * (sending the version shown); the way to the ranking and the audit trail. A platform manager sees the nominations made from their platform and may
 * nominate; reviewers are refused (403) by the facade. {@code ?nomination=} alone (a search hit's
 * link) opens the hub of that nomination's cycle at its row.
 */
@Named
@ViewScoped
public class AwardCycleView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** what the last automatic assignment did, in names: "厉志远 ← reviewer1, reviewer2" and the nominations it could not fill */
    public record AssignmentReport(int added, List<String> lines, List<String> shortfalls) implements Serializable {
    }

    @Inject
    AwardCycles cycles;

    @Inject
    cn.wulian.liancai.shared.web.PeopleNames names;

    @Inject
    Nominations nominating;

    @Inject
    Assignments assignments;

    @Inject
    FlaggedChanges flags;

    @Inject
    cn.wulian.liancai.shared.security.CurrentUser user;

    @Inject
    AwardPage page;

    private String idParam;
    private String nominationParam;
    private long id;
    private CycleJson cycle;
    private List<NominationJson> nominations;
    private List<AwardJsonViews.FlagJson> flagged = List.of();
    private Locale readIn;
    private AssignmentReport report;
    /** nomination → the reviewer picked in its row's menu */
    private final Map<Long, String> picked = new HashMap<>();

    /** f:viewAction: reads the cycle and the nominations the caller may see; reviewers are refused there */
    public void load() {
        if (cycle == null && (idParam == null || idParam.isBlank()) && nominationParam != null) {
            // a link to one nomination (a search hit's): its cycle's page, at its row
            long nomination = UrlIds.parse(nominationParam, "nomination");
            UrlIds.redirect("/awards/cycle.xhtml?id=" + nominating.nomination(nomination, page.locale()).cycleId() + "#nomination-" + nomination);
            return;
        }
        if (cycle == null) {
            id = UrlIds.parse(idParam, "award cycle");
            refresh();
        }
    }

    private void refresh() {
        readIn = page.locale();
        cycle = cycles.cycle(id, readIn);
        nominations = nominating.listed(id, readIn);
        flagged = user.isStaff() ? flags.pending(id) : List.of();
    }

    /** the flagged change or declaration counts from now on */
    public void confirm(AwardJsonViews.FlagJson f) {
        settle(f, () -> flags.confirm(id, f.assignment(), f.version()), "awards.flag.confirmed");
    }

    /** the flagged change does not count, or the declaration is not applied */
    public void reject(AwardJsonViews.FlagJson f) {
        settle(f, () -> flags.reject(id, f.assignment(), f.version()), "awards.flag.rejected");
    }

    private void settle(AwardJsonViews.FlagJson f, java.util.function.Supplier<?> useCase, String doneKey) {
        if (FacesErrors.attempt("hub", useCase::get).isPresent()) {
            FacesErrors.info(doneKey, names.of(f.reviewer()), f.nominee());
        }
        refresh(); // done or refused, the list as it now stands
    }

    /** what reviewers changed or declared after seeing the others' sheets, waiting for the office */
    public List<AwardJsonViews.FlagJson> getFlagged() {
        getCycle();
        return flagged;
    }

    /** assigns reviewers to every nomination short of them and says what was added and what could not be */
    public void assignAutomatically() {
        try {
            Assigner.Result result = assignments.assignAutomatically(id);
            refresh();
            report = report(result);
            FacesErrors.info("awards.assign.done", result.added().size());
        } catch (DomainViolation e) {
            page.refused(e);
        }
    }

    private AssignmentReport report(Assigner.Result result) {
        Map<Long, String> nominees = nominations.stream().collect(Collectors.toMap(NominationJson::id, NominationJson::nominee));
        Map<Long, List<String>> added = result.added().stream().collect(Collectors.groupingBy(Assigner.Pair::nomination,
                LinkedHashMap::new, Collectors.mapping(Assigner.Pair::reviewer, Collectors.toList())));
        List<String> lines = added.entrySet().stream().map(e -> nominees.get(e.getKey()) + " ← " + String.join(", ", e.getValue())).toList();
        List<String> shortfalls = result.shortfall().entrySet().stream()
                .map(e -> Messages.text(page.locale(), "awards.assign.shortfall", nominees.get(e.getKey()), e.getValue())).toList();
        return new AssignmentReport(result.added().size(), lines, shortfalls);
    }

    /** assigns the reviewer picked in the nomination's row; a conflicted or absent one is refused with the reason */
    public void assign(long nominationId) {
        String reviewer = picked.get(nominationId);
        if (reviewer == null || reviewer.isBlank()) {
            FacesErrors.error("awards.assign.pickFirst");
            return;
        }
        try {
            assignments.assign(nominationId, reviewer, page.locale());
            picked.remove(nominationId);
            refresh();
            FacesErrors.info("awards.assign.added", reviewer, nominee(nominationId));
        } catch (DomainViolation e) {
            page.refused(e);
        }
    }

    public void unassign(long nominationId, String reviewer) {
        try {
            assignments.unassign(nominationId, reviewer);
            refresh();
            FacesErrors.info("awards.assign.removed", reviewer, nominee(nominationId));
        } catch (DomainViolation e) {
            page.refused(e);
        }
    }

    private String nominee(long nominationId) {
        return nominations.stream().filter(n -> n.id() == nominationId).map(NominationJson::nominee).findFirst().orElse("");
    }

    /** the committee members a nomination may still be given by hand: those not yet on it */
    public List<String> assignable(NominationJson n) {
        List<String> on = n.assignments() == null ? List.of() : n.assignments().stream().map(AssignmentJson::reviewer).toList();
        return cycle.committee().stream().filter(r -> !on.contains(r)).toList();
    }

    /** a reviewer in the menu of a nomination: with the reason they must not review it, if there is one */
    public String reviewerLabel(NominationJson n, String reviewer) {
        String reason = conflicts(n).get(reviewer);
        return reason == null ? names.of(reviewer) : Messages.text(page.locale(), "awards.assign.conflictedOption", names.of(reviewer), reason);
    }

    /** reviewer → their conflicts with the nomination in words, "负责被提名人所在平台；同学关系" */
    public Map<String, String> conflicts(NominationJson n) {
        if (n.conflicts() == null) {
            return Map.of();
        }
        String separator = Messages.text(page.locale(), "awards.itemSeparator");
        return n.conflicts().stream().collect(Collectors.groupingBy(ConflictJson::reviewer, LinkedHashMap::new,
                Collectors.mapping(ConflictJson::reason, Collectors.joining(separator))));
    }

    /** the nomination's conflicts as lines "评委 高玉梅：负责被提名人所在平台", the reviewer by name */
    public List<String> conflictLines(NominationJson n) {
        return conflicts(n).entrySet().stream().map(e -> Messages.text(page.locale(), "awards.labelled", names.of(e.getKey()), e.getValue())).toList();
    }

    /** where an assignment stands: DECLARED (the reviewer stepped aside), SUBMITTED or PENDING */
    public String state(AssignmentJson a) {
        return a.conflictDeclaredAt() != null ? "DECLARED" : a.submittedRevision() > 0 ? "SUBMITTED" : "PENDING";
    }

    /** how many of a nomination's reviewers have submitted, of those who count (not declared) */
    public String progress(NominationJson n) {
        if (n.assignments() == null) {
            return "";
        }
        List<AssignmentJson> counting = n.assignments().stream().filter(a -> a.conflictDeclaredAt() == null).toList();
        return counting.stream().filter(a -> a.submittedRevision() > 0).count() + "/" + counting.size();
    }

    public boolean isNominating() {
        return page.nominating(getCycle());
    }

    /** assignments change only while the cycle is open (the facade says the same) */
    public boolean isOpen() {
        return CycleStatus.OPEN.name().equals(getCycle().status());
    }

    public CycleJson getCycle() {
        if (!page.locale().equals(readIn)) {
            refresh();
        }
        return cycle;
    }

    public List<NominationJson> getNominations() {
        getCycle();
        return nominations;
    }

    /** the nominations of one category, in the order they came */
    public List<NominationJson> of(String category) {
        return getNominations().stream().filter(n -> n.category().equals(category)).toList();
    }

    public Map<Long, String> getPicked() {
        return picked;
    }

    public AssignmentReport getReport() {
        return report;
    }

    /** how many nominations each category has, by code */
    public Map<String, Long> getCounts() {
        return getNominations().stream().collect(Collectors.groupingBy(NominationJson::category, Collectors.counting()));
    }

    // ---- attachments

    private final NominationFiles files = new NominationFiles();

    public List<cn.wulian.liancai.award.entity.Attachment.Info> files(long nomination) {
        return files.of(nominating, nomination);
    }

    public org.primefaces.model.StreamedContent download(long nomination, long attachment) {
        return files.download(nominating, nomination, attachment);
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        files.upload(nominating, event, page.locale());
    }

    public String size(long bytes) {
        return FileSizes.text(bytes);
    }

    public String getNominationParam() { return nominationParam; }
    public void setNominationParam(String nominationParam) { this.nominationParam = nominationParam; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public long getId() { return id; }
}
