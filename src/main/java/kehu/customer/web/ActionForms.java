package kehu.customer.web;

import java.util.List;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.Classification;
import kehu.customer.LoyaltyType;
import kehu.customer.ValueClass;

/** The small forms of the customer pages and API: transfer, classify, reason-only moves, collaborators. */
final class ActionForms {

    private ActionForms() {
    }

    record TransferForm(Long toStaffId, String reason) {
        static TransferForm empty() {
            return new TransferForm(null, "");
        }
    }

    record BulkTransferForm(List<Long> customerIds, Long toStaffId, String reason) {
        static BulkTransferForm empty() {
            return new BulkTransferForm(List.of(), null, "");
        }
    }

    record ClassifyForm(AbcClass abcClass, LoyaltyType loyalty, ValueClass valueClass, String creditGrade, Boolean vip,
                        String reason) {
        static ClassifyForm of(Classification c) {
            return new ClassifyForm(c.abcClass(), c.loyalty(), c.valueClass(), c.creditGrade(), c.vip(), "");
        }

        Classification classification() {
            return new Classification(abcClass, loyalty, valueClass, creditGrade, Boolean.TRUE.equals(vip));
        }
    }

    record ReasonForm(String reason) {
        static ReasonForm empty() {
            return new ReasonForm("");
        }
    }

    record CollaboratorsForm(Set<Long> collaboratorIds) {
    }
}
