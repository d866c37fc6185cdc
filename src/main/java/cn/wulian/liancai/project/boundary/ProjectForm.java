package cn.wulian.liancai.project.boundary;

import cn.wulian.liancai.talent.boundary.TalentForm;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The project form's state. {@link #toInput()} makes the same {@link ProjectInput} the REST API
 * receives; only the inputs of the chosen recommender kind are sent, so switching the kind does not
 * leave a hidden name behind.
 */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Long teamId;
    private String leadTalent;
    private String platform;
    private String industry;
    private String township;
    private String location;
    private BigDecimal plannedInvestment;
    private BigDecimal actualInvestment;
    private String countyLeader;
    private String recommenderKind;
    private String recommenderTalent;
    private String recommenderUsername;
    private String recommenderName;
    private BigDecimal recommenderReward;
    private LocalDate openedOn;
    private String description;
    private Long version;

    public ProjectForm() {
    }

    /** a new project's form: talks began today */
    public ProjectForm(LocalDate today) {
        this.openedOn = today;
    }

    public static ProjectForm of(ProjectJson p) {
        ProjectForm f = new ProjectForm();
        f.title = p.title();
        f.teamId = p.teamId();
        // a team's project without a lead of its own shows the team's leader, which is what it stores
        f.leadTalent = p.leadTalentId() == null ? null : TalentForm.talentLabel(p.leadTalentName(), p.leadTalentId());
        f.platform = p.platform();
        f.industry = p.industry();
        f.township = p.township();
        f.location = p.location();
        f.plannedInvestment = p.plannedInvestment();
        f.actualInvestment = p.actualInvestment();
        f.countyLeader = p.countyLeader();
        f.recommenderKind = p.recommenderKind();
        f.recommenderTalent = p.recommenderTalentId() == null ? null : TalentForm.talentLabel(p.recommender(), p.recommenderTalentId());
        f.recommenderUsername = p.recommenderUsername();
        f.recommenderName = p.recommenderName();
        f.recommenderReward = p.recommenderReward();
        f.openedOn = p.openedOn();
        f.description = p.description();
        f.version = p.version();
        return f;
    }

    public ProjectInput toInput() {
        boolean talent = "TALENT".equals(recommenderKind);
        boolean staff = "STAFF".equals(recommenderKind);
        boolean outsider = "OUTSIDER".equals(recommenderKind);
        return new ProjectInput(title, teamId, TalentForm.picked(leadTalent), teamId == null ? platform : null, industry, township, location,
                plannedInvestment, actualInvestment, countyLeader, blank(recommenderKind) ? null : recommenderKind,
                talent ? TalentForm.picked(recommenderTalent) : null, staff ? recommenderUsername : null, outsider ? recommenderName : null,
                recommenderReward, openedOn, description, version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getLeadTalent() { return leadTalent; }
    public void setLeadTalent(String leadTalent) { this.leadTalent = leadTalent; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public BigDecimal getPlannedInvestment() { return plannedInvestment; }
    public void setPlannedInvestment(BigDecimal plannedInvestment) { this.plannedInvestment = plannedInvestment; }
    public BigDecimal getActualInvestment() { return actualInvestment; }
    public void setActualInvestment(BigDecimal actualInvestment) { this.actualInvestment = actualInvestment; }
    public String getCountyLeader() { return countyLeader; }
    public void setCountyLeader(String countyLeader) { this.countyLeader = countyLeader; }
    public String getRecommenderKind() { return recommenderKind; }
    public void setRecommenderKind(String recommenderKind) { this.recommenderKind = recommenderKind; }
    public String getRecommenderTalent() { return recommenderTalent; }
    public void setRecommenderTalent(String recommenderTalent) { this.recommenderTalent = recommenderTalent; }
    public String getRecommenderUsername() { return recommenderUsername; }
    public void setRecommenderUsername(String recommenderUsername) { this.recommenderUsername = recommenderUsername; }
    public String getRecommenderName() { return recommenderName; }
    public void setRecommenderName(String recommenderName) { this.recommenderName = recommenderName; }
    public BigDecimal getRecommenderReward() { return recommenderReward; }
    public void setRecommenderReward(BigDecimal recommenderReward) { this.recommenderReward = recommenderReward; }
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate openedOn) { this.openedOn = openedOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
