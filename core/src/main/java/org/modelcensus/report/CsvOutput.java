package org.modelcensus.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How every CSV the program writes reads: RFC 4180 quoting, {@code \n} line endings, numbers in plain notation
 * ({@code 0.000318}, never {@code 3.18E-4}), so that any CSV parser and spreadsheet reads them alike.
 */
final class CsvOutput {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvOutput() {}

    static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(out, FORMAT);
    }

    /** Prints one record, doubles in plain notation. */
    static void record(CSVPrinter printer, Object... values) throws IOException {
        printer.printRecord(Arrays.stream(values).map(CsvOutput::plain).toArray());
    }

    private static Object plain(Object value) {
        if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return "";
            }
            String text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            return text.equals("-0") ? "0" : text;
        }
        return value;
    }
}
