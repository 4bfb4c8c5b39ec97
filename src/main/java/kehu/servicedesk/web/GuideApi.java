package kehu.servicedesk.web;

import java.net.URI;
import java.util.List;

import kehu.servicedesk.FaqForm;
import kehu.servicedesk.FaqView;
import kehu.servicedesk.GuideView;
import kehu.servicedesk.HandlingTemplateForm;
import kehu.servicedesk.HandlingTemplateView;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.ServiceGuides;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the handling guides (SVC-7): {@code GET /api/v1/service/guide?type=&categoryCode=&q=} answers what the
 * desk offers for a matter; {@code /handling-templates} and {@code /faqs} are kept by the supervisors. Permissions are
 * checked by {@link ServiceGuides}.
 */
@RestController
@RequestMapping("/api/v1/service")
class GuideApi {

    private final ServiceGuides guides;

    GuideApi(ServiceGuides guides) {
        this.guides = guides;
    }

    @GetMapping("/guide")
    GuideView guide(@RequestParam(required = false) MatterType type, @RequestParam(required = false) String categoryCode,
                    @RequestParam(required = false) String q) {
        return guides.guide(type, categoryCode, q);
    }

    @GetMapping("/handling-templates")
    List<HandlingTemplateView> templates() {
        return guides.handlingTemplates();
    }

    @PostMapping("/handling-templates")
    ResponseEntity<ServiceDeskApi.Created> createTemplate(@RequestBody HandlingTemplateForm form) {
        var id = guides.createHandlingTemplate(form);
        return ResponseEntity.created(URI.create("/api/v1/service/handling-templates/" + id)).body(new ServiceDeskApi.Created(id));
    }

    @PutMapping("/handling-templates/{id}")
    ResponseEntity<Void> updateTemplate(@PathVariable long id, @RequestBody HandlingTemplateForm form) {
        guides.updateHandlingTemplate(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/handling-templates/{id}/active")
    ResponseEntity<Void> activateTemplate(@PathVariable long id, @RequestBody ServiceDeskApi.ActiveBody body) {
        guides.activateHandlingTemplate(id, Boolean.TRUE.equals(body.active()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/faqs")
    List<FaqView> faqs() {
        return guides.frequentAnswers();
    }

    @PostMapping("/faqs")
    ResponseEntity<ServiceDeskApi.Created> createFaq(@RequestBody FaqForm form) {
        var id = guides.createFrequentAnswer(form);
        return ResponseEntity.created(URI.create("/api/v1/service/faqs/" + id)).body(new ServiceDeskApi.Created(id));
    }

    @PutMapping("/faqs/{id}")
    ResponseEntity<Void> updateFaq(@PathVariable long id, @RequestBody FaqForm form) {
        guides.updateFrequentAnswer(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/faqs/{id}/active")
    ResponseEntity<Void> activateFaq(@PathVariable long id, @RequestBody ServiceDeskApi.ActiveBody body) {
        guides.activateFrequentAnswer(id, Boolean.TRUE.equals(body.active()));
        return ResponseEntity.noContent().build();
    }
}
