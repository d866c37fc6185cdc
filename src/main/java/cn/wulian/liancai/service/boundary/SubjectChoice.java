package cn.wulian.liancai.service.boundary;

import java.io.Serializable;

/** A talent, team or project a request may be filed for, as the picker lists it: the name and what tells it apart. */
public record SubjectChoice(String kind, long id, String label, String detail) implements Serializable {

    /** the autocomplete's item value: "TEAM:12" */
    public String key() {
        return kind + ":" + id;
    }
}
