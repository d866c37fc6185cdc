package cn.wulian.liancai.talent.boundary;

import java.util.List;
import java.util.Locale;

/**
 * The contract by which a feature above the talent puts the steps of its records on the talent's
 * contact timeline ({@link TalentProfiles#timeline}): the talent feature may not know them, so each
 * implements this as a CDI bean. The timeline is office staff's, and so is what an implementation returns.
 */
public interface TalentEvents {

    /** the steps of the records naming the talent, in any order */
    List<TalentEvent> of(long talentId, Locale locale);
}
