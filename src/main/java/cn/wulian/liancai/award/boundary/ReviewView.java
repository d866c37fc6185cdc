package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.ReviewJson;
import cn.wulian.liancai.shared.FileSizes;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One review ({@code ?id=} the assignment): the nominee (no contact data), the evidence from the
 * records (teams, projects, jobs, investment), the statement and achievements, the files, the rubric
 * with its guidance, a score and a comment per criterion and the running total out of 100 with how
 * it is made. 上一个 / 下一个 with 第 n / m walk this year's queue ({@code &unscored=true}: only the
 * sheets still to submit). A draft is saved on every change until the review is submitted; a submitted review may be
 * changed with a reason. Only after submitting does the reviewer see the other reviewers' sheets,
 * by letter; the facade enforces it, and refuses (403) an assignment that is not the caller's or
 * that they have stepped aside from. Declaring a conflict leads back to the queue.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reviewForm";
    static final String CONFLICT_FORM = "conflictForm";

    @Inject
    Reviews reviews;

    @Inject
    Nominations nominations;

    @Inject
    ReviewQueueView queue;

    @Inject
    AwardPage page;

    private String idParam;
    private long id;
    private ReviewJson review;
    private Locale readIn;
    private ReviewForm form;
    private Instant draftSavedAt;
    /** why the last automatic save was refused (a score out of its range), said where "saved at" stood; null once one succeeds */
    private String draftProblem;
    private String draftLeftOut;
    private boolean attempted;
    private String conflictReason;
    private boolean unscored;
    /** read once per view: the walk is the queue as it was when the sheet was opened */
    private ReviewQueue.Position position;

    /** f:viewAction: the caller's own assignment, once per view */
    public void load() {
        if (review == null) {
            id = UrlIds.parse(idParam, "review");
            review = reviews.find(id, page.locale());
            readIn = page.locale();
            form = ReviewForm.of(review);
        }
    }

    /** a score or comment changed: kept as the draft while nothing is submitted (a change of a submitted review waits for its reason) */
    public void autosave() {
        if (review.reviewOpen() && !isSubmitted()) {
            saveQuietly();
        }
    }

    public void saveDraft() {
        if (saveQuietly()) {
            FacesErrors.info("awards.review.draftSaved");
        }
    }

    private boolean saveQuietly() {
        // a refusal is put beside the fields, a save from another tab in between is said so; nothing else is lost
        boolean saved = FacesErrors.attempt(FORM, () -> reviews.saveDraft(id, form.toDraftInput(review.version()), page.locale())).map(s -> {
            review = s;
            draftSavedAt = page.now();
            return true;
        }).orElse(false);
        draftProblem = saved ? null : FacesErrors.firstError();
        // the rest is kept; a score outside its range is said beside the draft's state, and stays on the page to mend
        List<ReviewForm.Row> out = form.getOutOfRange();
        draftLeftOut = out.isEmpty() ? null : out.size() == 1
                ? Messages.text(page.locale(), "awards.review.draftLeftOut", out.getFirst().getName(), out.getFirst().getScore(),
                        out.getFirst().getMin(), out.getFirst().getMax())
                // each named: "the rest is saved" after one of several was misleading
                : Messages.text(page.locale(), "awards.review.draftLeftOutMany", out.stream().map(r -> Messages.text(page.locale(),
                        "awards.review.outOfRange", r.getName(), r.getScore(), r.getMin(), r.getMax())).collect(Collectors.joining("、")));
        return saved;
    }

    public String getDraftProblem() {
        return draftProblem;
    }

    /** a submission was tried: the criteria without a score are marked from then on, not before the reviewer got to them */
    public boolean isAttempted() {
        return attempted;
    }

    /** a score the draft left out, in words; null when none */
    public String getDraftLeftOut() {
        return draftLeftOut;
    }

    public void submit() {
        int before = review.submittedRevision();
        attempted = true;
        FacesErrors.attempt(FORM, () -> reviews.submit(id, form.toInput(review.version()), page.locale())).ifPresent(saved -> {
            review = saved;
            form = ReviewForm.of(saved);
            draftSavedAt = null;
            // the same submission again (a double click) is answered as it stands, as submitted: no change was made
            boolean change = before > 0 && saved.submittedRevision() > before;
            FacesErrors.info(!change ? "awards.review.submitted" : "CHANGE".equals(saved.flagged()) ? "awards.review.changedFlagged"
                    : "awards.review.changed", saved.submittedRevision());
        });
    }

    /** steps aside from the nomination, with the reason; back to the queue */
    public String declareConflict() {
        return FacesErrors.attempt(CONFLICT_FORM, () -> {
            reviews.declareConflict(id, conflictReason);
            return true;
        }).map(done -> {
            FacesErrors.infoAfterRedirect("awards.review.declared", review.nomination().nominee());
            return "/awards/reviews?faces-redirect=true";
        }).orElse(null);
    }

    public boolean isSubmitted() {
        return review.submittedRevision() > 0;
    }

    /** whether the sheet may be changed now: the review window is open */
    public boolean isEditable() {
        return review.reviewOpen();
    }

    /** where this sheet stands in the reviewer's walk through this year's queue (only the unscored, if they chose so) */
    public ReviewQueue.Position getPosition() {
        if (position == null) {
            position = queue.position(id, unscored);
        }
        return position;
    }

    public boolean isUnscored() { return unscored; }
    public void setUnscored(boolean unscored) { this.unscored = unscored; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public long getId() { return id; }
    /** the review as last read; read again (the sheet as typed kept) when the page's language changes */
    private final NominationFiles files = new NominationFiles();

    /** the evidence attached to the nomination under review */
    public List<cn.wulian.liancai.award.entity.Attachment.Info> getFiles() {
        return files.of(nominations, review.nomination().id());
    }

    public org.primefaces.model.StreamedContent download(long attachment) {
        return files.download(nominations, review.nomination().id(), attachment);
    }

    public String size(long bytes) {
        return FileSizes.text(bytes);
    }

    public ReviewJson getReview() {
        if (!page.locale().equals(readIn)) {
            readIn = page.locale();
            review = reviews.find(id, readIn);
        }
        return review;
    }

    public ReviewForm getForm() { return form; }
    public Instant getDraftSavedAt() { return draftSavedAt; }
    public String getConflictReason() { return conflictReason; }
    public void setConflictReason(String conflictReason) { this.conflictReason = conflictReason; }
}
