package kehu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import kehu.customer.AbcClass;
import kehu.customer.CustomerActivityRecorded;
import kehu.customer.CustomerManagement;
import kehu.customer.TimelineEntry;
import kehu.customer.ValueClass;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;
import kehu.platform.approval.ApprovalEngine;
import kehu.platform.approval.ApprovalQueries;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.support.KehuTest;
import kehu.survey.internal.TargetSelection;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** SUR-2: a campaign from plan through approval, target group and responses to its analysis and follow-ups. */
@KehuTest
@RecordApplicationEvents
class CampaignTests {

    @Autowired CampaignManagement campaigns;
    @Autowired QuestionnaireManagement questionnaires;
    @Autowired CustomerManagement customers;
    @Autowired StaffManagement staffManagement;
    @Autowired StaffMembers staff;
    @Autowired Units units;
    @Autowired RoleManagement roles;
    @Autowired DataScopes scopes;
    @Autowired UserDetailsService users;
    @Autowired ApprovalQueries approvalQueries;
    @Autowired ApprovalEngine approvalEngine;
    @Autowired ApplicationEvents events;

    SurveyScenario scenario;
    Questionnaire questionnaire;

    @BeforeEach
    void setUp() {
        scenario = SurveyScenario.create(staffManagement, staff, units, roles, scopes, users, customers);
        questionnaire = scenario.asPlanner(() -> {
            long templateId = questionnaires.create(SurveyFixtures.everyKind("活动问卷" + scenario.plannerId));
            return questionnaires.publish(templateId);
        });
    }

    CampaignForm plan(String title, TargetMode mode, AbcClass abc, ValueClass value, Integer sample) {
        return new CampaignForm(title, "了解客户对服务的满意程度", questionnaire.versionId(), Channel.PHONE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2099, 12, 31), mode, abc, value, sample);
    }

    long item(ItemKind kind) {
        return questionnaire.items().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().id();
    }

    Map<Long, List<String>> answers(String scale, String yesNo, String nps, String text) {
        return Map.of(item(ItemKind.SCALE), List.of(scale), item(ItemKind.YES_NO), List.of(yesNo),
                item(ItemKind.SINGLE_CHOICE), List.of("电话"), item(ItemKind.MULTIPLE_CHOICE), List.of("态度", "速度"),
                item(ItemKind.NPS), List.of(nps), item(ItemKind.TEXT), List.of(text));
    }

    /** The general manager approves the planner's campaign in the inbox; the campaign learns it after commit. */
    void approve(long campaignId) {
        long gm = staff.findByUsername("gm").orElseThrow().getId();
        long approvalId = scenario.asPlanner(() -> campaigns.get(campaignId).approvalId());
        var task = approvalQueries.inbox(gm).stream()
                .filter(i -> i.businessType().equals(CampaignManagement.BUSINESS_TYPE) && i.approvalId() == approvalId)
                .findFirst().orElseThrow();
        scenario.as("gm", () -> {
            approvalEngine.approve(task.taskId(), gm, "同意");
            return null;
        });
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> scenario.asPlanner(() -> campaigns.get(campaignId).status()) == CampaignStatus.APPROVED);
    }

    @Test
    void aCampaignNeedsApprovalThenSurveysItsClassAndAggregatesTheAnswers() {
        long a1 = scenario.customer("甲类客户一" + scenario.plannerId, AbcClass.A, ValueClass.PRIME);
        long a2 = scenario.customer("甲类客户二" + scenario.plannerId, AbcClass.A, null);
        long b1 = scenario.customer("乙类客户" + scenario.plannerId, AbcClass.B, null);

        long id = scenario.asPlanner(() -> campaigns.plan(plan("A 类客户回访调查", TargetMode.ABC_CLASS, AbcClass.A, null, null)));
        assertThat(scenario.asPlanner(() -> campaigns.get(id).status())).isEqualTo(CampaignStatus.DRAFT);
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.start(id)))
                .isInstanceOf(DomainException.class).hasMessage("survey.campaign.notApproved");

        var submitted = scenario.asPlanner(() -> campaigns.submit(id));
        assertThat(submitted.status()).isEqualTo(CampaignStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.start(id))).isInstanceOf(DomainException.class);
        approve(id);

        var started = scenario.asPlanner(() -> campaigns.start(id));
        assertThat(started.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(started.targetCount()).isEqualTo(2);
        assertThat(scenario.asPlanner(() -> campaigns.targets(id, PageRequest.of(0, 10))).getContent())
                .extracting(TargetRow::customerId).containsExactly(a1, a2);

        // a low score and a detractor: follow-up; a content customer: none
        long unhappy = scenario.asPlanner(() -> campaigns.recordResponse(id, a1,
                new AnswerSheet(answers("2", "no", "3", "上门太慢"), Set.of())));
        scenario.asPlanner(() -> campaigns.recordResponse(id, a2,
                new AnswerSheet(answers("5", "yes", "10", "很好"), Set.of())));

        // one response per customer, only the target group
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.recordResponse(id, a1,
                new AnswerSheet(answers("5", "yes", "10", "再答一次"), Set.of()))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("survey.response.duplicate"));
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.recordResponse(id, b1,
                new AnswerSheet(answers("5", "yes", "10", ""), Set.of()))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("survey.response.notTarget"));

        var analysis = scenario.asPlanner(() -> campaigns.analysis(id));
        assertThat(analysis.responses()).isEqualTo(2);
        assertThat(analysis.responseRate()).isEqualTo(100.0);
        assertThat(analysis.followUps()).isEqualTo(1);
        var byKind = analysis.items().stream().collect(java.util.stream.Collectors.toMap(r -> r.item().kind(), r -> r));
        assertThat(byKind.get(ItemKind.SCALE).mean()).isEqualTo(3.5);
        assertThat(byKind.get(ItemKind.SCALE).distribution()).extracting(ItemResult.Share::count)
                .containsExactly(0L, 1L, 0L, 0L, 1L);
        assertThat(byKind.get(ItemKind.YES_NO).yesRate()).isEqualTo(50.0);
        assertThat(byKind.get(ItemKind.NPS).nps()).isEqualTo(0.0);
        assertThat(byKind.get(ItemKind.NPS).promoters()).isEqualTo(1);
        assertThat(byKind.get(ItemKind.NPS).detractors()).isEqualTo(1);
        assertThat(byKind.get(ItemKind.SINGLE_CHOICE).distribution())
                .extracting(ItemResult.Share::label, ItemResult.Share::count, ItemResult.Share::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("电话", 2L, 100.0),
                        org.assertj.core.groups.Tuple.tuple("上门", 0L, 0.0), org.assertj.core.groups.Tuple.tuple("网上", 0L, 0.0));
        assertThat(byKind.get(ItemKind.MULTIPLE_CHOICE).distribution()).extracting(ItemResult.Share::count)
                .containsExactly(2L, 2L, 0L);
        assertThat(byKind.get(ItemKind.TEXT).texts()).extracting(ItemResult.TextAnswer::text)
                .containsExactlyInAnyOrder("上门太慢", "很好");

        var followUps = scenario.asPlanner(() -> campaigns.followUps(id, PageRequest.of(0, 10))).getContent();
        assertThat(followUps).singleElement().satisfies(f -> {
            assertThat(f.customerId()).isEqualTo(a1);
            assertThat(f.answerSetId()).isEqualTo(unhappy);
            assertThat(f.issues()).extracting(FollowUpRow.Issue::kind, FollowUpRow.Issue::answer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemKind.SCALE, "2"),
                            org.assertj.core.groups.Tuple.tuple(ItemKind.NPS, "3"));
        });

        // events: one issue for the unhappy customer, a timeline entry (a follow-up: by phone) for each response
        assertThat(events.stream(SurveyIssueRaised.class)).singleElement().satisfies(e -> {
            assertThat(e.customerId()).isEqualTo(a1);
            assertThat(e.campaignId()).isEqualTo(id);
            assertThat(e.itemIds()).containsExactly(item(ItemKind.SCALE), item(ItemKind.NPS));
        });
        assertThat(events.stream(CustomerActivityRecorded.class).filter(e -> e.kind().equals("survey")))
                .extracting(CustomerActivityRecorded::customerId, CustomerActivityRecorded::followUp)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a1, true), org.assertj.core.groups.Tuple.tuple(a2, true));
        long adminId = staff.findByUsername("admin").orElseThrow().getId();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> customers
                .timeline(a1, scopes.of(adminId, Permissions.CUSTOMER_VIEW), PageRequest.of(0, 20)).getContent().stream()
                .map(TimelineEntry::title).anyMatch("A 类客户回访调查"::equals));

        var closed = scenario.asPlanner(() -> campaigns.close(id));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.recordResponse(id, a2,
                new AnswerSheet(answers("5", "yes", "10", ""), Set.of())))).isInstanceOf(DomainException.class)
                .hasMessage("survey.campaign.notRunning");
    }

    @Test
    void answersAreCheckedAgainstTheItemKindsAndAFlaggedTextRaisesAnIssue() {
        long c = scenario.customer("答卷校验客户" + scenario.plannerId, AbcClass.C, null);
        long id = scenario.asPlanner(() -> campaigns.plan(plan("全体客户调查", TargetMode.ALL, null, null, null)));
        scenario.asPlanner(() -> campaigns.submit(id));
        approve(id);
        scenario.asPlanner(() -> campaigns.start(id));

        var bad = Map.of(item(ItemKind.SCALE), List.of("6"), item(ItemKind.YES_NO), List.of("也许"),
                item(ItemKind.SINGLE_CHOICE), List.of("电话", "上门"), item(ItemKind.MULTIPLE_CHOICE), List.of("价格"),
                999_999_999L, List.of("1"));
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.recordResponse(id, c, new AnswerSheet(bad, Set.of()))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("answers[999999999]", "survey.answer.unknownItem"),
                                org.assertj.core.groups.Tuple.tuple("answers[" + item(ItemKind.SCALE) + "]", "survey.answer.range"),
                                org.assertj.core.groups.Tuple.tuple("answers[" + item(ItemKind.YES_NO) + "]", "survey.answer.yesNo"),
                                org.assertj.core.groups.Tuple.tuple("answers[" + item(ItemKind.SINGLE_CHOICE) + "]", "survey.answer.oneValue"),
                                org.assertj.core.groups.Tuple.tuple("answers[" + item(ItemKind.MULTIPLE_CHOICE) + "]", "survey.answer.unknownOption"),
                                org.assertj.core.groups.Tuple.tuple("answers[" + item(ItemKind.NPS) + "]", "survey.answer.required")));

        // good scores, but the text is flagged: a follow-up
        scenario.asPlanner(() -> campaigns.recordResponse(id, c,
                new AnswerSheet(answers("4", "yes", "9", "物业费收据开错了"), Set.of(item(ItemKind.TEXT)))));
        assertThat(events.stream(SurveyIssueRaised.class)).singleElement()
                .satisfies(e -> assertThat(e.itemIds()).containsExactly(item(ItemKind.TEXT)));
        assertThat(scenario.asPlanner(() -> campaigns.followUps(id, PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(f -> assertThat(f.issues()).extracting(FollowUpRow.Issue::answer)
                        .containsExactly("物业费收据开错了"));
    }

    @Test
    void aSampleOfNIsDrawnWithTheStoredSeedAndCanBeDrawnAgain() {
        var ids = LongStream.rangeClosed(1, 5).map(i -> scenario.customer("抽样客户" + i + "-" + scenario.plannerId,
                AbcClass.B, ValueClass.POTENTIAL_PRIME)).boxed().toList();
        long id = scenario.asPlanner(() -> campaigns.plan(plan("抽样调查", TargetMode.VALUE_CLASS, null,
                ValueClass.POTENTIAL_PRIME, 3)));
        var planned = scenario.asPlanner(() -> campaigns.get(id));
        assertThat(planned.sampleSeed()).isNotNull();
        scenario.asPlanner(() -> campaigns.submit(id));
        approve(id);
        scenario.asPlanner(() -> campaigns.start(id));

        var drawn = scenario.asPlanner(() -> campaigns.targets(id, PageRequest.of(0, 10))).getContent().stream()
                .map(TargetRow::customerId).toList();
        assertThat(drawn).hasSize(3).isSubsetOf(ids).doesNotHaveDuplicates();
        assertThat(drawn).isEqualTo(TargetSelection.sample(ids, 3, planned.sampleSeed()));
    }

    @Test
    void samplingIsDeterministicPerSeedAndTakesTheWholeGroupWhenItIsSmall() {
        var group = LongStream.rangeClosed(1, 100).boxed().toList();
        var first = TargetSelection.sample(group, 10, 42L);
        assertThat(first).hasSize(10).isSorted().doesNotHaveDuplicates().isSubsetOf(group);
        var reversed = new java.util.ArrayList<>(group);
        java.util.Collections.reverse(reversed);
        assertThat(TargetSelection.sample(reversed, 10, 42L)).isEqualTo(first);
        assertThat(TargetSelection.sample(group, 10, 43L)).isNotEqualTo(first);
        assertThat(TargetSelection.sample(List.of(3L, 1L, 2L), 5, 42L)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRejectedPlanIsRevisedAndSubmittedAgain() {
        long id = scenario.asPlanner(() -> campaigns.plan(plan("被退回的调查", TargetMode.ALL, null, null, null)));
        scenario.asPlanner(() -> campaigns.submit(id));
        long gm = staff.findByUsername("gm").orElseThrow().getId();
        var task = approvalQueries.inbox(gm).stream()
                .filter(i -> i.approvalId() == scenario.asPlanner(() -> campaigns.get(id).approvalId()))
                .findFirst().orElseThrow();
        scenario.as("gm", () -> {
            approvalEngine.reject(task.taskId(), gm, "样本太少");
            return null;
        });
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> scenario.asPlanner(() -> campaigns.get(id).status()) == CampaignStatus.REJECTED);
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.start(id))).isInstanceOf(DomainException.class);

        var revised = scenario.asPlanner(() -> campaigns.revise(id, plan("被退回的调查（修改）", TargetMode.ABC_CLASS,
                AbcClass.A, null, 50)));
        assertThat(revised.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(revised.title()).isEqualTo("被退回的调查（修改）");
        assertThat(scenario.asPlanner(() -> campaigns.submit(id)).status()).isEqualTo(CampaignStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.revise(id, plan("x", TargetMode.ALL, null, null, null))))
                .isInstanceOf(DomainException.class).hasMessage("survey.campaign.notEditable");
    }

    @Test
    void aBadPlanIsReportedPerField() {
        long draftTemplate = scenario.asPlanner(() -> questionnaires.create(SurveyFixtures.everyKind("未发布问卷")));
        long draftVersion = scenario.asPlanner(() -> questionnaires.get(draftTemplate).latest().versionId());
        var form = new CampaignForm(" ", null, draftVersion, null, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1),
                TargetMode.ABC_CLASS, null, null, 0);
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.plan(form)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("title", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("templateVersionId", "survey.campaign.versionNotPublished"),
                                org.assertj.core.groups.Tuple.tuple("channel", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("endsOn", "survey.campaign.endBeforeStart"),
                                org.assertj.core.groups.Tuple.tuple("abcClass", "survey.campaign.abcClassRequired"),
                                org.assertj.core.groups.Tuple.tuple("sampleSize", "survey.campaign.sampleSizeRange")));
    }

    @Test
    void improvementActionsAreRecordedAgainstAStartedCampaign() {
        scenario.customer("整改客户" + scenario.plannerId, AbcClass.A, null);
        long id = scenario.asPlanner(() -> campaigns.plan(plan("整改调查", TargetMode.ALL, null, null, null)));
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.addAction(id, new ActionForm("提前", null, null))))
                .isInstanceOf(DomainException.class).hasMessage("survey.action.notStarted");
        scenario.asPlanner(() -> campaigns.submit(id));
        approve(id);
        scenario.asPlanner(() -> campaigns.start(id));
        assertThatThrownBy(() -> scenario.asPlanner(() -> campaigns.addAction(id, new ActionForm(" ", "工程部", null))))
                .isInstanceOf(DomainException.class);
        long action = scenario.asPlanner(() -> campaigns.addAction(id,
                new ActionForm("维修响应时间缩短到 2 小时", "工程部", LocalDate.of(2026, 12, 31))));
        scenario.asPlanner(() -> {
            campaigns.completeAction(id, action, "已调整排班");
            return null;
        });
        assertThat(scenario.asPlanner(() -> campaigns.actions(id))).singleElement().satisfies(a -> {
            assertThat(a.done()).isTrue();
            assertThat(a.doneNote()).isEqualTo("已调整排班");
            assertThat(a.responsible()).isEqualTo("工程部");
        });
        assertThatThrownBy(() -> scenario.asPlanner(() -> {
            campaigns.completeAction(id, action, null);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("survey.action.alreadyDone");
    }
}
