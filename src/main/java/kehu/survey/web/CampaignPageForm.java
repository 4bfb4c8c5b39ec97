package kehu.survey.web;

import java.time.LocalDate;

import kehu.customer.AbcClass;
import kehu.customer.ValueClass;
import kehu.survey.CampaignDetails;
import kehu.survey.CampaignForm;
import kehu.survey.Channel;
import kehu.survey.TargetMode;

import org.springframework.format.annotation.DateTimeFormat;

/** The campaign plan form of the pages; {@code sample} switches the sample size on. */
public class CampaignPageForm {

    private String title;
    private String purpose;
    private Long templateVersionId;
    private Channel channel = Channel.PHONE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private TargetMode targetMode = TargetMode.ALL;
    private AbcClass abcClass;
    private ValueClass valueClass;
    private Integer sampleSize;

    static CampaignPageForm startingOn(LocalDate today) {
        var form = new CampaignPageForm();
        form.startsOn = today;
        form.endsOn = today.plusMonths(1);
        return form;
    }

    static CampaignPageForm of(CampaignDetails d) {
        var form = new CampaignPageForm();
        form.title = d.title();
        form.purpose = d.purpose();
        form.templateVersionId = d.questionnaire().versionId();
        form.channel = d.channel();
        form.startsOn = d.startsOn();
        form.endsOn = d.endsOn();
        form.targetMode = d.targetMode();
        form.abcClass = d.abcClass();
        form.valueClass = d.valueClass();
        form.sampleSize = d.sampleSize();
        return form;
    }

    CampaignForm toForm() {
        return new CampaignForm(title, purpose, templateVersionId, channel, startsOn, endsOn, targetMode, abcClass,
                valueClass, sampleSize);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getTemplateVersionId() {
        return templateVersionId;
    }

    public void setTemplateVersionId(Long templateVersionId) {
        this.templateVersionId = templateVersionId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public TargetMode getTargetMode() {
        return targetMode;
    }

    public void setTargetMode(TargetMode targetMode) {
        this.targetMode = targetMode;
    }

    public AbcClass getAbcClass() {
        return abcClass;
    }

    public void setAbcClass(AbcClass abcClass) {
        this.abcClass = abcClass;
    }

    public ValueClass getValueClass() {
        return valueClass;
    }

    public void setValueClass(ValueClass valueClass) {
        this.valueClass = valueClass;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(Integer sampleSize) {
        this.sampleSize = sampleSize;
    }
}
