package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A step of another feature's record that belongs on the talent's contact timeline beside the
 * contacts the office logged: a service request received, assigned, settled, rated. Words, not
 * codes: the feature that knows the record says it in the reader's language.
 *
 * @param kind   the record's kind, as the profile's linked records name it
 * @param record what the record is ("服务事项 #12 · 住房保障")
 * @param what   what happened ("交办 · 住建局 · 张科长")
 * @param note   the words recorded with the step, if any
 * @param by     the display name of who recorded it
 * @param href   the record's page, relative to the application
 */
public record TalentEvent(LocalDateTime at, TalentLink.Kind kind, String record, String what, String note, String by, String href)
        implements Serializable {
}
