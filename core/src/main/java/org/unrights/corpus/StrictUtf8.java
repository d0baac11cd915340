package org.unrights.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as strict UTF-8: a malformed sequence is an error that says where it is, never a
 * replacement character. A byte order mark is kept as the text's first character, so offsets
 * into the text count it. This class is stateless and thread-safe.
 */
public final class StrictUtf8 {

  private StrictUtf8() {}

  /**
   * Decodes bytes.
   *
   * @param bytes  the bytes, not null
   * @return the text, not null
   * @throws MalformedUtf8Exception  at the first malformed byte sequence
   */
  public static String decode(byte[] bytes) throws MalformedUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      String before = out.toString();
      TextPosition at = TextPosition.of(before, before.length());
      throw new MalformedUtf8Exception(bytes[bad] & 0xFF, bad, at.line(), at.column());
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
