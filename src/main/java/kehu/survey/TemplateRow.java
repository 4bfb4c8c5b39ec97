package kehu.survey;

import java.time.Instant;

/**
 * A questionnaire template in the list.
 *
 * @param publishedVersionId the version new campaigns use, null before the first publication
 * @param draftVersionId     the version being edited, null when none
 */
public record TemplateRow(long templateId, String name, int latestVersionNo, VersionStatus latestStatus,
                          Long publishedVersionId, Integer publishedVersionNo, Long draftVersionId, Instant updatedAt) {
}
