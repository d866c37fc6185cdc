package cn.wulian.liancai.team.boundary;

import cn.wulian.liancai.talent.boundary.TalentForm;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The team form's state, with its three editable lists. {@link #toInput()} makes the same
 * {@link TeamInput} the REST API receives; rows left entirely empty are dropped, not refused.
 */
public class TeamForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String platform;
    private String leader;
    private String field;
    private LocalDate foundedOn;
    private Integer headcount;
    private String companyName;
    private String creditCode;
    private LocalDate incubationStart;
    private LocalDate incubationEnd;
    private String description;
    private final List<MemberRow> members = new ArrayList<>();
    private final List<IpRow> ip = new ArrayList<>();
    private final List<FinancingRow> financing = new ArrayList<>();
    private Long version;

    public static TeamForm of(TeamJson t) {
        TeamForm f = new TeamForm();
        f.name = t.name();
        f.platform = t.platform();
        f.leader = t.leaderId() == null ? null : TalentForm.talentLabel(t.leaderName(), t.leaderId());
        f.field = t.field();
        f.foundedOn = t.foundedOn();
        f.headcount = t.headcount();
        f.companyName = t.companyName();
        f.creditCode = t.creditCode();
        f.incubationStart = t.incubationStart();
        f.incubationEnd = t.incubationEnd();
        f.description = t.description();
        for (TeamJson.Member m : t.members()) {
            MemberRow row = new MemberRow();
            if (m.talentId() != null) {
                row.talent = TalentForm.talentLabel(m.name(), m.talentId());
            } else {
                row.name = m.name();
            }
            row.outsideRole = m.outsideRole();
            row.role = m.role();
            f.members.add(row);
        }
        for (TeamJson.Ip i : t.ip()) {
            IpRow row = new IpRow();
            row.kind = i.kind();
            row.title = i.title();
            row.number = i.number();
            row.grantedOn = i.grantedOn();
            f.ip.add(row);
        }
        for (TeamJson.Financing x : t.financing()) {
            FinancingRow row = new FinancingRow();
            row.closedOn = x.closedOn();
            row.amount = x.amount();
            row.investor = x.investor();
            row.round = x.round();
            f.financing.add(row);
        }
        f.version = t.version();
        return f;
    }

    public TeamInput toInput() {
        List<TeamInput.Member> m = members.stream().filter(r -> !r.isBlank()).map(MemberRow::toInput).toList();
        List<TeamInput.Ip> i = ip.stream().filter(r -> !r.isBlank())
                .map(r -> new TeamInput.Ip(r.kind, r.title, r.number, r.grantedOn)).toList();
        List<TeamInput.Financing> x = financing.stream().filter(r -> !r.isBlank())
                .map(r -> new TeamInput.Financing(r.closedOn, r.amount, r.investor, r.round)).toList();
        return new TeamInput(name, platform, TalentForm.picked(leader), field, foundedOn, headcount, companyName, creditCode,
                incubationStart, incubationEnd, description, m, i, x, version);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** a member: a talent from the registry (picker label "name (#id)") or an outside person */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String talent;
        private String name;
        private String outsideRole;
        private String role;

        boolean isBlank() {
            return blank(talent) && blank(name) && blank(outsideRole) && blank(role);
        }

        TeamInput.Member toInput() {
            // a name typed into the picker and not chosen is asked about, not kept as an outside person: it was, for
            // talents in the registry too; outside people have their own fields
            Long id = TalentForm.picked(talent);
            return new TeamInput.Member(id, id == null ? name : null, id == null ? outsideRole : null, role);
        }

        public String getTalent() { return talent; }
        public void setTalent(String talent) { this.talent = talent; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getOutsideRole() { return outsideRole; }
        public void setOutsideRole(String outsideRole) { this.outsideRole = outsideRole; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
    }

    public static class IpRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = "INVENTION_PATENT";
        private String title;
        private String number;
        private LocalDate grantedOn;

        boolean isBlank() {
            return blank(title) && blank(number) && grantedOn == null;
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public LocalDate getGrantedOn() { return grantedOn; }
        public void setGrantedOn(LocalDate grantedOn) { this.grantedOn = grantedOn; }
    }

    public static class FinancingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate closedOn;
        private BigDecimal amount;
        private String investor;
        private String round;

        boolean isBlank() {
            return closedOn == null && amount == null && blank(investor) && blank(round);
        }

        public LocalDate getClosedOn() { return closedOn; }
        public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getInvestor() { return investor; }
        public void setInvestor(String investor) { this.investor = investor; }
        public String getRound() { return round; }
        public void setRound(String round) { this.round = round; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getLeader() { return leader; }
    public void setLeader(String leader) { this.leader = leader; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public Integer getHeadcount() { return headcount; }
    public void setHeadcount(Integer headcount) { this.headcount = headcount; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public LocalDate getIncubationStart() { return incubationStart; }
    public void setIncubationStart(LocalDate incubationStart) { this.incubationStart = incubationStart; }
    public LocalDate getIncubationEnd() { return incubationEnd; }
    public void setIncubationEnd(LocalDate incubationEnd) { this.incubationEnd = incubationEnd; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<MemberRow> getMembers() { return members; }
    public List<IpRow> getIp() { return ip; }
    public List<FinancingRow> getFinancing() { return financing; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
