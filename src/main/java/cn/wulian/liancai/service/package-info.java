/**
 * Owns the one-stop service for returning talents (一体化全链条服务): the service requests (服务事项) a
 * talent, their team or their project brings to the office — housing, schooling for the children, a
 * job for the spouse, company registration and permits, financing — and how fast the county's
 * departments settle them.
 * <p>
 * Rules: the kinds of request, the departments and the office calendar (holidays on weekdays and
 * weekend days worked in exchange) are data the office keeps ({@code data-seed/service_kinds.csv},
 * {@code departments.csv}, {@code working_calendar.csv} as the first set). A request is due its
 * kind's target in working days after the day it was received, counted when it is filed: later
 * edits of the kind or the calendar do not move a promise made. Received → assigned (a department
 * and an office officer) → in progress → resolved (how, on which day) → closed with the talent's
 * satisfaction 1–5; a resolved or closed request may be reopened, and then counts as open again with
 * its due day unchanged. On time means resolved on or before the due day. Every step is kept with
 * who, when and a note.
 * <p>
 * Who: office staff file for anyone and take every step; a platform manager files for their
 * platform's teams and projects, follows those (any other id is refused alike, 403) and adds notes;
 * reviewers have no business here. The catalogue is read by both and changed by the office.
 * <p>
 * It uses talent, team, project (the subjects, through {@code rules.boundary.Subjects}) and account
 * (the officers). Lower features learn of it through their contracts: {@code TalentLinks} (the
 * talent's profile lists the requests), {@code TalentMergeParticipant} (a merge moves them),
 * {@code Referrers} (a talent, team, project, platform or account a request names is not deleted),
 * {@code WorkCount} (the badge of the officer's reminders) and {@code Exportable} (the list as a file).
 */
package cn.wulian.liancai.service;
