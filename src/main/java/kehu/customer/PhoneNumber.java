package kehu.customer;

import kehu.shared.DomainException;

/** A phone number of a contact: a mobile number or a landline, whichever it is. */
public record PhoneNumber(String value, boolean mobile) {

    public static PhoneNumber parse(String raw) {
        try {
            return new PhoneNumber(MobileNumber.parse(raw).value(), true);
        } catch (DomainException notMobile) {
            try {
                return new PhoneNumber(Landline.parse(raw).value(), false);
            } catch (DomainException notLandline) {
                throw DomainException.invalid("phone", "customer.phone.invalid");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
