package kehu.servicedesk.web;

import java.net.URI;
import java.util.List;

import kehu.servicedesk.ReturnVisitDetails;
import kehu.servicedesk.ReturnVisitManagement;
import kehu.servicedesk.ReturnVisitRow;
import kehu.servicedesk.ServiceEventForm;
import kehu.servicedesk.VisitFilter;
import kehu.servicedesk.VisitForm;
import kehu.servicedesk.VisitKind;
import kehu.servicedesk.VisitStatus;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * REST API of return visits (SVC-5): the list and a visit, recording a call, business moments reported from
 * outside (sales, deliveries, installations: {@code POST /api/v1/service/events}, idempotent per kind and
 * reference), samples, and the visit rules.
 */
@RestController
@RequestMapping("/api/v1/service")
class ReturnVisitApi {

    private final ReturnVisitManagement visits;

    ReturnVisitApi(ReturnVisitManagement visits) {
        this.visits = visits;
    }

    record StatusBody(VisitStatus status) {
    }

    record SampleBody(Integer level, String period, Integer size) {
    }

    record SampleResult(int created) {
    }

    record RuleBody(String name, Integer minDays, Integer maxDays, Integer secondTierDays, Long questionnaireTemplateId,
                    Boolean active) {
    }

    @GetMapping("/visits")
    ServiceDeskApi.PageDto<ReturnVisitRow> list(@RequestParam(required = false) VisitStatus status,
                                                @RequestParam(required = false) VisitKind kind,
                                                @RequestParam(required = false) Integer level,
                                                @RequestParam(defaultValue = "false") boolean due,
                                                @RequestParam(required = false) String q,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "20") int size) {
        return ServiceDeskApi.PageDto.of(visits.list(new VisitFilter(status, kind, level, due, q),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                        Sort.by(Sort.Order.asc("nextAttemptOn"), Sort.Order.asc("id")))));
    }

    @GetMapping("/visits/{id}")
    ReturnVisitDetails get(@PathVariable long id) {
        return visits.get(id);
    }

    @PostMapping("/visits/{id}/calls")
    StatusBody call(@PathVariable long id, @RequestBody VisitForm form) {
        return new StatusBody(visits.record(id, form));
    }

    @PostMapping("/events")
    ResponseEntity<ReturnVisitManagement.ServiceEventRef> report(@RequestBody ServiceEventForm form) {
        var ref = visits.report(form);
        return ref.repeated() ? ResponseEntity.ok(ref)
                : ResponseEntity.created(URI.create("/api/v1/service/events/" + ref.id())).body(ref);
    }

    @PostMapping("/visits/samples")
    SampleResult sample(@RequestBody SampleBody body) {
        return new SampleResult(visits.sample(body.level() == null ? 0 : body.level(), body.period(), body.size()));
    }

    @GetMapping("/visit-rules")
    List<ReturnVisitManagement.VisitRuleView> rules() {
        return visits.rules();
    }

    @PutMapping("/visit-rules/{id}")
    ResponseEntity<Void> changeRule(@PathVariable long id, @RequestBody RuleBody body) {
        visits.changeRule(id, body.name(), body.minDays(), body.maxDays(), body.secondTierDays(),
                body.questionnaireTemplateId(), body.active() == null || body.active());
        return ResponseEntity.noContent().build();
    }
}
