package kehu.survey.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kehu.survey.ActionForm;
import kehu.survey.ActionRow;
import kehu.survey.AnswerSetView;
import kehu.survey.AnswerSheet;
import kehu.survey.CampaignAnalysis;
import kehu.survey.CampaignDetails;
import kehu.survey.CampaignForm;
import kehu.survey.CampaignManagement;
import kehu.survey.CampaignRow;
import kehu.survey.FollowUpRow;
import kehu.survey.SurveyAccess;
import kehu.survey.TargetRow;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Survey campaigns over REST (SUR-2). */
@RestController
@RequestMapping("/api/v1/surveys/campaigns")
class CampaignApi {

    static final int MAX_PAGE_SIZE = 200;

    private final CampaignManagement campaigns;

    CampaignApi(CampaignManagement campaigns) {
        this.campaigns = campaigns;
    }

    /** A response: the customer and the answers by item id (see {@link AnswerSheet}). */
    record ResponseBody(Long customerId, Map<Long, List<String>> answers, Set<Long> flagged) {
    }

    record Created(long id) {
    }

    record Completion(String note) {
    }

    record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
        static <T> PageDto<T> of(Page<T> p) {
            return new PageDto<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }

    @GetMapping
    @PreAuthorize(SurveyAccess.VIEW)
    List<CampaignRow> list() {
        return campaigns.list();
    }

    @PostMapping
    @PreAuthorize(SurveyAccess.MANAGE)
    ResponseEntity<CampaignDetails> plan(@RequestBody CampaignForm form) {
        long id = campaigns.plan(form);
        return ResponseEntity.created(URI.create("/api/v1/surveys/campaigns/" + id)).body(campaigns.get(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(SurveyAccess.VIEW)
    CampaignDetails get(@PathVariable long id) {
        return campaigns.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(SurveyAccess.MANAGE)
    CampaignDetails revise(@PathVariable long id, @RequestBody CampaignForm form) {
        return campaigns.revise(id, form);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(SurveyAccess.MANAGE)
    CampaignDetails submit(@PathVariable long id) {
        return campaigns.submit(id);
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(SurveyAccess.MANAGE)
    CampaignDetails start(@PathVariable long id) {
        return campaigns.start(id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(SurveyAccess.MANAGE)
    CampaignDetails close(@PathVariable long id) {
        return campaigns.close(id);
    }

    @GetMapping("/{id}/targets")
    @PreAuthorize(SurveyAccess.VIEW)
    PageDto<TargetRow> targets(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        return PageDto.of(campaigns.targets(id, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))));
    }

    @PostMapping("/{id}/responses")
    @PreAuthorize(SurveyAccess.RECORD)
    ResponseEntity<Created> respond(@PathVariable long id, @RequestBody ResponseBody body) {
        long setId = campaigns.recordResponse(id, body.customerId(), new AnswerSheet(body.answers(), body.flagged()));
        return ResponseEntity.created(URI.create("/api/v1/surveys/campaigns/" + id + "/responses/" + setId))
                .body(new Created(setId));
    }

    @GetMapping("/{id}/responses/{answerSetId}")
    @PreAuthorize(SurveyAccess.VIEW)
    AnswerSetView response(@PathVariable long id, @PathVariable long answerSetId) {
        return campaigns.response(id, answerSetId);
    }

    @GetMapping("/{id}/analysis")
    @PreAuthorize(SurveyAccess.VIEW)
    CampaignAnalysis analysis(@PathVariable long id) {
        return campaigns.analysis(id);
    }

    @GetMapping("/{id}/follow-ups")
    @PreAuthorize(SurveyAccess.VIEW)
    PageDto<FollowUpRow> followUps(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        return PageDto.of(campaigns.followUps(id, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))));
    }

    @GetMapping("/{id}/actions")
    @PreAuthorize(SurveyAccess.VIEW)
    List<ActionRow> actions(@PathVariable long id) {
        return campaigns.actions(id);
    }

    @PostMapping("/{id}/actions")
    @PreAuthorize(SurveyAccess.MANAGE)
    ResponseEntity<Created> addAction(@PathVariable long id, @RequestBody ActionForm form) {
        return ResponseEntity.status(201).body(new Created(campaigns.addAction(id, form)));
    }

    @PostMapping("/{id}/actions/{actionId}/complete")
    @PreAuthorize(SurveyAccess.MANAGE)
    ResponseEntity<Void> completeAction(@PathVariable long id, @PathVariable long actionId,
                                        @RequestBody(required = false) Completion body) {
        campaigns.completeAction(id, actionId, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }
}
