package kehu.platform.reference;

import java.util.List;

import jakarta.validation.Valid;

import kehu.platform.ReferenceData;
import kehu.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the regions (ORG-8). Reading is open to every signed-in user and API client; writing needs
 * {@code platform.dictionary.manage}. Regions are never deleted, only disabled.
 *
 * <ul>
 * <li>{@code GET /api/v1/regions?parent=110100}: the enabled regions under a region ({@code code, name,
 *     parentCode, level}); without {@code parent}, the provinces.</li>
 * <li>{@code GET /api/v1/regions/{code}}: one region with {@code valid} (may be chosen) and its {@code path}
 *     of names from the province down; 404 when unknown.</li>
 * <li>{@code POST /api/v1/regions} {@code {code, name, parentCode}}: a new region (201).</li>
 * <li>{@code PUT /api/v1/regions/{code}} {@code {name}}: corrects the name.</li>
 * <li>{@code POST /api/v1/regions/{code}/disable} and {@code …/enable} (204).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

    private final ReferenceData data;
    private final RegionManagement regions;

    RegionApi(ReferenceData data, RegionManagement regions) {
        this.data = data;
        this.regions = regions;
    }

    /** One region with its path. */
    record RegionDetail(String code, String name, String parentCode, int level, boolean valid, List<String> path) {
    }

    @GetMapping
    List<ReferenceData.Region> children(@RequestParam(required = false) String parent) {
        if (parent != null && data.region(parent).isEmpty()) {
            throw new NotFoundException("region", parent);
        }
        return data.children(parent);
    }

    @GetMapping("/{code}")
    RegionDetail region(@PathVariable String code) {
        var region = data.region(code).orElseThrow(() -> new NotFoundException("region", code));
        return new RegionDetail(region.code(), region.name(), region.parentCode(), region.level(),
                data.isValidRegion(code), data.regionPath(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegionTree.Row add(@Valid @RequestBody RegionForm form) {
        return regions.add(form);
    }

    @PutMapping("/{code}")
    RegionTree.Row rename(@PathVariable String code, @Valid @RequestBody RegionRenameForm form) {
        return regions.rename(code, form);
    }

    @PostMapping("/{code}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String code) {
        regions.disable(code);
    }

    @PostMapping("/{code}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String code) {
        regions.enable(code);
    }
}
