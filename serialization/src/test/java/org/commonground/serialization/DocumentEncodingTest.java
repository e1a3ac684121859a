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
    assertTrue(found.head().message().startsWith("must be well-formed JSON"), found.head().message());
    // Before: Jackson read it as UTF-32 and its CharConversionException came out of the reader
    // wrapped in an UncheckedIOException.
    byte[] badUtf32 = {0, 0, 0, '{', 0, 0, 0, '"', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    assertEquals(List.of("$"), problems(badUtf32).map(Violation::path));
  }
}
