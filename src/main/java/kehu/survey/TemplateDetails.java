package kehu.survey;

import java.util.List;

/** A template with its newest version (draft or frozen) and the history of its versions, newest first. */
public record TemplateDetails(long templateId, String name, Questionnaire latest, List<VersionRow> versions) {

    public boolean hasDraft() {
        return latest.status() == VersionStatus.DRAFT;
    }
}
