package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceFormatTest {
  @Test
  void xmlIsToldApartByItsRootElementAfterPrologueCommentsAndDoctype() {
    assertEquals(
        SourceFormat.PUBMED_XML,
        SourceFormat.detect(
            "a.txt",
            "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE PubmedArticleSet PUBLIC \"x\" \"y\">\n"
                + "<PubmedArticleSet/>"));
    assertEquals(SourceFormat.JATS_XML, SourceFormat.detect("a", "<article><front/></article>"));
    assertEquals(SourceFormat.BIOC_XML, SourceFormat.detect("a", "<collection/>"));
    assertEquals(SourceFormat.OTHER_XML, SourceFormat.detect("a", "<?xml version=\"1.0\"?><rss/>"));
    assertEquals(SourceFormat.HTML, SourceFormat.detect("a", "<!DOCTYPE html><html></html>"));
    assertEquals(SourceFormat.HTML, SourceFormat.detect("page.htm", "<div>hi</div>"));
  }

  @Test
  void jsonPubTatorAndTextAreToldApart() {
    assertEquals(SourceFormat.JSON, SourceFormat.detect("x", "  {\"a\": 1}"));
    assertEquals(SourceFormat.JSON, SourceFormat.detect("x", "[ {\"a\": 1} ]"));
    assertEquals(SourceFormat.TEXT, SourceFormat.detect("x.txt", "[1] A reference list."));
    assertEquals(SourceFormat.PUBTATOR, SourceFormat.detect("x", "123|t|A title\n123|a|Text\n"));
    assertEquals(SourceFormat.TEXT, SourceFormat.detect("x", "Plain words | with a bar."));
  }

  @Test
  void externalOnlyDoctypeIsBlankedKeepingOffsetsAndInternalSubsetRefused() throws Exception {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article SYSTEM \"JATS.dtd\">\n<article/>";
    String safe = SecureXml.withoutExternalDoctype("f.xml", xml);
    assertEquals(xml.length(), safe.length());
    assertTrue(safe.endsWith("\n<article/>"));
    assertTrue(!safe.contains("DOCTYPE"));
    SourceException e =
        assertThrows(
            SourceException.class,
            () ->
                SecureXml.withoutExternalDoctype(
                    "f.xml", "<!DOCTYPE a SYSTEM \"x\" [<!ENTITY e \"boom\">]><a>&e;</a>"));
    assertEquals("f.xml", e.source());
    assertTrue(e.reason().contains("internal subset refused"), e.reason());
  }
}
