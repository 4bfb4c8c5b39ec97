package kehu.platform.reference;

import java.util.List;

import jakarta.validation.Valid;

import kehu.platform.ReferenceData;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the dictionaries (ORG-8). Reading is open to every signed-in user and API client; writing
 * needs {@code platform.dictionary.manage}. Items are never deleted, only disabled.
 *
 * <ul>
 * <li>{@code GET /api/v1/dictionaries}: the types ({@code code, name, description, hierarchical}).</li>
 * <li>{@code GET /api/v1/dictionaries/{type}/items}: the items that may be chosen, in tree order
 *     ({@code code, label, parentCode, depth}); 404 for an unknown type.</li>
 * <li>{@code POST /api/v1/dictionaries} {@code {code, name, description, hierarchical}}: a new type (201).</li>
 * <li>{@code PUT /api/v1/dictionaries/{type}} {@code {name, description, hierarchical}}.</li>
 * <li>{@code POST /api/v1/dictionaries/{type}/items} {@code {code, label, parentCode, sortOrder}}: a new item (201).</li>
 * <li>{@code PUT /api/v1/dictionaries/{type}/items/{code}} {@code {label, parentCode, sortOrder}}.</li>
 * <li>{@code POST /api/v1/dictionaries/{type}/items/{code}/disable} and {@code …/enable} (204).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/dictionaries")
class DictionaryApi {

    private final DictionaryManagement dictionaries;
    private final ReferenceData data;

    DictionaryApi(DictionaryManagement dictionaries, ReferenceData data) {
        this.dictionaries = dictionaries;
        this.data = data;
    }

    @GetMapping
    List<DictionaryTree.TypeInfo> types() {
        return dictionaries.types();
    }

    @GetMapping("/{type}/items")
    List<ReferenceData.Item> items(@PathVariable String type) {
        dictionaries.type(type); // 404 when unknown
        return data.items(type);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DictionaryTree.TypeInfo createType(@Valid @RequestBody DictionaryTypeForm form) {
        return dictionaries.createType(form);
    }

    @PutMapping("/{type}")
    DictionaryTree.TypeInfo changeType(@PathVariable String type, @Valid @RequestBody DictionaryTypeChangeForm form) {
        return dictionaries.changeType(type, form);
    }

    @PostMapping("/{type}/items")
    @ResponseStatus(HttpStatus.CREATED)
    DictionaryTree.ItemRow addItem(@PathVariable String type, @Valid @RequestBody DictionaryItemForm form) {
        return dictionaries.addItem(type, form);
    }

    @PutMapping("/{type}/items/{code}")
    DictionaryTree.ItemRow changeItem(@PathVariable String type, @PathVariable String code,
                                      @Valid @RequestBody DictionaryItemChangeForm form) {
        return dictionaries.changeItem(type, code, form);
    }

    @PostMapping("/{type}/items/{code}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String type, @PathVariable String code) {
        dictionaries.disableItem(type, code);
    }

    @PostMapping("/{type}/items/{code}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String type, @PathVariable String code) {
        dictionaries.enableItem(type, code);
    }
}
