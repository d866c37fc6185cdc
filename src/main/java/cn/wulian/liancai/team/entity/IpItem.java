package cn.wulian.liancai.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** An intellectual property item a team holds: a patent, a software copyright, a trademark. */
@Embeddable
public class IpItem {

    public enum Kind { INVENTION_PATENT, UTILITY_PATENT, DESIGN_PATENT, SOFTWARE_COPYRIGHT, TRADEMARK }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "title")
    private String title;
    @Column(name = "reference_no")
    private String number;
    @Column(name = "granted_on")
    private LocalDate grantedOn;

    protected IpItem() {
    }

    public IpItem(Kind kind, String title, String number, LocalDate grantedOn) {
        this.kind = kind;
        this.title = title;
        this.number = number;
        this.grantedOn = grantedOn;
    }

    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getNumber() { return number; }
    public LocalDate getGrantedOn() { return grantedOn; }
}
