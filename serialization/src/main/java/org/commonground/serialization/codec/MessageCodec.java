// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import org.commonground.core.validation.Message;

/**
 * The JSON form of a {@link Message}: an explanation or a reason, with its stable code, so that a
 * reader can show it in its user's language.
 *
 * <pre>{@code
 * {"code": "scoring.alignment.dimension", "arguments": ["Shared vision", "5", {"code": "…", "arguments": []}],
 *  "text": "Shared vision: 5 raters, …"}
 * }</pre>
 *
 * <p>{@code arguments} are strings and nested messages; {@code text} is the English text, written
 * for readers that do not translate and not read back (the code and arguments are the message).
 * A message given as plain text ({@link Message#literal}) is written as that string, and a string
 * is read as such a message, so that documents from before messages had codes read as they did.
 */
final class MessageCodec implements Codec<Message> {

  static final MessageCodec INSTANCE = new MessageCodec();

  private MessageCodec() {}

  @Override
  public Message read(JsonParser p, Path path, Problems problems) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String text = Codecs.STRING.read(p, path, problems);
      return text == null ? null : Message.literal(text);
    }
    if (t != JsonToken.START_OBJECT) {
      problems.report(path, Message.of("serialization.codec.message", Codecs.got(p)));
      p.skipChildren();
      return null;
    }
    return readObject(p, path, problems);
  }

  private Message readObject(JsonParser p, Path path, Problems problems) throws IOException {
    long before = problems.count();
    String code = null;
    boolean codeSeen = false;
    java.util.List<Object> arguments = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      Path at = path.property(name);
      switch (name) {
        case "code" -> {
          codeSeen = true;
          code = Codecs.STRING.read(p, at, problems);
          if (code != null && !Message.isKnown(code)) {
            problems.report(at, Message.of("serialization.codec.message.code", "\"" + code + "\""));
            code = null;
          }
        }
        case "arguments" -> readArguments(p, at, problems, arguments);
        case "text" -> Codecs.STRING.read(p, at, problems);
        default -> {
          problems.report(at, Message.of("serialization.codec.message.field"));
          p.skipChildren();
        }
      }
    }
    if (!codeSeen) {
      problems.report(path.property("code"), Message.of("serialization.codec.message.codeRequired"));
    }
    if (code == null || problems.count() != before) {
      return null;
    }
    if (code.equals(Message.LITERAL) && (arguments.size() != 1 || !(arguments.get(0) instanceof String))) {
      problems.report(path.property("arguments"), Message.of("serialization.codec.message.literal", arguments.size()));
      return null;
    }
    return Message.of(code, arguments.toArray());
  }

  private void readArguments(JsonParser p, Path path, Problems problems, java.util.List<Object> into)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      problems.report(path, Message.of("serialization.codec.message.arguments", Codecs.got(p)));
      p.skipChildren();
      return;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Path at = path.element(i++);
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        into.add(p.getText());
      } else if (p.currentToken() == JsonToken.START_OBJECT) {
        Message nested = readObject(p, at, problems);
        if (nested != null) {
          into.add(nested);
        }
      } else {
        problems.report(at, Message.of("serialization.codec.message.argument", Codecs.got(p)));
        p.skipChildren();
      }
    }
  }

  @Override
  public void write(JsonGenerator g, Message value) throws IOException {
    if (value.key().equals(Message.LITERAL)) {
      g.writeString(value.text());
    } else {
      writeObject(g, value);
    }
  }

  private void writeObject(JsonGenerator g, Message value) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", value.key());
    g.writeArrayFieldStart("arguments");
    for (Object a : value.arguments()) {
      if (a instanceof Message m) {
        writeObject(g, m);
      } else {
        g.writeString((String) a);
      }
    }
    g.writeEndArray();
    g.writeStringField("text", value.text());
    g.writeEndObject();
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    ObjectNode ref = schemas.reference("Message", this, () -> {
      ObjectNode object = Schemas.node().put("type", "object")
          .put("description", "A message of the library: its stable code, its arguments, and its English text"
              + " (informative, not read)");
      ObjectNode properties = object.putObject("properties");
      properties.putObject("code").put("type", "string");
      ArrayNode itemKinds = properties.putObject("arguments").put("type", "array").putObject("items").putArray("oneOf");
      itemKinds.addObject().put("type", "string");
      itemKinds.addObject().put("$ref", "#/$defs/Message");
      properties.putObject("text").put("type", "string");
      object.putArray("required").add("code");
      object.put("additionalProperties", false);
      return object;
    });
    ObjectNode either = Schemas.node();
    ArrayNode oneOf = either.putArray("oneOf");
    oneOf.addObject().put("type", "string").put("maxLength", Codecs.MAX_TEXT_LENGTH);
    oneOf.add(ref);
    return either;
  }

  @Override
  public String description() {
    return "a message (a string, or an object with code and arguments)";
  }
}
