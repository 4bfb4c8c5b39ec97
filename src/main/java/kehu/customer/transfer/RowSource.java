package kehu.customer.transfer;

import java.io.Closeable;
import java.io.IOException;

/** The rows of an uploaded file, read one at a time. */
public interface RowSource extends Closeable {

    /** The next row, or null at the end. */
    SheetRow next() throws IOException;

    /** How far through the file reading has got, 0 … 1. */
    double progress();
}
