package kehu.survey.web;

import java.net.URI;
import java.util.List;

import kehu.survey.Questionnaire;
import kehu.survey.QuestionnaireManagement;
import kehu.survey.SurveyAccess;
import kehu.survey.TemplateDetails;
import kehu.survey.TemplateForm;
import kehu.survey.TemplateRow;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Questionnaire templates over REST (SUR-1). */
@RestController
@RequestMapping("/api/v1/surveys/templates")
class QuestionnaireApi {

    private final QuestionnaireManagement questionnaires;

    QuestionnaireApi(QuestionnaireManagement questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping
    @PreAuthorize(SurveyAccess.VIEW)
    List<TemplateRow> list() {
        return questionnaires.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize(SurveyAccess.VIEW)
    TemplateDetails get(@PathVariable long id) {
        return questionnaires.get(id);
    }

    @GetMapping("/versions/{versionId}")
    @PreAuthorize(SurveyAccess.VIEW)
    Questionnaire version(@PathVariable long versionId) {
        return questionnaires.version(versionId);
    }

    /** Creates a template with a first draft version. */
    @PostMapping
    @PreAuthorize(SurveyAccess.MANAGE)
    ResponseEntity<TemplateDetails> create(@RequestBody TemplateForm form) {
        long id = questionnaires.create(form);
        return ResponseEntity.created(URI.create("/api/v1/surveys/templates/" + id)).body(questionnaires.get(id));
    }

    /** Edits the draft, or starts a new draft version when the newest version is published. */
    @PutMapping("/{id}")
    @PreAuthorize(SurveyAccess.MANAGE)
    Questionnaire edit(@PathVariable long id, @RequestBody TemplateForm form) {
        return questionnaires.edit(id, form);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(SurveyAccess.MANAGE)
    Questionnaire publish(@PathVariable long id) {
        return questionnaires.publish(id);
    }
}
