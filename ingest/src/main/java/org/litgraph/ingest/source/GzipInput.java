package org.litgraph.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Recognises gzip by its magic bytes and inflates it, bounded, with typed errors. */
final class GzipInput {
  private GzipInput() {}

  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * Inflates gzip bytes.
   *
   * @param maxBytes the largest inflated size accepted (a gzip bomb is refused, not inflated)
   * @throws SourceException for truncated or corrupt data and for output over the limit
   */
  static byte[] gunzip(String source, byte[] bytes, long maxBytes) throws SourceException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (out.length > maxBytes) {
        throw new SourceException(
            source, "gzip content is larger than the limit of " + maxBytes + " bytes");
      }
      return out;
    } catch (EOFException e) {
      throw new SourceException(source, "truncated gzip: the compressed data ends early", e);
    } catch (ZipException e) {
      throw new SourceException(source, "corrupt gzip: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SourceException(source, "cannot read gzip: " + e.getMessage(), e);
    }
  }
}
