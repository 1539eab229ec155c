package org.litgraph.ingest.source.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a response body into text. The charset comes from, in order: a byte-order mark, the {@code
 * Content-Type} header, a {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} in the
 * first 2 KB, an XML declaration, and last a sniff: strict UTF-8 if the bytes decode as such, else
 * Windows-1252 (which browsers use for ISO-8859-1 labels too).
 */
public final class BodyDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private BodyDecoder() {}

  /** Decodes a body given the response's {@code Content-Type} header (may be empty). */
  public static String decode(byte[] body, String contentType) {
    if (hasUtf8Bom(body)) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    Optional<Charset> charset =
        fromHeader(contentType).or(() -> fromMarkup(body)).filter(c -> c.canEncode());
    if (charset.isPresent()) {
      return new String(body, charset.get());
    }
    return sniff(body);
  }

  /** The charset named in a {@code Content-Type} header. */
  public static Optional<Charset> fromHeader(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> fromMarkup(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head.stripLeading());
    if (xml.find()) {
      return charset(xml.group(1));
    }
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    // WHATWG encoding standard: these labels mean windows-1252 in every browser
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String sniff(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(body, Charset.forName("windows-1252"));
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** True when the bytes look binary: NUL bytes in the first 8 KB. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
