package org.litgraph.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes bytes as strict UTF-8, falling back to Windows-1252 for legacy files. */
final class TextDecoding {
  private TextDecoding() {}

  static String decode(byte[] bytes) {
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
  static int firstInvalidUtf8(byte[] bytes) {
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /** True when an XML declaration names an encoding other than UTF-8. */
  static boolean declaresOtherEncoding(String content) {
    Matcher m = XML_ENCODING.matcher(content.substring(0, Math.min(content.length(), 200)));
    return m.find()
        && !m.group(1).equalsIgnoreCase("utf-8")
        && !m.group(1).equalsIgnoreCase("utf8");
  }

  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** True when the bytes look binary (NUL bytes in the first 8 KB). */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
