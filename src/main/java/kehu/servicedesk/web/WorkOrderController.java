package kehu.servicedesk.web;

import kehu.servicedesk.ReceiptForm;
import kehu.servicedesk.WorkOrderManagement;
import kehu.servicedesk.WorkOrderStatus;
import kehu.shared.DomainException;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department's work orders (SVC-2): list, the order page, take, record work, return the receipt (回单). */
@Controller
@RequestMapping("/service/work-orders")
class WorkOrderController {

    private final WorkOrderManagement workOrders;
    private final ServicePages pages;

    WorkOrderController(WorkOrderManagement workOrders, ServicePages pages) {
        this.workOrders = workOrders;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    String list(@RequestParam(required = false) WorkOrderStatus status, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("page", workOrders.list(status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
        model.addAttribute("status", status);
        model.addAttribute("query", status == null ? "" : "?status=" + status);
        pages.choices(model);
        return "servicedesk/work-orders";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','service.handle')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", workOrders.get(id));
        return "servicedesk/work-order";
    }

    @PostMapping("/{id}/take")
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    String take(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.workOrder.taken", () -> workOrders.take(id, version));
    }

    @PostMapping("/{id}/work")
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    String work(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "common.saved", () -> workOrders.recordWork(id, note));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAnyAuthority('service.dispatch','service.handle')")
    String complete(@PathVariable long id, @RequestParam(required = false) String workDone,
                    @RequestParam(required = false) String note,
                    @RequestParam(defaultValue = "false") boolean customerConfirmed, @RequestParam long version,
                    RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.workOrder.completed",
                () -> workOrders.complete(id, new ReceiptForm(workDone, note, customerConfirmed, version)));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable move) {
        try {
            move.run();
            redirect.addFlashAttribute("flash", pages.text(doneKey));
        } catch (kehu.shared.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", pages.text(e));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("refusal", pages.text("error.concurrentChange"));
        }
        return "redirect:/service/work-orders/" + id;
    }
}
