package cn.wulian.liancai.team.entity;

import cn.wulian.liancai.talent.entity.Talent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A member of a team: a registered talent, or an outside person by name and role. */
@Embeddable
public class TeamMember {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "talent_id")
    private Talent talent;
    @Column(name = "outside_name")
    private String outsideName;
    @Column(name = "outside_role")
    private String outsideRole;
    @Column(name = "role")
    private String role;

    protected TeamMember() {
    }

    public TeamMember(Talent talent, String outsideName, String outsideRole, String role) {
        this.talent = talent;
        this.outsideName = talent == null ? outsideName : null;
        this.outsideRole = talent == null ? outsideRole : null;
        this.role = role;
    }

    public Talent getTalent() { return talent; }
    public String getOutsideName() { return outsideName; }
    public String getOutsideRole() { return outsideRole; }
    public String getRole() { return role; }

    public String displayName() {
        return talent != null ? talent.getName() : outsideName;
    }
}
