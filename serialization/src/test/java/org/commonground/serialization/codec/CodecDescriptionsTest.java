// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.measure.PeriodType;
import org.junit.jupiter.api.Test;

/**
 * A codec's description as a message reads, in English, exactly as its description; the plain
 * codecs' descriptions, and the collections of them, read in Spanish too.
 */
class CodecDescriptionsTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  private static final List<Codec<?>> PLAIN = List.of(Codecs.STRING, Codecs.TEXT, Codecs.ID, Codecs.INT, Codecs.LONG,
      Codecs.DOUBLE, Codecs.BOOLEAN, Codecs.PERIOD, Codecs.MESSAGE, Codecs.enumeration(PeriodType.class, "a period type"));

  @Test
  void everyDescriptionMessageReadsAsTheDescriptionInEnglish() {
    for (Codec<?> codec : PLAIN) {
      for (Codec<?> c : List.<Codec<?>>of(codec, Codecs.option(codec), Codecs.list(codec), Codecs.map(codec),
          Codecs.list(Codecs.list(codec)), Codecs.option(Codecs.list(codec)))) {
        assertEquals(c.description(), c.descriptionMessage().text());
      }
    }
    assertEquals(Codecs.sortedSet(Codecs.ID).description(), Codecs.sortedSet(Codecs.ID).descriptionMessage().text());
    assertEquals(Codecs.set(Codecs.TEXT).description(), Codecs.set(Codecs.TEXT).descriptionMessage().text());
  }

  @Test
  void thePlainDescriptionsInSpanish() {
    assertEquals("una lista de ids o null", Codecs.option(Codecs.list(Codecs.ID)).descriptionMessage().text(ES));
    assertEquals("una lista de períodos sin repetir", Codecs.sortedSet(Codecs.PERIOD).descriptionMessage().text(ES));
    assertEquals("un objeto de números enteros", Codecs.map(Codecs.INT).descriptionMessage().text(ES));
  }

  @Test
  void theObjectFormsInSpanish() {
    ObjectCodec<org.commonground.core.partner.Organization> organization =
        org.commonground.serialization.PartnerJson.ORGANIZATION_FORM;
    assertEquals("serialization.codec.type.Organization", organization.descriptionMessage().key());
    assertEquals("an organization", organization.descriptionMessage().text());
    assertEquals("una organización", organization.descriptionMessage().text(ES));
    // A form the library has no message for, or whose description changed, is named as written.
    ObjectCodec<String> custom = ObjectCodec.of("a custom thing", "Organization",
        io.vavr.collection.List.of(Field.required("id", Codecs.ID, (String s) -> s)), v -> "x");
    assertEquals(org.commonground.core.validation.Message.LITERAL, custom.descriptionMessage().key());
    assertEquals("a custom thing", custom.descriptionMessage().text(ES));
  }
}
