// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.UncheckedIOException;
import org.commonground.core.partner.ImmutableSector;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every valid value reads back equal to what was written. */
class JsonRoundTripProperties {

  private final JsonMapper json = CommonGroundJson.mapper();

  /**
   * Text that is not blank. Mapped rather than filtered: QuickTheories gives up on a generator
   * whose assumptions reject too many of its values.
   */
  private static final Gen<String> TEXT =
      strings().basicLatinAlphabet().ofLengthBetween(1, 20).map(s -> s.isBlank() ? "text" : s);

  /** Ids: no control characters, line breaks or surrounding white space (basic Latin has no controls). */
  private static final Gen<String> IDS =
      strings().basicLatinAlphabet().ofLengthBetween(1, 20).map(s -> s.strip().isEmpty() ? "id" : s.strip());

  private static final Gen<Sector> SECTORS =
      arbitrary()
          .enumValues(Sector.Kind.class)
          .zip(
              TEXT.toOptionals(30),
              (kind, field) ->
                  ImmutableSector.builder().kind(kind).field(Option.ofOptional(field)).build());

  private static final Gen<Organization> ORGANIZATIONS =
      IDS.zip(
          TEXT,
          lists().of(SECTORS).ofSizeBetween(1, 4).map(s -> List.ofAll(s).distinct()),
          Organization::of);

  @Test
  void organizationsRoundTrip() {
    qt().forAll(ORGANIZATIONS)
        .check(o -> o.equals(roundTrip(o, Organization.class)));
  }

  private <T> T roundTrip(T value, Class<T> type) {
    try {
      return json.readValue(json.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
