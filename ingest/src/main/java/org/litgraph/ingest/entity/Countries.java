package org.litgraph.ingest.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English country names from the JDK's ISO 3166 tables (no data file to maintain), plus a few
 * common short forms, so a place next to an organisation can be told to be its country.
 */
final class Countries {
  private static final Set<String> NAMES = load();

  private Countries() {}

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      names.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    names.addAll(
        Set.of("usa", "us", "uk", "the netherlands", "holland", "england", "scotland", "wales"));
    return names;
  }

  static boolean isCountry(String name) {
    return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
  }
}
