package kehu.archive.web;

import java.net.URI;
import java.util.List;

import kehu.archive.ArchiveLocations;
import kehu.archive.BoxContents;
import kehu.archive.BoxRuleView;
import kehu.archive.LocationForm;
import kehu.archive.LocationView;
import kehu.archive.ShelvedVolume;
import kehu.archive.VolumeMoveView;
import kehu.organization.Permissions;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the archive room's locations (ARC-5): {@code /api/v1/archive-locations} for the tree and boxes,
 * {@code /api/v1/archives/{id}/volumes/{volumeId}/location} to place or move a paper volume and
 * {@code /api/v1/archives/{id}/location-history} for its moves; {@code /api/v1/archive-locations/find?q=} answers
 * where a customer's paper file is.
 */
@RestController
@RequestMapping("/api/v1")
class LocationApi {

    private final ArchiveLocations locations;

    LocationApi(ArchiveLocations locations) {
        this.locations = locations;
    }

    @GetMapping("/archive-locations")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    List<LocationView> tree() {
        return locations.tree();
    }

    @PostMapping("/archive-locations")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    ResponseEntity<LocationView> create(@RequestBody LocationForm form) {
        var created = locations.create(form);
        return ResponseEntity.created(URI.create("/api/v1/archive-locations/" + created.id())).body(created);
    }

    @DeleteMapping("/archive-locations/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        locations.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/archive-locations/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    BoxContents box(@PathVariable long id) {
        return locations.box(id);
    }

    @GetMapping("/archive-locations/find")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    List<ShelvedVolume> find(@RequestParam(required = false) String q) {
        return locations.find(q);
    }

    @GetMapping("/archive-locations/wrong-section")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    List<ShelvedVolume> wrongSection() {
        return locations.inWrongSection();
    }

    @GetMapping("/archive-box-kinds")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    List<BoxRuleView.Kind> kinds() {
        return locations.boxKinds();
    }

    @GetMapping("/archive-box-rules")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    List<BoxRuleView> rules() {
        return locations.boxRules();
    }

    record Created(long id) {
    }

    @PostMapping("/archive-box-rules")
    ResponseEntity<Created> addRule(@RequestBody kehu.archive.BoxRuleForm form) {
        var id = locations.addBoxRule(form);
        return ResponseEntity.created(java.net.URI.create("/api/v1/archive-box-rules/" + id)).body(new Created(id));
    }

    @DeleteMapping("/archive-box-rules/{id}")
    ResponseEntity<Void> removeRule(@PathVariable long id) {
        locations.removeBoxRule(id);
        return ResponseEntity.noContent().build();
    }

    record LimitForm(Integer maxCustomers) {
    }

    @PutMapping("/archive-box-kinds/{code}")
    ResponseEntity<Void> limitKind(@PathVariable String code, @RequestBody LimitForm form) {
        locations.limitBoxKind(code, form.maxCustomers());
        return ResponseEntity.noContent().build();
    }

    record MoveForm(Long boxId, String reason) {
    }

    @PutMapping("/archives/{id}/volumes/{volumeId}/location")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    VolumeMoveView move(@PathVariable long id, @PathVariable long volumeId, @RequestBody MoveForm form) {
        return locations.move(id, volumeId, form.boxId(), form.reason());
    }

    @GetMapping("/archives/{id}/suitable-boxes")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    List<LocationView> suitable(@PathVariable long id) {
        return locations.suitableBoxes(id);
    }

    @GetMapping("/archives/{id}/location-history")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    List<VolumeMoveView> history(@PathVariable long id) {
        return locations.history(id);
    }
}
