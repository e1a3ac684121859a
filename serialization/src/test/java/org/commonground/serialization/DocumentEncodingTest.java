// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Documents are UTF-8 (RFC 8259), and a malformed encoding is a problem like any other. */
class DocumentEncodingTest {

  private static final String DOCUMENT = "{\"format\":\"commonground.organization\",\"version\":1,"
      + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\"}]}";

  private static List<Violation> problems(byte[] text) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(PartnerJson.ORGANIZATION, text))
        .violations();
  }

  @Test
  void utf8ReadsWithOrWithoutAByteOrderMark() {
    assertEquals("a", CommonGroundJson.read(PartnerJson.ORGANIZATION, DOCUMENT.getBytes(StandardCharsets.UTF_8)).id());
    byte[] bom = ("\uFEFF" + DOCUMENT).getBytes(StandardCharsets.UTF_8);
    assertEquals("a", CommonGroundJson.read(PartnerJson.ORGANIZATION, bom).id());
  }

  @Test
  void utf16AndUtf32AreRefused() {
    // Before: Jackson detected the encoding and the document was read.
    for (String charset : List.of("UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      List<Violation> found = problems(DOCUMENT.getBytes(Charset.forName(charset)));
      assertEquals(1, found.size(), charset);
      assertEquals("$", found.head().path());
      assertTrue(found.head().message().startsWith("must be UTF-8 (RFC 8259), got UTF-16 or UTF-32"), charset);
    }
  }

  @Test
  void aMalformedTextIsAProblemNotAnIoFailure() {
    byte[] badUtf8 = {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'};
    List<Violation> found = problems(badUtf8);
    assertEquals(List.of("$: must be UTF-8 (RFC 8259), got a malformed byte sequence at byte 2 (line 1)"),
        found.map(Violation::toString));
    // Before: Jackson read it as UTF-32 and its CharConversionException came out of the reader
    // wrapped in an UncheckedIOException.
    byte[] badUtf32 = {0, 0, 0, '{', 0, 0, 0, '"', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    assertEquals(List.of("$"), problems(badUtf32).map(Violation::path));
  }

  @Test
  void aMalformedNameIsRefusedEvenAfterTheNameItMimicsWasRead() {
    // Before: Jackson matched a name it had met by its bytes, in a table that pads names with
    // 0xFF bytes, so once a document had been read "form\xFF\xFFat" was read as "format" (found
    // by fuzzing).
    CommonGroundJson.read(PartnerJson.ORGANIZATION, DOCUMENT);
    byte[] text = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    byte[] mimic = new byte[text.length + 2];
    System.arraycopy(text, 0, mimic, 0, 6);
    mimic[6] = (byte) 0xFF;
    mimic[7] = (byte) 0xFF;
    System.arraycopy(text, 6, mimic, 8, text.length - 6);
    assertEquals(List.of("$: must be UTF-8 (RFC 8259), got a malformed byte sequence at byte 6 (line 1)"),
        problems(mimic).map(Violation::toString));
  }

  @Test
  void overlongFormsSurrogatesAndCodePointsPastTheLastAreRefused() {
    int[][] malformed = {
        {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80},
        {0x80}, {0xE2, 0x82}};
    for (int[] bytes : malformed) {
      byte[] text = new byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        text[i] = (byte) bytes[i];
      }
      assertEquals(0, DocumentReader.malformedUtf8(text), java.util.Arrays.toString(bytes));
    }
    assertEquals(-1, DocumentReader.malformedUtf8("aé€\uD83D\uDE00\uFEFF".getBytes(StandardCharsets.UTF_8)));
  }
}
