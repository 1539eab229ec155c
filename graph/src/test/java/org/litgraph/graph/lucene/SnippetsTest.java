package org.litgraph.graph.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void escapingLeavesNoCharacterThatStartsMarkup() {
    StringBuilder out = new StringBuilder();

    Snippets.escape("<script>alert(\"x\")</script> & 'quotes'", out);

    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;", out.toString());
  }

  @Test
  void escapingLeavesOrdinaryTextAlone() {
    StringBuilder out = new StringBuilder("Prefix: ");

    Snippets.escape("TNF-α fell by 40 % in mice.", out);

    assertEquals("Prefix: TNF-α fell by 40 % in mice.", out.toString());
  }
}
