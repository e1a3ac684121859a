// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import io.vavr.collection.List;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence of the library (an explanation, a violation, a verdict) as a stable, language-free
 * code and its arguments, rendered in the language the caller chooses.
 *
 * <pre>{@code
 * Message m = Message.of("core.validation.atLeast", 2, 1);
 * m.key();                          // "core.validation.atLeast": stable, never translated
 * m.text();                         // "must have at least 2, got 1"
 * m.text(Locale.forLanguageTag("es")); // "debe tener al menos 2, pero tiene 1"
 * }</pre>
 *
 * <p><b>Codes.</b> A key names its module and package first ({@code scoring.measure.…}); keys are
 * part of the API: they stay the same from release to release and across languages, so that an app
 * can translate or reword them itself. {@link #arguments()} are what the template fills in, each a
 * string or a nested message, which is rendered in the same language.
 *
 * <p><b>Templates.</b> The templates are {@link MessageFormat} patterns in resource bundles of this
 * package, one per module and package: {@code scoring_measure.properties} holds the English (root)
 * templates of the keys {@code scoring.measure.*}, and {@code scoring_measure_es.properties} their
 * Spanish ones. Arguments are filled in as given: numbers are formatted where the message is made,
 * so that the English text is exactly the library's. In a template an apostrophe is written twice
 * ({@code ''}), as {@code MessageFormat} requires.
 *
 * <p><b>Languages.</b> English is the root locale and Spanish ({@code es}) is shipped. For another
 * locale {@link ResourceBundle} falls back as it always does: to the JVM's default locale if it
 * has a translation, else to English. An app passes the locale of its user; the library never
 * reads one on its own.
 *
 * <p>A message is immutable and thread-safe; its English text is rendered once, when it is made.
 */
public final class Message {

  /** The key of a message given as plain text, which has no translation. */
  public static final String LITERAL = "core.text.literal";

  /** The key of messages joined by a separator: its arguments are the separator, then the parts. */
  public static final String JOINED = "core.text.joined";

  private static final String PACKAGE = "org.commonground.core.validation.";

  private final String key;
  private final List<Object> arguments;
  private final String text;

  private Message(String key, List<Object> arguments) {
    this.key = key;
    this.arguments = arguments;
    this.text = render(Locale.ROOT);
  }

  /**
   * A message of the library.
   *
   * @param key the message's code, e.g. {@code "scoring.measure.trend.improving"}; it must be in the
   *     English bundle
   * @param arguments what the template fills in: messages are nested and rendered in the same
   *     language, anything else is turned into its {@link String#valueOf string form} now; not null
   * @return the message
   * @throws ValidationException if the key is null or unknown, or an argument is null
   */
  public static Message of(String key, Object... arguments) {
    if (key == null || arguments == null) {
      Violations.none().notNull("key", key).notNull("arguments", arguments).throwIfAny("Message");
    }
    if (!template(key, Locale.ROOT).isDefined()) {
      Violations.none().add(Violation.of("key", of("core.validation.messageKey", "\"" + key + "\"")))
          .throwIfAny("Message");
    }
    Violations.none().noNullElements("arguments", List.of(arguments)).throwIfAny("Message " + key);
    List<Object> args = List.empty();
    for (int i = arguments.length - 1; i >= 0; i--) {
      Object a = arguments[i];
      args = args.prepend(a instanceof Message ? a : String.valueOf(a));
    }
    return new Message(key, args);
  }

  /**
   * A message given as plain text, the same in every language: for text that the caller wrote
   * (a name, a reason of its own). Its {@linkplain #key() key} is {@value #LITERAL}.
   *
   * @param text the text; not null
   * @return the message
   * @throws ValidationException if the text is null
   */
  public static Message literal(String text) {
    Violations.none().notNull("text", text).throwIfAny("Message");
    return new Message(LITERAL, List.of(text));
  }

  /**
   * Joins messages with a separator that is itself a message (", " or "; "), as one message.
   *
   * @param separatorKey the key of the separator
   * @param parts the parts, in order; not null
   * @return the joined message; empty text when there are no parts
   * @throws ValidationException if the separator's key is unknown or a part is null
   */
  public static Message join(String separatorKey, Iterable<Message> parts) {
    Violations.none().notNull("separatorKey", separatorKey).noNullElements("parts", parts).throwIfAny("Message");
    return new Message(JOINED, List.<Object>of(of(separatorKey)).appendAll(parts));
  }

  /**
   * Whether a key is one of the library's messages, as {@link #of} requires.
   *
   * @param key a key; may be null
   * @return true if the English bundle has it
   */
  public static boolean isKnown(String key) {
    return key != null && template(key, Locale.ROOT).isDefined();
  }

  /**
   * The code of this message: stable and language-free.
   *
   * @return the key, e.g. {@code "core.validation.atLeast"}
   */
  public String key() {
    return key;
  }

  /**
   * What the template fills in, in order: strings and nested messages.
   *
   * @return the arguments
   */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * The message in English, the root locale.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The message in a language.
   *
   * @param locale the language; {@link Locale#ROOT} for English; not null
   * @return the text in that language, or in the fallback described above
   * @throws ValidationException if the locale is null
   */
  public String text(Locale locale) {
    Violations.none().notNull("locale", locale).throwIfAny("Message");
    return locale.equals(Locale.ROOT) ? text : render(locale);
  }

  private String render(Locale locale) {
    Object[] rendered = new Object[arguments.size()];
    int i = 0;
    for (Object a : arguments) {
      rendered[i++] = a instanceof Message m ? m.text(locale) : a;
    }
    if (key.equals(LITERAL) && rendered.length == 1) {
      return (String) rendered[0];
    }
    if (key.equals(JOINED) && rendered.length >= 1) {
      StringBuilder out = new StringBuilder();
      for (int j = 1; j < rendered.length; j++) {
        out.append(j > 1 ? rendered[0] : "").append(rendered[j]);
      }
      return out.toString();
    }
    String template = template(key, locale).getOrElseThrow(() -> new IllegalStateException(key));
    return new MessageFormat(template, locale).format(rendered);
  }

  /** The bundle of a key: its first two parts, {@code scoring.measure.x} → {@code scoring_measure}. */
  static String bundleName(String key) {
    int first = key.indexOf('.');
    int second = first < 0 ? -1 : key.indexOf('.', first + 1);
    return second < 0 ? null : PACKAGE + key.substring(0, first) + "_" + key.substring(first + 1, second);
  }

  private static io.vavr.control.Option<String> template(String key, Locale locale) {
    String bundle = bundleName(key);
    if (bundle == null) {
      return io.vavr.control.Option.none();
    }
    try {
      ResourceBundle b = ResourceBundle.getBundle(bundle, locale);
      return b.containsKey(key) ? io.vavr.control.Option.of(b.getString(key)) : io.vavr.control.Option.none();
    } catch (MissingResourceException e) {
      return io.vavr.control.Option.none();
    }
  }

  /** Equal when the keys and arguments are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Message m && key.equals(m.key) && arguments.equals(m.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arguments);
  }

  /** Returns the English text. */
  @Override
  public String toString() {
    return text;
  }
}
