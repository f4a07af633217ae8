package org.partnermatch.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnermatch.common.ProblemException;

/**
 * A CSV file as an import reads it: a header row whose cells are matched to known fields (case, spaces and
 * punctuation ignored, through aliases), then data rows. File-level faults (empty, no header, no name column, a
 * field named twice, too many rows) are 400 problems naming {@code body}.
 */
final class CsvSheet {

    /** One data row: its spreadsheet row number and its cells by field. */
    record Row(int number, Map<String, String> cells, int width) {
    }

    private final Map<String, String> headerOf;
    private final List<String> ignored;
    private final List<String> recognised;
    private final List<Row> rows;
    private final int width;

    private CsvSheet(Map<String, String> headerOf, List<String> recognised, List<String> ignored, List<Row> rows,
                     int width) {
        this.headerOf = headerOf;
        this.recognised = recognised;
        this.ignored = ignored;
        this.rows = rows;
        this.width = width;
    }

    /**
     * Reads {@code text} with {@code aliases} (normalised header → field). Comma, semicolon or tab separated (whichever
     * the header row uses), optional UTF-8 byte order mark, RFC 4180 quoting. Rows whose every cell is blank are
     * skipped (spreadsheets leave them at the end).
     */
    static CsvSheet parse(String text, Map<String, String> aliases, String requiredField, int maxRows) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("body", "is empty: send a CSV file with a header row and data rows");
        }
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw ProblemException.badRequest("body", "is empty: send a CSV file with a header row and data rows");
            }
            CSVRecord header = records.next();
            Map<Integer, String> fieldAt = new LinkedHashMap<>();
            Map<String, String> headerOf = new LinkedHashMap<>();
            List<String> recognised = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                String field = aliases.get(normalise(name));
                if (field == null) {
                    if (!name.isEmpty()) {
                        ignored.add(name);
                    }
                    continue;
                }
                if (headerOf.containsKey(field)) {
                    throw ProblemException.badRequest("body", "columns '" + headerOf.get(field) + "' and '" + name
                            + "' both mean " + field + "; keep one");
                }
                headerOf.put(field, name);
                fieldAt.put(i, field);
                recognised.add(name);
            }
            if (requiredField != null && !headerOf.containsKey(requiredField)) {
                throw ProblemException.badRequest("body", "the first row must be a header naming the columns, with a "
                        + requiredField + " column (found: " + String.join(", ", header.toList()) + ")");
            }
            List<Row> rows = new ArrayList<>();
            int number = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw ProblemException.badRequest("body", "has more than " + maxRows
                            + " data rows; split the file");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                fieldAt.forEach((index, field) -> cells.put(field, index < record.size() ? clean(record.get(index)) : null));
                rows.add(new Row(number, cells, record.size()));
            }
            if (rows.isEmpty()) {
                throw ProblemException.badRequest("body", "has a header row but no data rows");
            }
            return new CsvSheet(headerOf, recognised, ignored, rows, header.size());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ProblemException.badRequest("body", "is not well-formed CSV (check quotes)");
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "is not well-formed CSV (check quotes)");
        }
    }

    /** Header text reduced to letters and digits, lower case: "Zip Code", "zip_code" and "ZIP-code" are one. */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Trimmed, with runs of spaces inside collapsed (line breaks kept); blank → null. */
    private static String clean(String cell) {
        String value = cell.strip().replaceAll("[ \\t\\u00A0]+", " ");
        return value.isEmpty() ? null : value;
    }

    private static char delimiter(String body) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        return first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    boolean has(String field) {
        return headerOf.containsKey(field);
    }

    /** The header as the file wrote it for this field, or the field's own name when the file has no such column. */
    String header(String field) {
        return headerOf.getOrDefault(field, field);
    }

    List<Row> rows() {
        return rows;
    }

    int width() {
        return width;
    }

    List<String> recognised() {
        return recognised;
    }

    List<String> ignored() {
        return ignored;
    }
}
