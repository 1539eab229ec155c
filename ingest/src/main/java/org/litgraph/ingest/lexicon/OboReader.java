package org.litgraph.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A minimal OBO 1.2 reader: the {@code id}, {@code name}, {@code synonym} and {@code xref} tags of
 * {@code [Term]} stanzas; obsolete terms and other stanza types are skipped. Enough for the Cell
 * Ontology, UBERON and Disease Ontology files, without an ontology library.
 */
final class OboReader {
  private OboReader() {}

  static List<OboTerm> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<OboTerm> read(BufferedReader in) throws IOException {
    List<OboTerm> terms = new ArrayList<>();
    Stanza stanza = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("[")) {
        emit(stanza, terms::add);
        stanza = line.strip().equals("[Term]") ? new Stanza() : null;
        continue;
      }
      if (stanza == null) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        continue;
      }
      String tag = line.substring(0, colon);
      String value = line.substring(colon + 2).strip();
      switch (tag) {
        case "id" -> stanza.id = value;
        case "name" -> stanza.name = value;
        case "is_obsolete" -> stanza.obsolete = value.startsWith("true");
        case "xref" -> stanza.xrefs.add(value.split("\\s", 2)[0]);
        case "synonym" -> synonym(value).ifPresent(stanza.synonyms::add);
        default -> {}
      }
    }
    emit(stanza, terms::add);
    return terms;
  }

  private static final class Stanza {
    String id;
    String name;
    boolean obsolete;
    final List<OboTerm.Synonym> synonyms = new ArrayList<>();
    final List<String> xrefs = new ArrayList<>();
  }

  private static void emit(Stanza s, Consumer<OboTerm> out) {
    if (s != null && s.id != null && s.name != null && !s.obsolete) {
      out.accept(new OboTerm(s.id, s.name, List.copyOf(s.synonyms), List.copyOf(s.xrefs)));
    }
  }

  /** Parses {@code "text" SCOPE [TYPE] [xrefs]}; quotes inside the text are escaped as \". */
  static Optional<OboTerm.Synonym> synonym(String value) {
    if (!value.startsWith("\"")) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        text.append(value.charAt(++i));
      } else if (c == '"') {
        break;
      } else {
        text.append(c);
      }
    }
    String[] rest = value.substring(Math.min(i + 1, value.length())).strip().split("\\s+");
    String scope = rest.length > 0 ? rest[0] : "";
    String type = rest.length > 1 && !rest[1].startsWith("[") ? rest[1] : "";
    return Optional.of(new OboTerm.Synonym(text.toString(), scope, type));
  }
}
