package org.litgraph.ingest.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The British spelling of an American medical name, for the pairs that are frequent in the
 * literature: ae/e (anaemia, haemorrhage, paediatric), oe/e (oedema, oesophagus, diarrhoea, foetal)
 * and our/or (tumour, behaviour). The rules are anchored to known word parts, so "chemotherapy" or
 * "systemic" are left alone. The result is lower case: it is only used for names of five letters or
 * more, which match regardless of case.
 */
final class BritishSpellings {
  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> RULES =
      List.of(
          rule("(?<=[b-df-hj-np-tv-z])emia(?=s?\\b)", "aemia"),
          rule("\\b(isch|an|hypoglyc|hyperglyc|glyc|ur|tox|septic)emic\\b", "$1aemic"),
          rule("\\bhem(?=at|o|angi)", "haem"),
          rule("\\bedem(?=a)", "oedem"),
          rule("\\besophag", "oesophag"),
          rule("\\bestr(?=o|ad|iol)", "oestr"),
          rule("\\bfet(?=al|us)", "foet"),
          rule("\\bceliac", "coeliac"),
          rule("pnea\\b", "pnoea"),
          rule("rrhea\\b", "rrhoea"),
          rule("\\bpediatr", "paediatr"),
          rule("\\borthoped", "orthopaed"),
          rule("gynecolog", "gynaecolog"),
          rule("\\bcesarean", "caesarean"),
          rule("anesthe", "anaesthe"),
          rule("\\b(tum|behavi|col|od|lab|hum|vap|fav)or(?=s?\\b|al\\b)", "$1our"));

  private BritishSpellings() {}

  private static Rule rule(String regex, String replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }

  /** The British form, or empty when no rule changes the name. */
  static Optional<String> of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String out = lower;
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(out);
      out = m.replaceAll(r.replacement());
    }
    return out.equals(lower) ? Optional.empty() : Optional.of(out);
  }
}
