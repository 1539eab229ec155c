package org.litgraph.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * (evidence, claim, label) pairs read from SciFact's {@code rte_train.tsv} (tab-separated, {@code
 * index sentence1 sentence2 entailment}: labels entailment / not_entailment) or HealthVer's CSV
 * ({@code id,evidence,claim,label,...}: Supports / Refutes / Neutral). The shape is recognised by
 * the header.
 */
public record StancePairs(String format, List<String> labels, List<Pair> pairs) {
  /** One pair with its gold label as the file spells it. */
  public record Pair(String evidence, String claim, String label) {}

  public StancePairs {
    labels = List.copyOf(labels);
    pairs = List.copyOf(pairs);
  }

  /** Reads a pairs file; fails with the file name and the reason when it has neither shape. */
  public static StancePairs read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int nl = text.indexOf('\n');
    String header = (nl < 0 ? text : text.substring(0, nl)).strip().toLowerCase(Locale.ROOT);
    if (header.equals("index\tsentence1\tsentence2\tentailment")) {
      List<Pair> pairs = new ArrayList<>();
      for (String line : text.substring(nl + 1).split("\n")) {
        String[] f = line.split("\t", -1);
        if (f.length >= 4) {
          pairs.add(new Pair(f[1], f[2], f[3].strip()));
        }
      }
      return new StancePairs("scifact-rte", List.of("entailment", "not_entailment"), pairs);
    }
    if (header.startsWith("id,evidence,claim,label")) {
      List<List<String>> rows = Csv.parse(text);
      List<Pair> pairs = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        if (row.size() >= 4) {
          pairs.add(new Pair(row.get(1), row.get(2), row.get(3).strip()));
        }
      }
      return new StancePairs("healthver", List.of("Supports", "Refutes", "Neutral"), pairs);
    }
    throw new IOException(
        file
            + ": not a pairs file; expected SciFact's 'index<TAB>sentence1<TAB>sentence2<TAB>"
            + "entailment' header or HealthVer's 'id,evidence,claim,label' header, found '"
            + header
            + "'");
  }

  /** A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            field.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(ch);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
