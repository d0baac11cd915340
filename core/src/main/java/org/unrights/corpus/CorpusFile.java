package org.unrights.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One file of a corpus: its name as shown in messages and its bytes. */
final class CorpusFile {

  private final String name;
  private final byte[] bytes;

  CorpusFile(String name, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  String name() {
    return name;
  }

  /**
   * Decodes the file as strict UTF-8.
   *
   * @throws CorpusFormatException  at the line and column of the first malformed byte sequence
   */
  String text() {
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
      throw new CorpusFormatException(name, at.line(), at.column(), String.format(
          "is not valid UTF-8: malformed byte 0x%02X at byte offset %d", bytes[bad] & 0xFF, bad));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
