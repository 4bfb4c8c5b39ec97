package kehu.customer.search;

import static kehu.customer.search.IndexFields.PHONE_DIGITS;
import static kehu.customer.search.IndexFields.PHONE_TAIL;

import java.util.LinkedHashSet;

import kehu.customer.internal.Customer;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes the digits of a customer's mobile and landline (sensitive: matched, never returned): every
 * run of 3 … 16 digits, so a fragment finds the number, and the last four digits of each number
 * (a landline's without its extension) on their own, so they rank first.
 */
final class PhoneBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("mobile").use("landline");
        var types = context.typeFactory();
        var schema = context.indexSchemaElement();
        context.bridge(Customer.class, new Bridge(
                schema.field(PHONE_DIGITS, types.asString().analyzer(ChineseAnalysis.DIGITS)
                        .searchAnalyzer(ChineseAnalysis.KEYWORD).norms(Norms.NO).projectable(Projectable.NO))
                        .multiValued().toReference(),
                schema.field(PHONE_TAIL, types.asString().projectable(Projectable.NO)).multiValued().toReference()));
    }

    private record Bridge(IndexFieldReference<String> digits, IndexFieldReference<String> tail)
            implements TypeBridge<Customer> {

        @Override
        public void write(DocumentElement target, Customer customer, TypeBridgeWriteContext context) {
            var numbers = new LinkedHashSet<String>();
            var tails = new LinkedHashSet<String>();
            var mobile = SearchText.digits(customer.getMobile());
            if (!mobile.isEmpty()) {
                numbers.add(mobile);
                tails.add(tail(mobile));
            }
            var landline = customer.getLandline();
            if (landline != null && !landline.isBlank()) {
                numbers.add(SearchText.digits(landline));
                // 区号-号码[-分机]: the last four of the number itself
                var parts = landline.split("-");
                var number = SearchText.digits(parts.length > 1 ? parts[1] : parts[0]);
                if (!number.isEmpty()) {
                    tails.add(tail(number));
                }
                // the number without its area code, as people often type it
                if (parts.length > 1) {
                    numbers.add(SearchText.digits(parts[1]));
                }
            }
            numbers.forEach(n -> target.addValue(digits, n));
            tails.forEach(t -> target.addValue(tail, t));
        }

        private static String tail(String digits) {
            return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
        }
    }
}
