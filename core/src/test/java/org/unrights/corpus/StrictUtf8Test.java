package org.unrights.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  @Test
  void decodesUtf8_keepingAByteOrderMark() throws Exception {
    assertThat(StrictUtf8.decode("\uFEFFC\u00f4te d'Ivoire".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("\uFEFFC\u00f4te d'Ivoire");
  }

  @Test
  void namesTheFirstMalformedByte_itsOffset_lineAndColumn() {
    byte[] latin1 = "Line one\nC\u00f4te".getBytes(StandardCharsets.ISO_8859_1);
    MalformedUtf8Exception e = catchThrowableOfType(MalformedUtf8Exception.class, () -> StrictUtf8.decode(latin1));
    assertThat(e).hasMessage("malformed byte 0xF4 at byte offset 10");
    assertThat(e.badByte()).isEqualTo(0xF4);
    assertThat(e.byteOffset()).isEqualTo(10);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(2);
  }
}
