package org.litgraph.ingest.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litgraph.graph.model.EntityCategory;

/**
 * A text of a gold corpus's train split with its annotated spans, and the categories that corpus
 * annotates (a word never annotated in a corpus that does not annotate its category proves
 * nothing). Reads PubTator files (title and abstract joined by a space, as PubTator offsets assume)
 * and two-column IOB files (tokens joined by spaces).
 *
 * @param spans gold mention spans as {@code [start, end)} character offsets
 */
record TrainText(String text, List<int[]> spans, Set<EntityCategory> categories) {

  static List<TrainText> pubTator(Path file, Set<EntityCategory> categories) {
    List<TrainText> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (String line : lines(file)) {
      if (line.isBlank()) {
        flush(out, text, spans, categories);
        continue;
      }
      int bar = line.indexOf('|');
      if (bar > 0 && line.length() > bar + 2 && line.charAt(bar + 2) == '|') {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        text.append(line.substring(bar + 3));
        continue;
      }
      String[] f = line.split("\t");
      if (f.length >= 5 && f[1].chars().allMatch(Character::isDigit)) {
        spans.add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
      }
    }
    flush(out, text, spans, categories);
    return out;
  }

  static List<TrainText> iob(Path file, Set<EntityCategory> categories) {
    List<TrainText> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (String line : lines(file)) {
      String[] f = line.split("\t");
      if (line.isBlank() || f.length < 2) {
        if (open >= 0) {
          spans.add(new int[] {open, text.length()});
          open = -1;
        }
        flush(out, text, spans, categories);
        continue;
      }
      String tag = f[f.length - 1];
      if (open >= 0 && !tag.startsWith("I-")) {
        spans.add(new int[] {open, text.length()});
        open = -1;
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      if (tag.startsWith("B-") || tag.startsWith("I-") && open < 0) {
        open = text.length();
      }
      text.append(f[0]);
    }
    if (open >= 0) {
      spans.add(new int[] {open, text.length()});
    }
    flush(out, text, spans, categories);
    return out;
  }

  private static void flush(
      List<TrainText> out, StringBuilder text, List<int[]> spans, Set<EntityCategory> cats) {
    if (!text.isEmpty()) {
      out.add(new TrainText(text.toString(), List.copyOf(spans), cats));
    }
    text.setLength(0);
    spans.clear();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** True when a gold span overlaps {@code [start, end)}. */
  boolean annotated(int start, int end) {
    for (int[] s : spans) {
      if (s[0] < end && start < s[1]) {
        return true;
      }
    }
    return false;
  }
}
