package org.litgraph.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9: CSV follows RFC 4180 and reads back to the same fields. */
class CsvWriterTest {

  @Test
  void quotesCommasQuotesAndLineBreaksAndReadsBackTheSameFields() throws Exception {
    List<String> header = List.of("id", "name", "sentence");
    List<List<String>> rows =
        List.of(
            List.of("MESH:D018805", "Sepsis, severe", "He said \"no\"."),
            List.of("x", "two\nlines", "crlf\r\ninside"),
            List.of("", " padded ", "ünïcödé — α"),
            List.of("plain", "a\"b", ","));
    StringWriter out = new StringWriter();
    try (CsvWriter csv = new CsvWriter(out, header)) {
      rows.forEach(csv::write);
      assertEquals(4, csv.records());
    }
    List<List<String>> back = Rfc4180.parse(out.toString());
    assertEquals(header, back.getFirst());
    assertEquals(rows, back.subList(1, back.size()));
  }

  @Test
  void writesTheExactRfc4180Bytes() throws Exception {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = new CsvWriter(out, List.of("a", "b"))) {
      csv.write(Arrays.asList("x,y", null));
      csv.write(List.of("say \"hi\"", "ok"));
    }
    assertEquals("a,b\r\n\"x,y\",\r\n\"say \"\"hi\"\"\",ok\r\n", out.toString());
  }

  @Test
  void refusesARecordOfTheWrongWidth() {
    CsvWriter csv = new CsvWriter(new StringWriter(), List.of("a", "b"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> csv.write(List.of("only one")));
    assertEquals("record has 1 fields; the header has 2", e.getMessage());
  }
}
