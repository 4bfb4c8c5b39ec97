package kehu.platform.reference;

import jakarta.validation.Valid;

import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reference-data pages (need {@code platform.dictionary.manage}):
 * {@code /platform/dictionaries} (dictionary types and the region browser, {@code ?region=code} opens a
 * region) and {@code /platform/dictionaries/{type}} (a dictionary's items; {@code ?edit=code} opens an
 * item for editing). Forms post normally and, with htmx, swap the page's main area in place.
 */
@Controller
class ReferenceDataController {

    static final String OVERVIEW = "platform/dictionaries";
    static final String TYPE_PAGE = "platform/dictionary";

    private final DictionaryManagement dictionaries;
    private final RegionManagement regions;
    private final MessageSource messages;

    ReferenceDataController(DictionaryManagement dictionaries, RegionManagement regions, MessageSource messages) {
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/platform/dictionaries")
    String overview(@RequestParam(required = false) String region, Model model) {
        return overviewPage(region, model);
    }

    @PostMapping("/platform/dictionaries")
    String createType(@Valid @ModelAttribute("typeForm") DictionaryTypeForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var type = dictionaries.createType(form);
                return saved(redirect, "/platform/dictionaries/{type}", type.code());
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return overviewPage(null, model);
    }

    @GetMapping("/platform/dictionaries/{type}")
    String type(@PathVariable String type, @RequestParam(required = false) String edit, Model model) {
        return typePage(type, edit, model);
    }

    @PostMapping("/platform/dictionaries/{type}")
    String changeType(@PathVariable String type, @Valid @ModelAttribute("typeChangeForm") DictionaryTypeChangeForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dictionaries.changeType(type, form);
                return saved(redirect, "/platform/dictionaries/{type}", type);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return typePage(type, null, model);
    }

    @PostMapping("/platform/dictionaries/{type}/items")
    String addItem(@PathVariable String type, @Valid @ModelAttribute("itemForm") DictionaryItemForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dictionaries.addItem(type, form);
                return saved(redirect, "/platform/dictionaries/{type}", type);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return typePage(type, null, model);
    }

    @PostMapping("/platform/dictionaries/{type}/items/{code}")
    String changeItem(@PathVariable String type, @PathVariable String code,
                      @Valid @ModelAttribute("itemChangeForm") DictionaryItemChangeForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dictionaries.changeItem(type, code, form);
                return saved(redirect, "/platform/dictionaries/{type}", type);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return typePage(type, code, model);
    }

    @PostMapping("/platform/dictionaries/{type}/items/{code}/disable")
    String disableItem(@PathVariable String type, @PathVariable String code, RedirectAttributes redirect) {
        dictionaries.disableItem(type, code);
        return saved(redirect, "/platform/dictionaries/{type}", type);
    }

    @PostMapping("/platform/dictionaries/{type}/items/{code}/enable")
    String enableItem(@PathVariable String type, @PathVariable String code, RedirectAttributes redirect) {
        dictionaries.enableItem(type, code);
        return saved(redirect, "/platform/dictionaries/{type}", type);
    }

    @PostMapping("/platform/regions")
    String addRegion(@Valid @ModelAttribute("regionForm") RegionForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var region = regions.add(form);
                return savedRegion(redirect, region.code());
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return overviewPage(form.parentCode(), model);
    }

    @PostMapping("/platform/regions/{code}")
    String renameRegion(@PathVariable String code, @Valid @ModelAttribute("renameForm") RegionRenameForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                regions.rename(code, form);
                return savedRegion(redirect, code);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return overviewPage(code, model);
    }

    @PostMapping("/platform/regions/{code}/disable")
    String disableRegion(@PathVariable String code, RedirectAttributes redirect) {
        regions.disable(code);
        return savedRegion(redirect, code);
    }

    @PostMapping("/platform/regions/{code}/enable")
    String enableRegion(@PathVariable String code, RedirectAttributes redirect) {
        regions.enable(code);
        return savedRegion(redirect, code);
    }

    private String overviewPage(String region, Model model) {
        var browser = regions.browse(region);
        model.addAttribute("overview", dictionaries.overview());
        model.addAttribute("browser", browser);
        if (!model.containsAttribute("typeForm")) {
            model.addAttribute("typeForm", DictionaryTypeForm.empty());
        }
        var selected = browser.selected();
        if (!model.containsAttribute("regionForm")) {
            model.addAttribute("regionForm", RegionForm.under(selected == null ? null : selected.code()));
        }
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RegionRenameForm(selected == null ? "" : selected.name()));
        }
        return OVERVIEW;
    }

    private String typePage(String type, String edit, Model model) {
        var page = dictionaries.page(type);
        model.addAttribute("page", page);
        if (!model.containsAttribute("typeChangeForm")) {
            model.addAttribute("typeChangeForm", DictionaryTypeChangeForm.of(page.type()));
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", DictionaryItemForm.empty());
        }
        var editing = edit == null ? null : page.item(edit).orElse(null);
        model.addAttribute("editing", editing);
        if (editing != null && !model.containsAttribute("itemChangeForm")) {
            model.addAttribute("itemChangeForm", DictionaryItemChangeForm.of(editing));
        }
        return TYPE_PAGE;
    }

    private String saved(RedirectAttributes redirect, String template, String type) {
        redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:" + UriComponentsBuilder.fromPath(template).buildAndExpand(type).encode().toUriString();
    }

    private String savedRegion(RedirectAttributes redirect, String code) {
        redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:" + UriComponentsBuilder.fromPath("/platform/dictionaries").queryParam("region", code)
                .encode().toUriString() + "#regions";
    }
}
