package kehu.customer.transfer;

import kehu.shared.DomainException;

/** An uploaded file that cannot be read as a CSV or an xlsx workbook; the message says why. */
public class UnreadableFile extends DomainException {

    public UnreadableFile(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
