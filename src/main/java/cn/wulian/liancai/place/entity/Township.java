package cn.wulian.liancai.place.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/**
 * A township-level unit (乡镇/街道) of Wulian county, identified by the statistics bureau's code.
 * The list changes with redistricting, so it is seed data, never code.
 */
@Entity
@NamedQuery(name = Township.ALL, query = "select t from Township t order by t.code")
public class Township {

    public static final String ALL = "Township.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private String kind;

    protected Township() {
    }

    public Township(String code, String name, String nameEn, String kind) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    /** takes the names and kind of a newer edition of the statistics list; the code stays */
    public boolean revise(String name, String nameEn, String kind) {
        boolean changed = !java.util.Objects.equals(this.name, name) || !java.util.Objects.equals(this.nameEn, nameEn)
                || !java.util.Objects.equals(this.kind, kind);
        this.name = name;
        this.nameEn = nameEn;
        this.kind = kind;
        return changed;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getKind() { return kind; }

    /** the name in the reader's language: English where one is recorded */
    public String label(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
