package kehu.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kehu.customer.CustomerActivityRecorded;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerSummary;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.platform.ApprovalRequest;
import kehu.platform.Approvals;
import kehu.shared.AuditableAction;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;
import kehu.survey.internal.AnswerRecorder;
import kehu.survey.internal.AnswerSet;
import kehu.survey.internal.AnswerSets;
import kehu.survey.internal.AnswerViews;
import kehu.survey.internal.Campaign;
import kehu.survey.internal.CampaignCheck;
import kehu.survey.internal.CampaignTarget;
import kehu.survey.internal.CampaignTargets;
import kehu.survey.internal.Campaigns;
import kehu.survey.internal.ImprovementAction;
import kehu.survey.internal.ImprovementActions;
import kehu.survey.internal.ItemAggregation;
import kehu.survey.internal.TargetSelection;
import kehu.survey.internal.TemplateVersion;
import kehu.survey.internal.TemplateVersions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey campaigns (SUR-2): plan, approval (business type {@value #BUSINESS_TYPE} in the approvals engine),
 * start with a fixed target group, responses (one per customer, checked against the questionnaire version),
 * per-item analysis, improvement actions and the follow-up list of respondents who raised issues.
 *
 * <p>Each response adds a {@link CustomerActivityRecorded} to the customer's timeline (a follow-up of the
 * customer when the channel is a call or a visit); a response that raises an issue publishes
 * {@link SurveyIssueRaised}. Every change is audited.
 */
@Service
@Transactional
public class CampaignManagement {

    public static final String BUSINESS_TYPE = "survey.campaign";
    static final String CAMPAIGN = "surveyCampaign";
    static final String TIMELINE_KIND = "survey";

    private final Campaigns campaigns;
    private final CampaignTargets targets;
    private final TemplateVersions versions;
    private final AnswerSets answerSets;
    private final ImprovementActions actions;
    private final AnswerRecorder recorder;
    private final TargetSelection selection;
    private final ItemAggregation aggregation;
    private final Approvals approvals;
    private final CustomerManagement customers;
    private final OrganizationDirectory directory;
    private final SurveySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    CampaignManagement(Campaigns campaigns, CampaignTargets targets, TemplateVersions versions, AnswerSets answerSets,
                       ImprovementActions actions, AnswerRecorder recorder, TargetSelection selection, ItemAggregation aggregation,
                       Approvals approvals,
                       CustomerManagement customers, OrganizationDirectory directory, SurveySettings settings,
                       ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.versions = versions;
        this.answerSets = answerSets;
        this.actions = actions;
        this.recorder = recorder;
        this.selection = selection;
        this.aggregation = aggregation;
        this.approvals = approvals;
        this.customers = customers;
        this.directory = directory;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public List<CampaignRow> list() {
        Map<Long, Long> counts = new HashMap<>();
        answerSets.countsByCampaign().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        Map<Long, TemplateVersion> used = new HashMap<>();
        return campaigns.findAllByOrderByStartsOnDescIdDesc().stream().map(c -> {
            var v = used.computeIfAbsent(c.getTemplateVersionId(), id -> versions.findById(id).orElseThrow());
            return new CampaignRow(c.getId(), c.getTitle(), c.getChannel(), c.getStartsOn(), c.getEndsOn(), c.getStatus(),
                    v.getName(), v.getVersionNo(), c.getTargetCount(), counts.getOrDefault(c.getId(), 0L),
                    directory.displayName(c.getPlannerStaffId()));
        }).toList();
    }

    /** How many campaigns (not rejected) start in the current year, and how many the plan expects. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public YearPlan yearPlan() {
        int year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        long planned = campaigns.countByStartsOnBetweenAndStatusNot(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                CampaignStatus.REJECTED);
        return new YearPlan(year, planned, settings.campaignsPerYear());
    }

    /** Campaigns starting in a year against the expected number. */
    public record YearPlan(int year, long planned, int expected) {

        public boolean behind() {
            return planned < expected;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW_OR_RECORD)
    public CampaignDetails get(long id) {
        return details(campaign(id));
    }

    /** The name of a customer of the campaign's target group; another customer is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW_OR_RECORD)
    public String targetName(long id, long customerId) {
        campaign(id);
        if (!targets.existsByCampaignIdAndCustomerId(id, customerId)) {
            throw new NotFoundException("surveyTarget", customerId);
        }
        return name(customerId);
    }

    /** The target group, one page, by customer id, with who answered. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW_OR_RECORD)
    public Page<TargetRow> targets(long id, Pageable pageable) {
        campaign(id);
        var page = targets.findByCampaignIdOrderByCustomerId(id, pageable);
        var ids = page.getContent().stream().map(CampaignTarget::getCustomerId).toList();
        Map<Long, AnswerSet> answered = new HashMap<>();
        if (!ids.isEmpty()) {
            answerSets.findByCampaignIdAndCustomerIdIn(id, ids).forEach(s -> answered.put(s.getCustomerId(), s));
        }
        return page.map(t -> {
            var set = answered.get(t.getCustomerId());
            return new TargetRow(t.getCustomerId(), name(t.getCustomerId()), set == null ? null : set.getId(),
                    set != null && set.isFollowUp());
        });
    }

    /** Per-item aggregation of the campaign's responses. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public CampaignAnalysis analysis(long id) {
        var campaign = campaign(id);
        var questionnaire = questionnaire(campaign);
        var items = aggregation.of(id, questionnaire);
        long responses = answerSets.countByCampaignId(id);
        double rate = campaign.getTargetCount() == 0 ? 0
                : Math.round(1000.0 * responses / campaign.getTargetCount()) / 10.0;
        return new CampaignAnalysis(details(campaign), responses, rate, answerSets.countByCampaignIdAndFollowUpTrue(id), items);
    }

    /** Respondents who raised an issue, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public Page<FollowUpRow> followUps(long id, Pageable pageable) {
        var questionnaire = questionnaire(campaign(id));
        return answerSets.findByCampaignIdAndFollowUpTrueOrderByAnsweredAtDesc(id, pageable)
                .map(s -> new FollowUpRow(s.getId(), s.getCustomerId(), name(s.getCustomerId()), s.getAnsweredAt(),
                        AnswerViews.issues(s, questionnaire)));
    }

    /** One response of the campaign. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public AnswerSetView response(long id, long answerSetId) {
        var campaign = campaign(id);
        var set = answerSets.findById(answerSetId).filter(s -> s.getCampaignId() != null && s.getCampaignId() == id)
                .orElseThrow(() -> new NotFoundException("surveyResponse", answerSetId));
        return AnswerViews.view(set, questionnaire(campaign));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public List<ActionRow> actions(long id) {
        campaign(id);
        return actions.findByCampaignIdOrderById(id).stream().map(CampaignManagement::row).toList();
    }

    // --- planning and approval ---------------------------------------------------------------------

    /** What is wrong with a plan, without saving anything. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.MANAGE)
    public List<FieldViolation> check(CampaignForm form) {
        try {
            CampaignCheck.checked(form, versions);
            return List.of();
        } catch (DomainException e) {
            return e.violations();
        }
    }

    /** Plans a campaign (DRAFT) for the signed-in person; returns its id. */
    @PreAuthorize(SurveyAccess.MANAGE)
    public long plan(CampaignForm form) {
        var checked = CampaignCheck.checked(form, versions);
        var campaign = campaigns.save(new Campaign(checked, currentStaffId(), seeds.nextLong()));
        audit("survey.campaign.plan", campaign.getId(), null, describe(campaign));
        return campaign.getId();
    }

    /** Changes the plan of a draft or rejected campaign (a rejected one becomes a draft again). */
    @PreAuthorize(SurveyAccess.MANAGE)
    public CampaignDetails revise(long id, CampaignForm form) {
        var campaign = campaign(id);
        if (!campaign.getStatus().editable()) {
            throw new DomainException("survey.campaign.notEditable");
        }
        var checked = CampaignCheck.checked(form, versions);
        var before = describe(campaign);
        campaign.revise(checked, seeds.nextLong());
        campaigns.saveAndFlush(campaign);
        audit("survey.campaign.revise", id, before, describe(campaign));
        return details(campaign);
    }

    /** Sends the plan for approval. */
    @PreAuthorize(SurveyAccess.MANAGE)
    public CampaignDetails submit(long id) {
        var campaign = campaign(id);
        if (!campaign.getStatus().editable()) {
            throw new DomainException("survey.campaign.notEditable");
        }
        if (versions.findById(campaign.getTemplateVersionId()).orElseThrow().getStatus() != VersionStatus.PUBLISHED) {
            throw DomainException.invalid("templateVersionId", "survey.campaign.versionNotPublished");
        }
        long approvalId = approvals.start(new ApprovalRequest(BUSINESS_TYPE, String.valueOf(id), campaign.getTitle(),
                currentStaffId(), campaign.getPlannerStaffId()));
        campaign.submitted(approvalId);
        audit("survey.campaign.submit", id, null, "approval=" + approvalId);
        return details(campaign);
    }

    @ApplicationModuleListener
    void on(ApprovalDecided decided) {
        if (!BUSINESS_TYPE.equals(decided.businessType())) {
            return;
        }
        var campaign = campaigns.findById(Long.valueOf(decided.businessKey())).orElse(null);
        boolean approved = decided.outcome() == ApprovalOutcome.APPROVED;
        if (campaign == null || !campaign.decide(decided.approvalId(), approved, decided.at())) {
            return; // delivered again, or a stale approval: already handled
        }
        events.publishEvent(AuditableAction.of(approved ? "survey.campaign.approved" : "survey.campaign.rejected",
                PersistenceConfiguration.SYSTEM, CAMPAIGN, campaign.getId(), null,
                "approval=" + decided.approvalId() + ", outcome=" + decided.outcome(), clock.instant()));
    }

    // --- running ---------------------------------------------------------------------------------

    /** Starts an approved campaign: draws and fixes the target group. */
    @PreAuthorize(SurveyAccess.MANAGE)
    public CampaignDetails start(long id) {
        var campaign = campaign(id);
        if (campaign.getStatus() != CampaignStatus.APPROVED) {
            throw new DomainException("survey.campaign.notApproved");
        }
        if (LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).isAfter(campaign.getEndsOn())) {
            throw new DomainException("survey.campaign.periodOver");
        }
        var drawn = selection.draw(campaign);
        targets.saveAll(drawn.stream().map(customerId -> new CampaignTarget(id, customerId)).toList());
        var now = clock.instant();
        campaign.start(drawn.size(), now);
        audit("survey.campaign.start", id, null, "targets=" + drawn.size()
                + (campaign.getSampleSeed() == null ? "" : ", sampleSize=" + campaign.getSampleSize()
                + ", seed=" + campaign.getSampleSeed()));
        return details(campaign);
    }

    @PreAuthorize(SurveyAccess.MANAGE)
    public CampaignDetails close(long id) {
        var campaign = campaign(id);
        campaign.close(clock.instant());
        audit("survey.campaign.close", id, null, "responses=" + answerSets.countByCampaignId(id));
        return details(campaign);
    }

    /**
     * Records one customer's answers: the campaign must be running, the customer in its target group and not
     * answered yet. Returns the answer set's id.
     */
    @PreAuthorize(SurveyAccess.RECORD)
    public long recordResponse(long id, Long customerId, AnswerSheet sheet) {
        var campaign = campaign(id);
        campaign.requireRunning();
        if (customerId == null) {
            throw DomainException.invalid("customerId", "validation.required");
        }
        if (!targets.existsByCampaignIdAndCustomerId(id, customerId)) {
            throw DomainException.invalid("customerId", "survey.response.notTarget");
        }
        if (answerSets.existsByCampaignIdAndCustomerId(id, customerId)) {
            throw DomainException.invalid("customerId", "survey.response.duplicate");
        }
        var questionnaire = questionnaire(campaign);
        var set = recorder.record(questionnaire, sheet, id, customerId, AnswerSet.SURVEY, null);
        var now = set.getAnsweredAt();
        events.publishEvent(new CustomerActivityRecorded(customerId, now, TIMELINE_KIND, campaign.getTitle(), null,
                AnswerSet.SURVEY, String.valueOf(set.getId()), campaign.getChannel().personalContact()));
        if (set.isFollowUp()) {
            events.publishEvent(new SurveyIssueRaised(set.getId(), id, campaign.getTitle(), customerId,
                    set.issueItemIds(), now));
        }
        return set.getId();
    }

    // --- improvement actions -----------------------------------------------------------------------

    @PreAuthorize(SurveyAccess.MANAGE)
    public long addAction(long id, ActionForm form) {
        var campaign = campaign(id);
        if (campaign.getStatus() != CampaignStatus.RUNNING && campaign.getStatus() != CampaignStatus.CLOSED) {
            throw new DomainException("survey.action.notStarted");
        }
        var problems = new java.util.ArrayList<FieldViolation>();
        var description = blankToNull(form.description());
        var responsible = blankToNull(form.responsible());
        if (description == null) {
            problems.add(new FieldViolation("description", "validation.required"));
        } else if (description.length() > 1000) {
            problems.add(new FieldViolation("description", "validation.tooLong", 1000));
        }
        if (responsible != null && responsible.length() > 100) {
            problems.add(new FieldViolation("responsible", "validation.tooLong", 100));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var action = actions.save(new ImprovementAction(id, description, responsible, form.dueOn()));
        audit("survey.action.add", id, null, "action=" + action.getId() + ", description=" + description
                + ", responsible=" + responsible + ", due=" + form.dueOn());
        return action.getId();
    }

    @PreAuthorize(SurveyAccess.MANAGE)
    public void completeAction(long id, long actionId, String note) {
        var action = actions.findById(actionId).filter(a -> a.getCampaignId() == id)
                .orElseThrow(() -> new NotFoundException("surveyAction", actionId));
        var text = blankToNull(note);
        if (text != null && text.length() > 500) {
            throw DomainException.invalid("note", "validation.tooLong", 500);
        }
        action.complete(text, clock.instant());
        audit("survey.action.complete", id, null, "action=" + actionId + ", note=" + text);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException(CAMPAIGN, id));
    }

    private Questionnaire questionnaire(Campaign campaign) {
        return versions.findById(campaign.getTemplateVersionId()).orElseThrow().view();
    }

    private CampaignDetails details(Campaign c) {
        return new CampaignDetails(c.getId(), c.getTitle(), c.getPurpose(), questionnaire(c), c.getChannel(),
                c.getStartsOn(), c.getEndsOn(), c.getTargetMode(), c.getAbcClass(), c.getValueClass(), c.getSampleSize(),
                c.getSampleSeed(), c.getPlannerStaffId(), directory.displayName(c.getPlannerStaffId()), c.getStatus(),
                c.getApprovalId(), c.getDecidedAt(), c.getStartedAt(), c.getClosedAt(), c.getTargetCount(),
                c.getId() == null ? 0 : answerSets.countByCampaignId(c.getId()),
                c.getId() == null ? 0 : answerSets.countByCampaignIdAndFollowUpTrue(c.getId()), c.getVersion());
    }

    private String name(long customerId) {
        return customers.summaryOf(customerId).map(CustomerSummary::name).orElse("#" + customerId);
    }

    private static ActionRow row(ImprovementAction a) {
        return new ActionRow(a.getId(), a.getDescription(), a.getResponsible(), a.getDueOn(),
                a.getStatus() == ImprovementAction.Status.DONE, a.getDoneAt(), a.getDoneNote(), a.getCreatedAt(),
                a.getCreatedBy());
    }

    private void audit(String action, long campaignId, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), CAMPAIGN, campaignId,
                before, after, clock.instant()));
    }

    private static String describe(Campaign c) {
        return "title=" + c.getTitle() + ", version=" + c.getTemplateVersionId() + ", channel=" + c.getChannel()
                + ", period=" + c.getStartsOn() + ".." + c.getEndsOn() + ", target=" + c.getTargetMode()
                + (c.getAbcClass() == null ? "" : ":" + c.getAbcClass())
                + (c.getValueClass() == null ? "" : ":" + c.getValueClass())
                + (c.getSampleSize() == null ? "" : ", sample=" + c.getSampleSize() + ", seed=" + c.getSampleSeed());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long currentStaffId() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return user.staffId();
    }
}
