package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CategoryJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.RankingJson;
import cn.wulian.liancai.award.boundary.AwardJsonViews.StandingJson;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * A cycle's ranking and decision ({@code ?id=}), for office staff: per category, every nomination's
 * normalised and raw scores and ranks side by side with the median, spread, deviation and the
 * disagreement flag, and the sentence saying which score ranks and how ties are broken. The office
 * ticks the winners within each quota with a justification each and records the decision, then
 * publishes the list for a notice period (公示) and makes it final once the notice is over. As a
 * spreadsheet (the API's {@link AwardExport}) or printed.
 */
@Named
@ViewScoped
public class AwardRankingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_NOTICE_DAYS = 7;

    /** one category's table: its quota and its nominations in rank order */
    public record CategoryStandings(CategoryJson category, List<StandingJson> rows) {
    }

    @Inject
    cn.wulian.liancai.shared.web.PeopleNames names;

    @Inject
    AwardCycles cycles;

    @Inject
    Decisions decisions;

    @Inject
    AwardPage page;

    private String idParam;
    private long id;
    private CycleJson cycle;
    private RankingJson ranking;
    private Decision decision;
    private Locale readIn;
    private Integer noticeDays = DEFAULT_NOTICE_DAYS;

    /** f:viewAction: office staff only; the ranking once per view */
    public void load() {
        page.requireStaff();
        if (ranking == null) {
            id = UrlIds.parse(idParam, "award cycle");
            refresh();
        }
    }

    private void refresh() {
        readIn = page.locale();
        cycle = cycles.cycle(id, readIn);
        ranking = decisions.ranking(id, readIn);
        decision = Decision.of(ranking);
    }

    /** records the ticked winners with their justifications */
    public void decide() {
        attempt(() -> decisions.decide(id, decision.toInput(ranking.version()), page.locale()), "awards.decision.done");
    }

    public void publish() {
        attempt(() -> decisions.publish(id, noticeDays, ranking.version(), page.locale()), "awards.publish.done");
    }

    public void finalizeCycle() {
        attempt(() -> decisions.finalizeCycle(id, ranking.version(), page.locale()), "awards.final.done");
    }

    private void attempt(Supplier<?> useCase, String doneKey) {
        try {
            useCase.get();
            refresh();
            FacesErrors.info(doneKey);
        } catch (DomainViolation e) {
            page.refused(e);
        } catch (StaleVersion e) {
            FacesErrors.stale(e);
            refresh(); // what the other officer did, shown
        }
    }

    /** what waits for the office on a nomination, in words: "reviewer2 修改评分（第2版，待确认）" */
    public List<String> flagLines(StandingJson s) {
        return s.flagged() == null ? List.of() : s.flagged().stream().map(f -> Messages.text(page.locale(), "awards.flag.line." + f.kind(),
                names.of(f.reviewer()), f.revision(), f.countedRevision())).toList();
    }

    /** the ranking as a spreadsheet, the same as the API's export */
    public StreamedContent getExport() {
        Locale locale = page.locale();
        RankingJson current = decisions.ranking(id, locale);
        return FacesDownloads.xlsx(AwardExport.ranking(current, locale), Messages.text(locale, "award.ranking.file", String.valueOf(current.year())));
    }

    public List<CategoryStandings> getCategories() {
        RankingJson r = getRanking();
        return r.categories().stream()
                .map(c -> new CategoryStandings(c, r.standings().stream().filter(s -> s.category().equals(c.code())).toList())).toList();
    }

    /** every reviewer's total for a nomination, the reviewer by name as every page names people: "评委 厉志远 77 · …" */
    public String totals(StandingJson s) {
        return String.join(" · ", s.totals().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> names.of(e.getKey()) + " " + page.score(e.getValue())).toList());
    }

    /** winners may be chosen (again) until the list is published */
    public boolean isDeciding() {
        String status = getCycle().status();
        return CycleStatus.OPEN.name().equals(status) || CycleStatus.DECIDED.name().equals(status);
    }

    public boolean isPublishable() {
        return CycleStatus.DECIDED.name().equals(getCycle().status());
    }

    public boolean isFinalizable() {
        return CycleStatus.PUBLISHED.name().equals(getCycle().status());
    }

    /** whether the notice period has run out, so the list may be made final */
    public boolean isNoticeOver() {
        return getCycle().noticeEndsOn() != null && !page.today().isBefore(getCycle().noticeEndsOn());
    }

    public RankingJson getRanking() {
        if (!page.locale().equals(readIn)) {
            refresh();
        }
        return ranking;
    }

    public CycleJson getCycle() {
        getRanking();
        return cycle;
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public long getId() { return id; }
    public Decision getDecision() { return decision; }
    public Integer getNoticeDays() { return noticeDays; }
    public void setNoticeDays(Integer noticeDays) { this.noticeDays = noticeDays; }
}
