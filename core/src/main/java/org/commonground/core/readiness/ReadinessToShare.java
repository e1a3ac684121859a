// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Readiness to share: whether a partner is ready to share <b>responsibility, risk, resources and
 * rewards</b>, inside its own organization and with its partners, and whether it meets the
 * expectations partners hold of each other — responsive communication, coming to meetings
 * prepared, engaging during and after them, and keeping commitments.
 *
 * <p>Source: <i>Transforming Together: Implementation Guide</i>, "Build trust and a united mindset
 * through clear expectations" (seed 004): "leaders still must invest in determining if their
 * respective agencies are 'ready' to share responsibility, risk, resources, and rewards. Each
 * partner should conduct a readiness determination … both internal to the organization and
 * external with partners." The guide publishes no items; the {@link #INSTRUMENT}'s items are the
 * library's own, one internal and one external statement per dimension, and one plain and one
 * reverse-coded statement per expectation.
 *
 * <pre>{@code
 * Instrument share = ReadinessToShare.INSTRUMENT;
 * share.itemsOf("risk").map(i -> i.text().get());
 * }</pre>
 */
public final class ReadinessToShare {

  /** The instrument's id. */
  public static final String ID = "readiness-to-share";

  /** The citation of the guide the dimensions come from. */
  public static final String SOURCE =
      "Transforming Together: Implementation Guide, ch. 1 §2, \"Build trust and a united mindset "
          + "through clear expectations\"";

  /** The two categories: what is shared, and what partners expect of each other. */
  public static final List<Category> CATEGORIES =
      List.of(
          Category.of("readiness-to-share", "Readiness to share"),
          Category.of("partner-expectations", "Partner expectations"));

  /** The four dimensions of sharing and the four expectations of partners. */
  public static final List<Factor> FACTORS =
      List.of(
          Factor.of("responsibility", "Share responsibility", "readiness-to-share"),
          Factor.of("risk", "Share risk", "readiness-to-share"),
          Factor.of("resources", "Share resources", "readiness-to-share"),
          Factor.of("rewards", "Share rewards", "readiness-to-share"),
          Factor.of("responsive-communication", "Responsive communication", "partner-expectations"),
          Factor.of("prepared-for-meetings", "Comes to meetings prepared", "partner-expectations"),
          Factor.of("engaged", "Engaged during and after meetings", "partner-expectations"),
          Factor.of("keeps-commitments", "Keeps commitments", "partner-expectations"));

  /** The instrument, with the library's own items, on the 1–5 agreement scale. */
  public static final Instrument INSTRUMENT =
      Instrument.builder()
          .id(ID)
          .name("Readiness to Share")
          .edition("1 (2026)")
          .source(Option.of(SOURCE))
          .scale(ResponseScale.AGREEMENT_1_TO_5)
          .categories(CATEGORIES)
          .factors(FACTORS)
          .items(
              List.of(
                  item("rs-resp-int", "responsibility", "Inside our organization, leaders have agreed that we will share responsibility for the partnership's results.", false),
                  item("rs-resp-ext", "responsibility", "We have told our partners which results we will be jointly accountable for.", false),
                  item("rs-risk-int", "risk", "Our organization accepts that the partnership's work may fail in ways that reflect on us.", false),
                  item("rs-risk-ext", "risk", "We have agreed with our partners how risks and setbacks will be shared.", false),
                  item("rs-res-int", "resources", "Our organization has set aside staff time, money or space for the partnership.", false),
                  item("rs-res-ext", "resources", "We have offered our partners specific resources and know what they offer in return.", false),
                  item("rs-rew-int", "rewards", "Our organization is willing to share credit for successes with partners.", false),
                  item("rs-rew-ext", "rewards", "We have agreed with our partners how funding and recognition will be shared.", false),
                  item("pe-comm-1", "responsive-communication", "Our partners answer messages about the partnership promptly.", false),
                  item("pe-comm-2", "responsive-communication", "We often wait a long time for partners to respond.", true),
                  item("pe-prep-1", "prepared-for-meetings", "Partners come to meetings having read the materials.", false),
                  item("pe-prep-2", "prepared-for-meetings", "Meetings are slowed down because partners are unprepared.", true),
                  item("pe-eng-1", "engaged", "Partners take part in discussion and follow up after meetings.", false),
                  item("pe-eng-2", "engaged", "Little happens between meetings.", true),
                  item("pe-keep-1", "keeps-commitments", "Partners do what they said they would do.", false),
                  item("pe-keep-2", "keeps-commitments", "Commitments made at meetings are often not kept.", true)))
          .build();

  private ReadinessToShare() {}

  private static Item item(String id, String factor, String text, boolean reversed) {
    return Item.builder().id(id).factor(factor).text(Option.of(text)).reverseCoded(reversed).build();
  }
}
