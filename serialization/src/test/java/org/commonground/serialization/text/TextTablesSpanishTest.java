// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.Message;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressionRule;
import org.junit.jupiter.api.Test;

/** Tables in Spanish: their headings and words translated, names and numbers as they are. */
class TextTablesSpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  private static final CountTable COUNTS = CountTable.of(List.of("lincoln-hs", "youth-works"), List.of("en", "so"),
      new double[][] {{212, 4}, {118, 15}}, new long[][] {{250, 5}, {140, 20}}, true, true);

  @Test
  void aCountTableInSpanish() {
    assertEquals(
        "partner      en   so  total\n"
            + "-----------  ---  --  -----\n"
            + "lincoln-hs   +    *   216\n"
            + "youth-works  +    +   133\n"
            + "total        330  19  349\n",
        TextTables.of(SmallCellSuppression.apply(COUNTS, SuppressionRule.DEFAULT), "partner", ES).render());
  }

  @Test
  void anAuditInSpanishAndTheEnglishUnchanged() {
    DisclosureAudit audit = DisclosureAudit.of(COUNTS, SuppressionRule.DEFAULT,
        SmallCellSuppression.apply(COUNTS, SuppressionRule.DEFAULT));
    String spanish = TextTables.of(audit, ES).render();
    assertEquals(List.of("entrada", "valor verdadero", "intervalo", "necesita debajo / encima", "veredicto"),
        List.of(spanish.split("\n")[0].split(" {2,}")));
    assertEquals(TextTables.of(audit).render(), TextTables.of(audit, Locale.ROOT).render());
    assertEquals("entry", TextTables.of(audit).render().substring(0, 5));
  }

  @Test
  void aTableOfMessages() {
    assertEquals("indicador  mejor\n---------  -----\nx          mayor\n",
        TextTable.of(ES, Message.of("serialization.text.column.indicator"), Message.of("serialization.text.column.better"))
            .row("x", Message.of("serialization.text.higher")).render());
  }
}
