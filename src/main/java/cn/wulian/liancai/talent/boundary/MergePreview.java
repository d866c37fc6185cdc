package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The merge screen's content: both records as the reader may see them, the fields whose values
 * differ with the default pick each, and what would move from the merged record to the survivor.
 */
public record MergePreview(TalentJson survivor, TalentJson merged, List<String> differing, Map<String, String> defaults,
                           Map<String, String> survivorValues, Map<String, String> mergedValues, List<MergeJson.Moved> moves) implements Serializable {
}
