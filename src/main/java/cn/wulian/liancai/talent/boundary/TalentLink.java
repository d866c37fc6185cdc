package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
/**
 * A record of a higher feature that names a talent, as the talent's profile lists it: a team they
 * lead or belong to, a project they lead or recommended, an application for them, a nomination or
 * an award. Codes, not words, so that the page and the API each say them in the reader's language.
 *
 * @param label  the name a person recognises (a team's name, a project's title, a policy's name …)
 * @param role   the part the talent plays, the suffix of a {@code reference.role.*} message key
 * @param status the record's state: the feature's own code (a team's status, a project's stage,
 *               an application's status) or, for nominations, {@code IN_REVIEW}, {@code WON}, {@code NOT_CHOSEN}
 * @param href   the record's page, relative to the application
 */
public record TalentLink(Kind kind, long id, String label, String role, String status, String href) implements Serializable {

    /** the kinds in the order the profile shows them */
    public enum Kind {
        TEAM, PROJECT, APPLICATION, SERVICE_REQUEST, NOMINATION, AWARD;

        public String messageKey() {
            return "talent.links.kind." + name();
        }
    }

    public String roleKey() {
        return "reference.role." + role;
    }

    /** the message that names the status: each feature's enum has its words already, nominations have theirs here */
    public String statusKey() {
        return switch (kind) {
            case TEAM -> "enum.TeamStatus." + status;
            case PROJECT -> "enum.ProjectStage." + status;
            case APPLICATION -> "enum.ApplicationStatus." + status;
            case SERVICE_REQUEST -> "enum.ServiceStatus." + status;
            case NOMINATION, AWARD -> "talent.links.nomination." + status;
        };
    }
}
