package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The contact log form's state; becomes the same {@link InteractionInput} the API takes. */
public class InteractionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind = "VISIT";
    private LocalDateTime occurredAt;
    private String place;
    private String participants;
    private String summary;
    private String agreedActions;
    private LocalDate followUpOn;

    public InteractionForm() {
    }

    public InteractionForm(LocalDateTime now) {
        this.occurredAt = now.withSecond(0).withNano(0);
    }

    public InteractionInput toInput() {
        return new InteractionInput(kind, occurredAt, place, participants, summary, agreedActions, followUpOn);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAgreedActions() { return agreedActions; }
    public void setAgreedActions(String agreedActions) { this.agreedActions = agreedActions; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
}
