// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.zip.CRC32;

/**
 * An SVG 1.1 document being written: the root with its accessible title and description, then
 * elements appended in order. Every text and attribute value is escaped, every number formatted the
 * same way whatever the default locale, so the same chart gives the same bytes.
 *
 * <pre>{@code
 * Svg svg = Svg.open("trend", "grad", 640, 360, "Graduation rate", "Graduation rose from 80 to 87.");
 * svg.text(10, 20, "start", "chart-label", "Graduation");
 * String document = svg.close();
 * }</pre>
 *
 * <p>Not thread-safe: one chart builds one {@code Svg} and returns its string.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  private Svg() {}

  /**
   * Starts a document with its title and description, labelled for assistive technology.
   *
   * @param kind the chart kind, part of the ids
   * @param key what the chart is of (an indicator id, an instrument), part of the ids
   * @param width the width in pixels
   * @param height the height in pixels
   * @param title the title
   * @param desc the data in words
   * @return the document, open
   */
  static Svg open(String kind, String key, double width, double height, String title, String desc) {
    Svg svg = new Svg();
    String id = "cg-" + kind + "-" + idPart(key);
    svg.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append('"')
        .append(" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"')
        .append(" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
        .append(" data-chart=\"").append(kind).append('"')
        .append(" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n")
        .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>\n")
        .append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
        .append("\" fill=\"#ffffff\"/>\n");
    return svg;
  }

  /**
   * Appends raw markup; callers escape what they put in it with {@link #escape} and {@link #num}.
   *
   * @param markup well-formed markup
   * @return this document
   */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Appends a text element.
   *
   * @param x the anchor's x
   * @param y the baseline's y
   * @param anchor start, middle or end
   * @param cssClass the role of the text, as a data-role attribute
   * @param text the text, escaped here
   * @return this document
   */
  Svg text(double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append("\" data-role=\"").append(cssClass).append("\">")
        .append(escape(text)).append("</text>\n");
    return this;
  }

  /**
   * Appends a line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param style the presentation attributes, already well formed
   * @return this document
   */
  Svg line(double x1, double y1, double x2, double y2, String style) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" ").append(style).append("/>\n");
    return this;
  }

  /**
   * Closes the document.
   *
   * @return the SVG document
   */
  String close() {
    return out.append("</svg>\n").toString();
  }

  /**
   * Escapes text for an XML text node or a double- or single-quoted attribute: {@code & < > " '}
   * become references, and characters XML 1.0 cannot hold (controls other than tab and line
   * breaks, lone surrogates, U+FFFE and U+FFFF) become U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
          b.appendCodePoint(allowed ? c : 0xFFFD);
        }
      }
    });
    return b.toString();
  }

  /**
   * Formats a coordinate: at most two decimals, no trailing zeros, no {@code -0}, never the
   * default locale's digits; a value that is not finite is drawn at 0.
   *
   * @param value the number
   * @return its text
   */
  static String num(double value) {
    return decimals(value, 2);
  }

  /**
   * Formats a data value for labels and data attributes: at most four decimals, trimmed.
   *
   * @param value the number
   * @return its text: {@code 87}, {@code 0.875}, {@code 3.3333}
   */
  static String value(double value) {
    return decimals(value, 4);
  }

  /**
   * Formats a value for a visible label, as precise as a reader needs: no decimals from 100, one
   * from 10, two below.
   *
   * @param value the number
   * @return its text: {@code 76.9}, {@code 3.31}, {@code 1250}
   */
  static String label(double value) {
    double size = Math.abs(value);
    return decimals(value, size >= 100 ? 0 : size >= 10 ? 1 : 2);
  }

  private static String decimals(double value, int places) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  /**
   * A part of an id: letters, digits, hyphen and underscore kept, then a checksum of the whole key,
   * so that two keys that read alike still differ.
   *
   * @param key any text
   * @return an XML name fragment
   */
  static String idPart(String key) {
    StringBuilder b = new StringBuilder();
    key.codePoints().limit(40).forEach(c ->
        b.append((c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) ? (char) c : '_'));
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return b + "-" + Long.toHexString(crc.getValue());
  }

  /** A linear scale from a domain to a range of pixels, with round ticks. */
  static final class Scale {
    final double min;
    final double max;
    final double from;
    final double to;
    final double step;

    private Scale(double min, double max, double from, double to, double step) {
      this.min = min;
      this.max = max;
      this.from = from;
      this.to = to;
      this.step = step;
    }

    /**
     * A scale covering the values, widened to round ticks.
     *
     * @param values the values to cover; at least one, finite
     * @param from the pixel of the low end
     * @param to the pixel of the high end
     * @return the scale
     */
    static Scale covering(List<Double> values, double from, double to) {
      List<Double> finite = values.filter(Double::isFinite);
      double lo = finite.isEmpty() ? 0 : finite.min().get();
      double hi = finite.isEmpty() ? 1 : finite.max().get();
      if (hi - lo < 1e-9) {
        double pad = Math.abs(lo) < 1e-9 ? 1 : Math.abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
      }
      double step = niceStep((hi - lo) / 5);
      return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, from, to, step);
    }

    /**
     * A scale over a fixed domain with the given tick step.
     *
     * @param min the low end
     * @param max the high end
     * @param step the tick step
     * @param from the pixel of the low end
     * @param to the pixel of the high end
     * @return the scale
     */
    static Scale fixed(double min, double max, double step, double from, double to) {
      return new Scale(min, max, from, to, step);
    }

    private static double niceStep(double raw) {
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double fraction = raw / magnitude;
      double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
      return BigDecimal.valueOf(nice * magnitude).round(new java.math.MathContext(1)).doubleValue();
    }

    double at(double value) {
      return from + (value - min) / (max - min) * (to - from);
    }

    /** The ticks, computed from integer multiples of the step so that they print round. */
    List<Double> ticks() {
      long first = Math.round(Math.ceil(min / step - 1e-9));
      long last = Math.round(Math.floor(max / step + 1e-9));
      return List.rangeClosed(first, last).map(i -> BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i)).doubleValue());
    }
  }
}
