package kehu.servicedesk.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import kehu.platform.ReferenceData;
import kehu.servicedesk.Assignee;
import kehu.servicedesk.FeedbackForm;
import kehu.servicedesk.IntakeForm;
import kehu.servicedesk.MatterDetails;
import kehu.servicedesk.MatterFilter;
import kehu.servicedesk.MatterManagement;
import kehu.servicedesk.MatterRef;
import kehu.servicedesk.MatterRow;
import kehu.servicedesk.MatterStatus;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.ReceiptForm;
import kehu.servicedesk.ResolutionForm;
import kehu.servicedesk.RoutingRuleForm;
import kehu.servicedesk.RoutingRuleView;
import kehu.servicedesk.ServiceRules;
import kehu.servicedesk.Severity;
import kehu.servicedesk.TimeLimitForm;
import kehu.servicedesk.TimeLimitView;
import kehu.servicedesk.WorkOrderDetails;
import kehu.servicedesk.WorkOrderManagement;
import kehu.servicedesk.WorkOrderRow;
import kehu.servicedesk.WorkOrderStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the service desk ({@code /api/v1/service/…}): matters (intake, list, read, moves), the duty
 * log, work orders, routing rules and time limits. Permissions and data scopes as on the pages. A matter
 * created twice with the same token (body {@code token} or header {@code Idempotency-Key}) is created once:
 * the repeat answers 200 with the first matter instead of 201. Moves that carry a {@code version} answer 409
 * when the matter changed meanwhile; refusals are problem+json with a clear message.
 */
@RestController
@RequestMapping("/api/v1/service")
class ServiceDeskApi {

    private final MatterManagement matters;
    private final WorkOrderManagement workOrders;
    private final ServiceRules rules;
    private final kehu.servicedesk.ReplyLetterManagement letters;

    ServiceDeskApi(MatterManagement matters, WorkOrderManagement workOrders, ServiceRules rules,
                   kehu.servicedesk.ReplyLetterManagement letters) {
        this.matters = matters;
        this.letters = letters;
        this.workOrders = workOrders;
        this.rules = rules;
    }

    record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
        static <T> PageDto<T> of(Page<T> p) {
            return new PageDto<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }

    record Created(long id) {
    }

    record VersionBody(Long version) {
        long value() {
            return version == null ? -1 : version;
        }
    }

    record NoteBody(String note) {
    }

    record ReasonBody(String reason) {
    }

    record TransferBody(Long unitId, Long positionId, Long staffId, String reason, Long version) {
    }

    record HandOverBody(Long toStaffId, String reason, Long version) {
    }

    record ActiveBody(Boolean active) {
    }

    // --- matters ---------------------------------------------------------------------------------

    @PostMapping("/matters")
    ResponseEntity<MatterRef> register(@RequestBody IntakeForm form,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        var withToken = form.token() == null && key != null ? new IntakeForm(form.type(), form.channel(),
                form.categoryCode(), form.priority(), form.severity(), form.subject(), form.description(),
                form.customerId(), form.callerName(), form.callbackNumber(), form.areaCode(), form.answeredOnTheSpot(),
                form.answer(), key) : form;
        var ref = matters.register(withToken);
        return ref.repeated() ? ResponseEntity.ok(ref)
                : ResponseEntity.created(URI.create("/api/v1/service/matters/" + ref.id())).body(ref);
    }

    @GetMapping("/matters")
    PageDto<MatterRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) MatterStatus status,
                            @RequestParam(required = false) MatterType type, @RequestParam(required = false) Severity severity,
                            @RequestParam(required = false) Priority priority,
                            @RequestParam(required = false) Long handlingUnitId,
                            @RequestParam(required = false) Long customerId,
                            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean overdue,
                            @RequestParam(required = false) Boolean mine, @RequestParam(required = false) LocalDate receivedOn,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                            @RequestParam(defaultValue = "-receivedAt") String sort) {
        var filter = new MatterFilter(q, status, type, severity, priority, handlingUnitId, customerId, open, overdue, mine,
                receivedOn);
        return PageDto.of(matters.list(filter, ServicePages.pageable(page, size, sort, "-receivedAt")));
    }

    @GetMapping("/matters/{id}")
    MatterDetails get(@PathVariable long id) {
        return matters.get(id);
    }

    @GetMapping("/duty-log")
    List<MatterRow> dutyLog(@RequestParam LocalDate date) {
        return matters.dutyLog(date);
    }

    @GetMapping("/categories")
    List<ReferenceData.Item> categories() {
        return matters.categories();
    }

    @PostMapping("/matters/{id}/take")
    ResponseEntity<Void> take(@PathVariable long id, @RequestBody VersionBody body) {
        matters.take(id, body.value());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/respond")
    ResponseEntity<Void> respond(@PathVariable long id, @RequestBody NoteBody body) {
        matters.respond(id, body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/notes")
    ResponseEntity<Void> note(@PathVariable long id, @RequestBody NoteBody body) {
        matters.addNote(id, body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/transfer")
    ResponseEntity<Void> transfer(@PathVariable long id, @RequestBody TransferBody body) {
        matters.transfer(id, new Assignee(body.unitId(), body.positionId(), body.staffId()), body.reason(),
                body.version() == null ? -1 : body.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/hand-over")
    ResponseEntity<Void> handOver(@PathVariable long id, @RequestBody HandOverBody body) {
        matters.handOver(id, body.toStaffId() == null ? -1 : body.toStaffId(), body.reason(),
                body.version() == null ? -1 : body.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/pause")
    ResponseEntity<Void> pause(@PathVariable long id, @RequestBody ReasonBody body) {
        matters.pause(id, body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/resume")
    ResponseEntity<Void> resume(@PathVariable long id) {
        matters.resume(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/resolve")
    ResponseEntity<Void> resolve(@PathVariable long id, @RequestBody ResolutionForm body) {
        matters.resolve(id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/feedback")
    ResponseEntity<Void> feedback(@PathVariable long id, @RequestBody FeedbackForm body) {
        matters.recordFeedback(id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/close")
    ResponseEntity<Void> close(@PathVariable long id) {
        matters.close(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/reopen")
    ResponseEntity<Void> reopen(@PathVariable long id, @RequestBody ReasonBody body) {
        matters.reopen(id, body.reason());
        return ResponseEntity.noContent().build();
    }

    // --- reply letters (SVC-4) -------------------------------------------------------------------

    record DraftBody(Long templateId) {
    }

    record LetterBody(String body, Long version) {
    }

    record SendBody(String via, Long version) {
    }

    /** The templates a letter may be drafted from; {@code all=true}: the inactive ones too. */
    @GetMapping("/reply-templates")
    List<kehu.servicedesk.ReplyTemplateView> replyTemplates(@RequestParam(defaultValue = "false") boolean all) {
        return all ? letters.allTemplates() : letters.templates();
    }

    @PostMapping("/reply-templates")
    ResponseEntity<Created> createReplyTemplate(@RequestBody kehu.servicedesk.ReplyTemplateForm form) {
        var id = letters.createTemplate(form);
        return ResponseEntity.created(URI.create("/api/v1/service/reply-templates/" + id)).body(new Created(id));
    }

    @PutMapping("/reply-templates/{id}")
    ResponseEntity<Void> updateReplyTemplate(@PathVariable long id, @RequestBody kehu.servicedesk.ReplyTemplateForm form) {
        letters.updateTemplate(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reply-templates/{id}/active")
    ResponseEntity<Void> activateReplyTemplate(@PathVariable long id, @RequestBody ActiveBody body) {
        letters.activateTemplate(id, Boolean.TRUE.equals(body.active()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/matters/{id}/letters")
    ResponseEntity<Created> draftLetter(@PathVariable long id, @RequestBody DraftBody body) {
        var letterId = letters.draft(id, body.templateId() == null ? -1 : body.templateId());
        return ResponseEntity.created(URI.create("/api/v1/service/matters/" + id)).body(new Created(letterId));
    }

    @PutMapping("/letters/{id}")
    ResponseEntity<Void> editLetter(@PathVariable long id, @RequestBody LetterBody body) {
        letters.edit(id, body.body(), body.version() == null ? -1 : body.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/letters/{id}/submit")
    ResponseEntity<Void> submitLetter(@PathVariable long id) {
        letters.submit(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/letters/{id}/send")
    ResponseEntity<Void> sendLetter(@PathVariable long id, @RequestBody SendBody body) {
        letters.send(id, body.via(), body.version() == null ? -1 : body.version());
        return ResponseEntity.noContent().build();
    }

    // --- work orders -----------------------------------------------------------------------------

    @GetMapping("/work-orders")
    PageDto<WorkOrderRow> workOrders(@RequestParam(required = false) WorkOrderStatus status,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(workOrders.list(status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    @GetMapping("/work-orders/{id}")
    WorkOrderDetails workOrder(@PathVariable long id) {
        return workOrders.get(id);
    }

    @PostMapping("/work-orders/{id}/take")
    ResponseEntity<Void> takeWorkOrder(@PathVariable long id, @RequestBody VersionBody body) {
        workOrders.take(id, body.value());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/work-orders/{id}/work")
    ResponseEntity<Void> recordWork(@PathVariable long id, @RequestBody NoteBody body) {
        workOrders.recordWork(id, body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/work-orders/{id}/receipt")
    ResponseEntity<Void> complete(@PathVariable long id, @RequestBody ReceiptForm body) {
        workOrders.complete(id, body);
        return ResponseEntity.noContent().build();
    }

    // --- configuration ---------------------------------------------------------------------------

    @GetMapping("/routing-rules")
    List<RoutingRuleView> routingRules() {
        return rules.routingRules();
    }

    @PostMapping("/routing-rules")
    ResponseEntity<Created> createRoutingRule(@RequestBody RoutingRuleForm form) {
        var id = rules.createRoutingRule(form);
        return ResponseEntity.created(URI.create("/api/v1/service/routing-rules/" + id)).body(new Created(id));
    }

    @PutMapping("/routing-rules/{id}")
    ResponseEntity<Void> updateRoutingRule(@PathVariable long id, @RequestBody RoutingRuleForm form) {
        rules.updateRoutingRule(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/routing-rules/{id}/active")
    ResponseEntity<Void> activateRoutingRule(@PathVariable long id, @RequestBody ActiveBody body) {
        rules.activateRoutingRule(id, Boolean.TRUE.equals(body.active()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/time-limits")
    List<TimeLimitView> timeLimits() {
        return rules.timeLimits();
    }

    @PostMapping("/time-limits")
    ResponseEntity<Created> createTimeLimit(@RequestBody TimeLimitForm form) {
        var id = rules.createTimeLimit(form);
        return ResponseEntity.created(URI.create("/api/v1/service/time-limits/" + id)).body(new Created(id));
    }

    @PutMapping("/time-limits/{id}")
    ResponseEntity<Void> updateTimeLimit(@PathVariable long id, @RequestBody TimeLimitForm form) {
        rules.updateTimeLimit(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/time-limits/{id}/active")
    ResponseEntity<Void> activateTimeLimit(@PathVariable long id, @RequestBody ActiveBody body) {
        rules.activateTimeLimit(id, Boolean.TRUE.equals(body.active()));
        return ResponseEntity.noContent().build();
    }
}
