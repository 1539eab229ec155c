package org.litgraph.ingest.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset detection: header, then meta charset, then sniffing. */
class BodyDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String PAGE = "<html><head>%s</head><body><p>Café médical</p></body></html>";

  @Test
  void headerCharsetWins() {
    byte[] body = String.format(PAGE, "<meta charset=utf-8>").getBytes(CP1252);
    assertTrue(BodyDecoder.decode(body, "text/html; charset=ISO-8859-1").contains("Café médical"));
  }

  @Test
  void metaCharsetIsUsedWithoutAHeaderCharset() {
    byte[] body = String.format(PAGE, "<meta charset=\"windows-1252\">").getBytes(CP1252);
    assertTrue(BodyDecoder.decode(body, "text/html").contains("Café médical"));
    byte[] httpEquiv =
        String.format(
                PAGE,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
            .getBytes(CP1252);
    assertTrue(BodyDecoder.decode(httpEquiv, "").contains("Café médical"));
  }

  @Test
  void withoutAnyLabelValidUtf8IsUtf8AndAnythingElseWindows1252() {
    assertTrue(
        BodyDecoder.decode(String.format(PAGE, "").getBytes(StandardCharsets.UTF_8), "text/html")
            .contains("Café médical"));
    assertTrue(
        BodyDecoder.decode(String.format(PAGE, "").getBytes(CP1252), "text/html")
            .contains("Café médical"));
  }

  @Test
  void unknownCharsetNameFallsBackToSniffing() {
    byte[] body = String.format(PAGE, "").getBytes(StandardCharsets.UTF_8);
    assertTrue(BodyDecoder.decode(body, "text/html; charset=no-such-thing").contains("Café"));
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals("hi", BodyDecoder.decode(bom, "text/html; charset=windows-1252"));
  }

  @Test
  void nulBytesLookBinary() {
    assertTrue(BodyDecoder.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}));
    assertFalse(BodyDecoder.looksBinary("<html>".getBytes(StandardCharsets.US_ASCII)));
  }
}
