package org.litgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.Lexicon;

/**
 * Turns a merged concept into lexicon rows: each term, cleaned and filtered, plus its number and
 * spelling variants.
 *
 * <p>Filters (noise control matters more than coverage): fewer than three characters; no letter;
 * more than {@value #MAX_TOKENS} tokens; longer than {@value #MAX_SYSTEMATIC} characters with a
 * digit or bracket (systematic chemical names that no sentence contains); parentheses or brackets
 * (MeSH qualifiers such as "Man (Taxonomy)", whose bare form is ambiguous by definition);
 * abbreviations of three characters or fewer; and anything on the {@link StopList}. Variants: the
 * singular of a plural name (not for processes), the plural of a singular name for diseases, cells
 * and anatomy (count nouns; not organisms, whose Latin names would get English plurals), and the
 * British spelling. Symbols and abbreviations get no variants. Case variants are not needed: {@link
 * org.litgraph.ingest.entity.SurfaceKeys} folds case at match time.
 */
final class SurfaceExpander {
  static final int MAX_TOKENS = 8;
  static final int MAX_SYSTEMATIC = 40;

  /**
   * Abbreviations this short ("ICC", "HSC", "ESC") stand for too many things to be names out of
   * context; the abbreviation stage links them where a document defines them. Official gene symbols
   * are kept from three characters.
   */
  static final int MAX_SHORT_ABBREVIATION = 3;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<EntityCategory> COUNT_NOUNS =
      Set.of(EntityCategory.DISEASE, EntityCategory.CELL, EntityCategory.ANATOMICAL_ENTITY);

  private final StopList stop;

  SurfaceExpander(StopList stop) {
    this.stop = stop;
  }

  List<LexiconRow> rows(Concept c) {
    String xrefs = String.join("|", c.xrefs());
    List<LexiconRow> rows = new ArrayList<>();
    for (Term t : c.terms()) {
      String text = SPACES.matcher(t.text().strip()).replaceAll(" ");
      if (!keep(text)) {
        continue;
      }
      boolean exactCase = t.kind().exactCase() || symbolLike(text);
      if (exactCase && t.kind() != TermKind.SYMBOL && text.length() <= MAX_SHORT_ABBREVIATION) {
        continue;
      }
      String flags = flags(c, exactCase);
      if (exactCase) {
        rows.add(row(text, c, xrefs, flags, t.kind(), false));
        continue;
      }
      shortCases(text).forEach(s -> rows.add(row(s, c, xrefs, flags, t.kind(), false)));
      Set<String> variants = new LinkedHashSet<>();
      Optional<String> singular = Inflections.singular(text);
      if (singular.isPresent()) {
        if (c.category() != EntityCategory.BIOLOGICAL_PROCESS) {
          variants.add(singular.get());
        }
      } else if (COUNT_NOUNS.contains(c.category())) {
        Inflections.plural(text).ifPresent(variants::add);
      }
      for (String v : List.copyOf(variants)) {
        british(v).ifPresent(variants::add);
      }
      british(text).ifPresent(variants::add);
      for (String v : variants) {
        if (keep(v)) {
          shortCases(v).forEach(s -> rows.add(row(s, c, xrefs, flags, t.kind(), true)));
        }
      }
    }
    return rows;
  }

  /**
   * True for a form written like a symbol or abbreviation, whatever kind the vocabulary gave it
   * (ontologies list "HSC" or "EMT" as exact synonyms): a capital after the first letter in a
   * single word or a short form ("IgG", "DNA", "Ef 1"), or a digit in a form of six characters or
   * fewer ("Cx43", "p53"). Such forms match with their exact case and get no variants, so "HSC"
   * never becomes "hsc" or "HSCs"-from-"hsc".
   */
  static boolean symbolLike(String text) {
    boolean singleWord = text.indexOf(' ') < 0;
    if (singleWord || text.length() < Lexicon.CASE_SENSITIVE_BELOW) {
      for (int i = 1; i < text.length(); i++) {
        if (Character.isUpperCase(text.charAt(i))) {
          return true;
        }
      }
    }
    return text.length() <= 6 && text.chars().anyMatch(Character::isDigit);
  }

  /**
   * A name shorter than {@link Lexicon#CASE_SENSITIVE_BELOW} matches with its exact case, so a
   * vocabulary's "Rats" or "Lung" would miss "rats" in running text: such names are given in lower
   * case and capitalised instead.
   */
  private static List<String> shortCases(String text) {
    if (text.length() >= Lexicon.CASE_SENSITIVE_BELOW) {
      return List.of(text);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String capital = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return lower.equals(capital) ? List.of(lower) : List.of(lower, capital);
  }

  private static Optional<String> british(String text) {
    return text.length() >= 5 ? BritishSpellings.of(text) : Optional.empty();
  }

  private static LexiconRow row(
      String surface, Concept c, String xrefs, String flags, TermKind kind, boolean generated) {
    return new LexiconRow(
        surface, c.id(), c.category().biolinkName(), c.name(), xrefs, flags, kind, generated);
  }

  private static String flags(Concept c, boolean exactCase) {
    Set<String> flags = new TreeSet<>(c.flags());
    if (exactCase) {
      flags.add(LexiconRow.CASE);
    }
    return String.join("|", flags);
  }

  /** The filters in the class comment. */
  boolean keep(String text) {
    if (text.length() < 3 || text.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    if (text.indexOf('(') >= 0
        || text.indexOf(')') >= 0
        || text.indexOf('[') >= 0
        || text.indexOf(']') >= 0) {
      return false;
    }
    if (text.length() > MAX_SYSTEMATIC && text.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if (text.indexOf('\t') >= 0 || text.split(" ").length > MAX_TOKENS) {
      return false;
    }
    return !stop.contains(text);
  }
}
