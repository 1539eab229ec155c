package org.litgraph.api.http.dto;

/**
 * The body of {@code POST /api/factcheck}: either {@code url} (an http(s) page, fetched through the
 * crawler's address guard) or {@code text} (plain text or HTML) with an optional {@code title};
 * {@code asOf} is YYYY-MM-DD, {@code none}, or absent for the piece's own date.
 */
public record FactCheckRequestDto(String url, String text, String title, String asOf) {}
