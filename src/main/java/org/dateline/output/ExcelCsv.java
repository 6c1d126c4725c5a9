package org.dateline.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code --excel} form of a table: a UTF-8 byte-order mark, without which Excel reads UTF-8 as the legacy
 * code page, and formula injection neutralized as OWASP recommends: a cell starting with {@code = + - @}, tab
 * or carriage return gets a leading single quote, so a scraped quote reading {@code =HYPERLINK(...)} shows as
 * text instead of running. Plain numbers ({@code -3.5}) are left alone: they cannot be formulas. This changes
 * the data, which is why it is opt-in.
 */
final class ExcelCsv {

  static final String BOM = "\uFEFF";
  private static final String TRIGGERS = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private ExcelCsv() {
  }

  static String neutralized(String cell) {
    if (cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /** Writes the Excel form of the RFC 4180 table {@code from} to {@code to}. */
  static void convert(Path from, Path to) throws IOException {
    try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get();
         Writer w = new BufferedWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8));
         CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
      w.write(BOM);
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cell -> cells.add(neutralized(cell)));
        out.printRecord(cells);
      }
    }
  }
}
