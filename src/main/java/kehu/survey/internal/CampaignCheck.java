package kehu.survey.internal;

import java.util.ArrayList;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.survey.CampaignForm;
import kehu.survey.TargetMode;
import kehu.survey.VersionStatus;

/**
 * What a campaign plan must hold: a title (≤ 100), an optional purpose (≤ 1000), a published questionnaire
 * version, a channel, a period whose end is not before its start, a target mode with its class, and a sample
 * size of 1 to {@value #MAX_SAMPLE} when sampling.
 */
public final class CampaignCheck {

    public static final int MAX_SAMPLE = 100_000;

    private CampaignCheck() {
    }

    public static CampaignForm checked(CampaignForm form, TemplateVersions versions) {
        var problems = new ArrayList<FieldViolation>();
        var title = TemplateCheck.strip(form.title());
        if (title == null) {
            problems.add(new FieldViolation("title", "validation.required"));
        } else if (title.length() > 100) {
            problems.add(new FieldViolation("title", "validation.tooLong", 100));
        } else if (!TemplateCheck.plain(title)) {
            problems.add(new FieldViolation("title", "validation.plainText"));
        }
        var purpose = TemplateCheck.strip(form.purpose());
        if (purpose != null && purpose.length() > 1000) {
            problems.add(new FieldViolation("purpose", "validation.tooLong", 1000));
        }
        if (form.templateVersionId() == null) {
            problems.add(new FieldViolation("templateVersionId", "validation.required"));
        } else if (versions.findById(form.templateVersionId()).filter(v -> v.getStatus() == VersionStatus.PUBLISHED).isEmpty()) {
            problems.add(new FieldViolation("templateVersionId", "survey.campaign.versionNotPublished"));
        }
        if (form.channel() == null) {
            problems.add(new FieldViolation("channel", "validation.required"));
        }
        if (form.startsOn() == null) {
            problems.add(new FieldViolation("startsOn", "validation.required"));
        }
        if (form.endsOn() == null) {
            problems.add(new FieldViolation("endsOn", "validation.required"));
        } else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add(new FieldViolation("endsOn", "survey.campaign.endBeforeStart"));
        }
        if (form.targetMode() == null) {
            problems.add(new FieldViolation("targetMode", "validation.required"));
        } else if (form.targetMode() == TargetMode.ABC_CLASS && form.abcClass() == null) {
            problems.add(new FieldViolation("abcClass", "survey.campaign.abcClassRequired"));
        } else if (form.targetMode() == TargetMode.VALUE_CLASS && form.valueClass() == null) {
            problems.add(new FieldViolation("valueClass", "survey.campaign.valueClassRequired"));
        }
        if (form.sampleSize() != null && (form.sampleSize() < 1 || form.sampleSize() > MAX_SAMPLE)) {
            problems.add(new FieldViolation("sampleSize", "survey.campaign.sampleSizeRange", 1, MAX_SAMPLE));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new CampaignForm(title, purpose, form.templateVersionId(), form.channel(), form.startsOn(), form.endsOn(),
                form.targetMode(), form.abcClass(), form.valueClass(), form.sampleSize());
    }
}
