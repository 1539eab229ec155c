package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.store.EntitySuggestion;

/**
 * {@code GET /api/entities?q=}: entities whose name or synonym (or a word of one) starts with the
 * query, most mentioned first; {@code matched} is the name that matched, {@code mentions} the
 * number of indexed sentences naming the entity.
 */
public record SuggestionsDto(String query, List<SuggestionDto> suggestions) {

  /** One suggestion. */
  public record SuggestionDto(
      String id, String name, String category, String matched, long mentions) {
    static SuggestionDto from(EntitySuggestion s) {
      return new SuggestionDto(
          s.id().toString(), s.name(), s.category().biolinkName(), s.matched(), s.mentions());
    }
  }

  public static SuggestionsDto from(String query, List<EntitySuggestion> suggestions) {
    return new SuggestionsDto(query, suggestions.stream().map(SuggestionDto::from).toList());
  }
}
