// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A document's problems in Spanish, with their codes: the reader's own (format, version, JSON
 * form), the codecs' and the problem details of an HTTP response.
 */
class ProblemsInSpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");
  private static final String TAG = "\"format\":\"commonground.organization\",\"version\":1,";

  private static ValidationException refused(String json) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(PartnerJson.ORGANIZATION, json));
  }

  @Test
  void theFormatAndVersionInSpanish() {
    ValidationException e = refused("{\"format\":\"commonground.partnership\",\"version\":9}");
    assertEquals(List.of(
        "$.format: debe ser \"commonground.organization\" (este lector lee documentos commonground.organization),"
            + " se recibió \"commonground.partnership\"",
        "$.version: debe ser 1 (las versiones de commonground.organization que lee esta biblioteca), se recibió 9"),
        e.violations().map(v -> v.toString(ES)));
    assertEquals(List.of("serialization.document.format", "serialization.document.version"),
        e.violations().map(Violation::code));
    String notJson = refused("{").violations().head().toString(ES);
    assertTrue(notJson.startsWith("$: debe ser JSON bien formado dentro de los límites del lector en la línea 1, columna "),
        notJson);
  }

  @Test
  void theCodecsProblemsInSpanish() {
    ValidationException e = refused("{" + TAG + "\"id\":5,\"nmae\":\"x\"}");
    assertEquals(List.of(
        "$.id: debe ser un id (una cadena), se recibió el número 5",
        "$.nmae: no debe estar aquí: una organización tiene las propiedades id, name, sectors",
        "$.name: es obligatorio: un texto"),
        e.violations().map(v -> v.toString(ES)).take(3));
  }

  @Test
  void problemDetailsInSpanishWithTheirCodes() throws Exception {
    ValidationException e = refused("{" + TAG + "\"id\":5}");
    JsonNode english = new ObjectMapper().readTree(ProblemDetails.json(e));
    assertEquals("The input breaks the library's rules", english.get("title").asText());
    assertEquals("serialization.codec.string", english.get("violations").get(0).get("code").asText());
    assertEquals("must be an id (a string), got the number 5", english.get("violations").get(0).get("message").asText());
    JsonNode spanish = new ObjectMapper().readTree(ProblemDetails.json(e, ES));
    assertEquals("La entrada infringe las reglas de la biblioteca", spanish.get("title").asText());
    assertEquals("commonground.organization document (version 1) tiene 3 problemas", spanish.get("detail").asText());
    assertEquals("serialization.codec.string", spanish.get("violations").get(0).get("code").asText());
    assertEquals("debe ser un id (una cadena), se recibió el número 5", spanish.get("violations").get(0).get("message").asText());
    assertEquals(ProblemDetails.json(e), ProblemDetails.json(e, Locale.ROOT));
  }

  @Test
  void problemDetailsRefuseNulls() {
    ValidationException e = assertThrows(ValidationException.class, () -> ProblemDetails.json(null, null));
    assertEquals(List.of("e: debe ser una excepción, se recibió null", "locale: debe ser una configuración regional, se recibió null"),
        e.violations().map(v -> v.toString(ES)));
  }
}
