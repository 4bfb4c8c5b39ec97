package kehu.archive.web;

import java.net.URI;
import java.util.List;

import kehu.archive.ArchiveTransmittals;
import kehu.archive.HandoverDeadlineView;
import kehu.archive.LateHandoverRow;
import kehu.archive.TransmittalForm;
import kehu.archive.TransmittalView;

import org.springframework.data.domain.PageRequest;
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
 * REST API of the handover to the archive room (ARC-4): {@code POST /api/v1/archives/{id}/transmittals} hands over
 * the documents of a business event; {@code /api/v1/archive-transmittals} lists the forms waiting, decides their items
 * and keeps the late-handover register; {@code /api/v1/archive-handover-deadlines} the deadlines per event type.
 * Permissions are checked by the service ({@link ArchiveTransmittals}).
 */
@RestController
@RequestMapping("/api/v1")
class TransmittalApi {

    private final ArchiveTransmittals transmittals;

    TransmittalApi(ArchiveTransmittals transmittals) {
        this.transmittals = transmittals;
    }

    @PostMapping("/archives/{id}/transmittals")
    ResponseEntity<TransmittalView> submit(@PathVariable long id, @RequestBody TransmittalForm form) {
        var t = transmittals.submit(id, form);
        return ResponseEntity.created(URI.create("/api/v1/archive-transmittals/" + t.id())).body(t);
    }

    @GetMapping("/archives/{id}/transmittals")
    List<TransmittalView> ofArchive(@PathVariable long id) {
        return transmittals.ofArchive(id);
    }

    @GetMapping("/archive-transmittals")
    List<TransmittalView> open() {
        return transmittals.open();
    }

    @GetMapping("/archive-transmittals/{id}")
    TransmittalView get(@PathVariable long id) {
        return transmittals.get(id);
    }

    @PostMapping("/archive-transmittals/items/{itemId}/accept")
    TransmittalView accept(@PathVariable long itemId) {
        return transmittals.accept(itemId);
    }

    @PostMapping("/archive-transmittals/items/{itemId}/reject")
    TransmittalView reject(@PathVariable long itemId, @RequestBody ReasonForm form) {
        return transmittals.reject(itemId, form == null ? null : form.reason());
    }

    @GetMapping("/archive-transmittals/late")
    ArchiveApi.PageDto<LateHandoverRow> late(@RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        return ArchiveApi.PageDto.of(transmittals.late(PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 100))));
    }

    @GetMapping("/archive-handover-deadlines")
    List<HandoverDeadlineView> deadlines() {
        return transmittals.deadlines();
    }

    @PutMapping("/archive-handover-deadlines/{eventCode}")
    List<HandoverDeadlineView> setDeadline(@PathVariable String eventCode, @RequestBody DaysForm form) {
        transmittals.setDeadline(eventCode, form == null ? null : form.workingDays());
        return transmittals.deadlines();
    }

    record ReasonForm(String reason) {
    }

    record DaysForm(Integer workingDays) {
    }
}
