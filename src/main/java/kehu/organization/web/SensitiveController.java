package kehu.organization.web;

import kehu.organization.SensitiveFields;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Reveals one sensitive value for an htmx button (ORG-4); permission, scope and audit in {@link SensitiveFields}. */
@Controller
class SensitiveController {

    private final SensitiveFields fields;

    SensitiveController(SensitiveFields fields) {
        this.fields = fields;
    }

    @PostMapping("/sensitive/{type}/{id}/{field}")
    String reveal(@PathVariable String type, @PathVariable long id, @PathVariable String field, Model model) {
        model.addAttribute("value", fields.reveal(type, id, field));
        return "organization/sensitive :: revealed";
    }
}
