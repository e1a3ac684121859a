// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.partner.ImmutableSector;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;

/**
 * The JSON forms of partners ({@code org.commonground.core.partner}).
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(PartnerJson.ORGANIZATION, school);
 * // {"format":"commonground.organization","version":1,"id":"lincoln-hs","name":"Lincoln High School",
 * //  "sectors":[{"kind":"PUBLIC","field":"education"}]}
 * Organization back = CommonGroundJson.read(PartnerJson.ORGANIZATION, json);
 * }</pre>
 */
public final class PartnerJson {

  private PartnerJson() {}

  private static final Field<Sector, Sector.Kind> KIND =
      Field.required("kind", Codecs.enumeration(Sector.Kind.class, "a sector kind"), Sector::kind);
  private static final Field<Sector, Option<String>> FIELD = Field.optional("field", Codecs.TEXT, Sector::field);

  /** A sector: {@code {"kind": "PUBLIC", "field": "education"}}, the field optional. */
  public static final Codec<Sector> SECTOR = ObjectCodec.of("a sector", "Sector", List.of(KIND, FIELD),
      v -> ImmutableSector.builder().kind(v.get(KIND)).field(v.get(FIELD)).build());

  private static final Field<Organization, String> ID = Field.required("id", Codecs.ID, Organization::id);
  private static final Field<Organization, String> NAME = Field.required("name", Codecs.TEXT, Organization::name);
  private static final Field<Organization, List<Sector>> SECTORS =
      Field.required("sectors", Codecs.list(SECTOR), Organization::sectors);

  /** An organization: id, name and one or more distinct sectors. */
  public static final ObjectCodec<Organization> ORGANIZATION_FORM = ObjectCodec.of("an organization", "Organization",
      List.of(ID, NAME, SECTORS), v -> Organization.of(v.get(ID), v.get(NAME), v.get(SECTORS)));

  /** The document of one organization, {@code commonground.organization}. */
  public static final DocumentKind<Organization> ORGANIZATION =
      DocumentKind.of("organization", Organization.class, ORGANIZATION_FORM);

  /** The document kinds of this domain. */
  static final List<DocumentKind<?>> DOCUMENTS = List.of(ORGANIZATION);

  /** The codecs of this domain's types, for {@link CommonGroundModule}. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Sector.class, SECTOR),
      Binding.of(Organization.class, ORGANIZATION_FORM));
}
