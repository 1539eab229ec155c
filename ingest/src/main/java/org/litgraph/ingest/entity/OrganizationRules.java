package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Finds organisations that CoreNLP's NER misses and where they are based.
 *
 * <p>Consumes: annotated text and the mentions found so far. Produces: new Organization mentions
 * for names introduced as {@code Name, headquartered in Place} / {@code Name, based in Place} or
 * carrying a company suffix ({@code Arvenna Biotherapeutics}, {@code Acme Inc}), and {@code
 * location}/{@code country} attributes for organisations followed by such a phrase or by a
 * parenthesised {@code (City, Country)}.
 */
final class OrganizationRules {
  static final Provenance PROVENANCE = new Provenance("organization-rules", "1");

  private static final String NAME =
      "((?:[A-Z][\\p{L}0-9&.'-]*)(?: (?:[A-Z][\\p{L}0-9&.'-]*|of|and|&))*)";
  private static final String PLACE = "([A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+)*)";

  /** "TiGenix, headquartered in Belgium" and "TiGenix, a company based in Leuven, Belgium". */
  private static final Pattern BASED_IN =
      Pattern.compile(
          NAME
              + ",? (?:(?:a|an|the) [\\p{L} -]{0,40}?)?(?:headquartered|based|located) in "
              + PLACE
              + "(?:, "
              + PLACE
              + ")?");

  /** "Arvenna Biotherapeutics (Ghent, Belgium)". */
  private static final Pattern PAREN_PLACE =
      Pattern.compile("^\\s*\\(" + PLACE + "(?:, " + PLACE + ")?\\)");

  private static final Pattern SUFFIXED =
      Pattern.compile(
          NAME
              + " (Inc\\.?|Ltd\\.?|LLC|S\\.?A\\.?|N\\.?V\\.?|AG|GmbH|plc|Corp\\.?|Corporation|Biotherapeutics|Therapeutics|Pharmaceuticals|Pharma|Biotech|Biotechnology|Biologics|Biosciences|Biopharma|Laboratories)\\b");

  List<RecognizedMention> recognize(AnnotatedText text, List<RecognizedMention> known) {
    List<RecognizedMention> found = new ArrayList<>();
    String doc = text.text();
    for (NlpSentence s : text.sentences()) {
      String sentence = doc.substring(s.start(), s.end());
      Matcher m = BASED_IN.matcher(sentence);
      while (m.find()) {
        String name = trimLeadingArticle(m.group(1));
        int start = s.start() + m.start(1) + (m.group(1).length() - name.length());
        Map<String, String> attrs = placeAttributes(m.group(2), m.group(3));
        add(found, known, s.index(), start, start + name.length(), name, attrs);
      }
      Matcher suffixed = SUFFIXED.matcher(sentence);
      while (suffixed.find()) {
        String full = trimLeadingArticle(suffixed.group(0));
        int start = s.start() + suffixed.end() - full.length();
        add(found, known, s.index(), start, s.start() + suffixed.end(), full, Map.of());
      }
    }
    return found;
  }

  /** Location attributes for every organisation followed by "(City, Country)". */
  static Map<String, String> attributesAfter(String doc, RecognizedMention org) {
    Matcher m =
        PAREN_PLACE.matcher(doc.substring(org.end(), Math.min(doc.length(), org.end() + 80)));
    return m.find() ? placeAttributes(m.group(1), m.group(2)) : Map.of();
  }

  /**
   * True when a mention lies inside the "(City, Country)" that follows an organisation, where
   * CoreNLP sometimes tags the city as an organisation.
   */
  static boolean insidePlaceParenthesis(
      String doc, RecognizedMention org, RecognizedMention other) {
    Matcher m =
        PAREN_PLACE.matcher(doc.substring(org.end(), Math.min(doc.length(), org.end() + 80)));
    return m.find() && other.start() >= org.end() && other.end() <= org.end() + m.end();
  }

  private static Map<String, String> placeAttributes(String first, String second) {
    Map<String, String> attrs = new LinkedHashMap<>();
    String last = second != null ? second : first;
    attrs.put("location", second != null ? first + ", " + second : first);
    if (Countries.isCountry(last)) {
      attrs.put("country", last);
    }
    return attrs;
  }

  private static void add(
      List<RecognizedMention> found,
      List<RecognizedMention> known,
      int sentence,
      int start,
      int end,
      String name,
      Map<String, String> attrs) {
    if (name.length() < 2 || name.split(" ").length > 6) {
      return;
    }
    Optional<Entity> entity = organization(name);
    if (entity.isEmpty()) {
      return;
    }
    RecognizedMention m =
        new RecognizedMention(sentence, start, end, entity.get().withAttributes(attrs), PROVENANCE);
    boolean clashes =
        known.stream().anyMatch(k -> k.overlaps(m) && !isOrg(k))
            || found.stream().anyMatch(m::overlaps);
    if (!clashes) {
      found.add(m);
    }
  }

  private static boolean isOrg(RecognizedMention m) {
    return m.entity().category() == EntityCategory.ORGANIZATION;
  }

  static Optional<Entity> organization(String name) {
    String slug = GeneralNerMapper.slug(name);
    if (slug.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Entity(
            new Curie("LITGRAPH", "org-" + slug),
            EntityCategory.ORGANIZATION,
            name,
            List.of(),
            List.of()));
  }

  private static String trimLeadingArticle(String name) {
    for (String article : new String[] {"The ", "A ", "An "}) {
      if (name.startsWith(article)) {
        return name.substring(article.length());
      }
    }
    return name;
  }
}
