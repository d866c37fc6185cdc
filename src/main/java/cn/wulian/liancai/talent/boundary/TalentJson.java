package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A talent as the caller may see it: personal fields are masked when {@code masked} is true;
 * {@code notes}, the office's internal notes, is null (absent from the JSON) for a caller who may
 * not read them ({@code CurrentUser.maySeeInternalNotes}). {@code erasedAt} is set once the
 * person's identifying data was erased at their request; {@code importId} is the import it came with.
 * {@code returnedOn} is the day a returned (or since inactive) talent came home.
 * {@code version} must be sent back on update.
 */
public record TalentJson(
        long id, String name, String gender, Integer birthYear, String township, String townshipCode,
        String village, String degree, String school, String major, Integer graduationYear,
        String city, String employer, String title, List<String> expertise,
        String phone, String email, String wechat, String stage, LocalDate returnedOn,
        String liaison, String liaisonName, Long referrerId, String referrerTalentName, String referrerName, String notes,
        boolean masked, Instant createdAt, Instant updatedAt, Instant erasedAt, Long importId, long version) implements Serializable {
}
