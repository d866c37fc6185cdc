package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Neighbours;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.ListQueries;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.shared.web.UrlIds;
import cn.wulian.liancai.talent.control.DuplicateCandidate;
import jakarta.faces.view.ViewScoped;
import org.primefaces.model.StreamedContent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A talent's file (一人一档), on screen and as a print view: the header, the contact timeline (its
 * form opens on demand), the records naming the talent, details and relations, and the way to the
 * previous and next talent of the list it was opened from ({@code ?from=}, the list's query), or of
 * the search results it was opened from ({@code ?search=}, the search's words).
 * Staff see and change everything; a platform manager sees a masked, read-only profile.
 */
@Named
@ViewScoped
public class TalentProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** as many contacts as leave the print view on one A4 page with a full header and a few linked records */
    static final int PRINTED_CONTACTS = 8;

    @Inject
    Talents talents;

    @Inject
    CurrentUser user;

    @Inject
    TalentMerges merges;

    @Inject
    Clock clock;

    @Inject
    LocaleView locale;

    @Inject
    TalentProfiles profiles;

    private String idParam;
    private Long id;
    private TalentJson talent;
    private List<InteractionJson> interactions;
    private List<TimelineEntry> timeline;
    private List<RelationJson> relations;
    private InteractionForm contact;
    private String relationOther;
    private String relationKind;
    private String relationNote;
    private String erasureReason;
    private List<DuplicateCandidate> maybeTheSame = List.of();
    private List<MergeJson> mergedFrom;
    private List<TalentLink> links;
    private String from;
    private String search;
    private Neighbours neighbours;

    /** a record merged into another opens the survivor, with a note saying so */
    public String load() {
        if (talent == null) {
            id = UrlIds.parse(idParam, "talent");
            Long survivor = talents.survivorOf(id);
            if (survivor != null) {
                FacesErrors.infoAfterRedirect("merge.redirected", id, survivor);
                return "/talents/profile?faces-redirect=true&id=" + survivor;
            }
            refresh();
            contact = new InteractionForm(LocalDateTime.now(clock));
            if (search != null) {
                neighbours = profiles.neighboursInSearch(id, search);
            } else if (from != null) {
                neighbours = profiles.neighbours(id, ListQueries.decode(from, TalentsResource.FILTERS));
            }
        }
        return null;
    }

    private void refresh() {
        talent = talents.find(id);
        timeline = user.isStaff() ? profiles.timeline(id, locale.getLocale()) : List.of();
        interactions = timeline.stream().map(TimelineEntry::contact).filter(java.util.Objects::nonNull).toList();
        relations = talents.relations(id);
        mergedFrom = merges.undoableInto(id);
        maybeTheSame = merges.mayBeTheSame(id);
        links = profiles.links(id, locale.getLocale());
    }

    /** "撤销合并": both records and every moved reference as they were; refused, saying what changed, once anything did */
    public void undoMerge(long mergeId) {
        FacesErrors.attempt("mergedFrom", () -> merges.undo(mergeId)).ifPresent(done -> {
            refresh();
            FacesErrors.info("merge.undo.done", done.survivorId(), done.mergedId());
        });
    }

    public void logContact() {
        try {
            talents.log(id, contact.toInput());
            contact = new InteractionForm(LocalDateTime.now(clock));
            refresh();
            FacesErrors.info("interaction.saved");
        } catch (DomainViolation e) {
            FacesErrors.show(e, "contactForm");
        }
    }

    public void addRelation() {
        try {
            Long other = TalentForm.talentId(relationOther);
            talents.relate(id, new RelationInput(other, relationKind, relationNote));
            relationOther = null;
            relationNote = null;
            refresh();
            FacesErrors.info("relation.saved");
        } catch (DomainViolation e) {
            FacesErrors.show(e, "relationForm");
        }
    }

    /** the relation's removal, asked first on the page */
    public void removeRelation(long relationId) {
        talents.unrelate(id, relationId);
        refresh();
        FacesErrors.info("relation.removed");
    }

    /** everything held about the person, as a workbook to hand them (PIPL access) */
    public StreamedContent personalData() {
        return FacesDownloads.xlsx(talents.personalDataWorkbook(id, locale.getLocale()),
                Messages.text(locale.getLocale(), "privacy.file") + " " + id);
    }

    /** erasure on the person's request; the page shows the placeholder afterwards */
    public void erase() {
        FacesErrors.attempt("erasure", () -> talents.erase(id, new ErasureInput(talent.version(), erasureReason))).ifPresent(done -> {
            erasureReason = null;
            refresh();
            FacesErrors.info("privacy.erased");
        });
    }

    /** a talent a team or project names is refused with the reason, and the profile stays */
    public String delete() {
        return FacesErrors.attempt("actions", () -> {
            talents.remove(id);
            return Boolean.TRUE;
        }).map(done -> {
            FacesErrors.infoAfterRedirect("talent.deleted");
            return "/talents/list?faces-redirect=true";
        }).orElse(null);
    }

    /** the records naming the talent, of one kind */
    public List<TalentLink> links(String kind) {
        return links.stream().filter(l -> l.kind().name().equals(kind)).toList();
    }

    public List<TalentLink.Kind> getLinkKinds() {
        return List.of(TalentLink.Kind.values());
    }

    /** the print view's share of the contact log: the newest few, the rest counted */
    public List<InteractionJson> getLatestContacts() {
        return interactions.subList(0, Math.min(PRINTED_CONTACTS, interactions.size()));
    }

    public java.time.Instant getPrintedAt() {
        return clock.instant();
    }

    public ContactSummary getSummary() {
        return ContactSummary.of(interactions);
    }

    public Long getId() { return id; }
    public List<TalentLink> getLinks() { return links; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from == null || from.isBlank() ? null : from; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search == null || search.isBlank() ? null : search; }
    public Neighbours getNeighbours() { return neighbours; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public TalentJson getTalent() { return talent; }
    public List<InteractionJson> getInteractions() { return interactions; }
    public List<TimelineEntry> getTimeline() { return timeline; }
    public List<RelationJson> getRelations() { return relations; }
    public List<MergeJson> getMergedFrom() { return mergedFrom; }
    public List<DuplicateCandidate> getMaybeTheSame() { return maybeTheSame; }
    public InteractionForm getContact() { return contact; }
    public String getRelationOther() { return relationOther; }
    public void setRelationOther(String relationOther) { this.relationOther = relationOther; }
    public String getRelationKind() { return relationKind; }
    public void setRelationKind(String relationKind) { this.relationKind = relationKind; }
    public String getRelationNote() { return relationNote; }
    public String getErasureReason() { return erasureReason; }
    public void setErasureReason(String erasureReason) { this.erasureReason = erasureReason; }
    public void setRelationNote(String relationNote) { this.relationNote = relationNote; }
}
