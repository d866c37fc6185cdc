package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.audit.AuditRow;
import cn.wulian.liancai.shared.reference.Reference;
import java.util.List;

/**
 * Everything the office holds about one talent, for the person who asks (PIPL access): the
 * profile unmasked, the contact log, the relations to other people, every record that names them
 * (teams, projects, applications, nominations, accounts) and the audit trail of who changed and who
 * saw their data.
 */
public record PersonalDataReport(TalentJson profile, List<InteractionJson> contacts, List<RelationJson> relations,
                                 List<Reference> records, List<AuditRow> audit) {

    /** the records that name the person are listed up to this many (a person is named by a handful) */
    static final int MOST_RECORDS = 1000;
}
