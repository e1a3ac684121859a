// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import org.commonground.core.partner.Organization;
import org.commonground.serialization.CommonGroundJson;

/**
 * Writes the sample partnership's members as JSON, reads them back, and checks that nothing was
 * lost: the way an app stores and reloads Common Ground's values.
 *
 * <pre>{@code
 * JsonMapper json = CommonGroundJson.mapper();
 * String text = json.writeValueAsString(SamplePartnership.members());
 * List<Organization> back = json.readValue(text, new TypeReference<List<Organization>>() {});
 * }</pre>
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /**
   * Prints the members as JSON and fails if reading them back does not give equal values.
   *
   * @param args ignored
   * @throws JsonProcessingException if writing or reading fails
   */
  public static void main(String[] args) throws JsonProcessingException {
    List<Organization> members = SamplePartnership.members();
    String text = write(members);
    List<Organization> back = read(text);
    if (!back.equals(members)) {
      throw new IllegalStateException("round trip changed the members: " + back);
    }
    System.out.println(text);
    System.out.println("round trip: " + back.size() + " organizations read back equal");
  }

  /**
   * Writes organizations as a JSON array.
   *
   * @param members the organizations
   * @return the JSON text
   * @throws JsonProcessingException if Jackson cannot write them
   */
  public static String write(List<Organization> members) throws JsonProcessingException {
    return CommonGroundJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(members);
  }

  /**
   * Reads organizations from a JSON array.
   *
   * @param text the JSON text
   * @return the organizations
   * @throws JsonProcessingException if the text is not valid JSON for organizations, or a value
   *     breaks a domain rule
   */
  public static List<Organization> read(String text) throws JsonProcessingException {
    JsonMapper json = CommonGroundJson.mapper();
    return json.readValue(text, new TypeReference<List<Organization>>() {});
  }
}
