package org.dateline.events;

/**
 * An agent code ({@code GOV}, {@code MIL}, {@code COP} ...) and where it goes in a CAMEO actor code: after the
 * country ({@code RUS} + {@code COP} = {@code RUSCOP}, PETRARCH's {@code [~COP]}) or, for the few codes that head an
 * actor code, before it ({@code NGO} + {@code ARN} = {@code NGOARN}, PETRARCH's {@code [NGO~]}).
 */
record AgentCode(String code, boolean before) {

  /** Reads PETRARCH's notation, {@code ~GOV} or {@code NGO~}; a bare code goes after the country. */
  static AgentCode parse(String text, DictionaryLine line) {
    String s = text.strip().toUpperCase(java.util.Locale.ROOT);
    boolean before = s.endsWith("~");
    String code = s.replace("~", "").strip();
    if (!code.matches("[A-Z0-9]+")) {
      throw line.error("'" + text.strip() + "' is not an agent code; write letters such as GOV, ~GOV (after the "
          + "country) or NGO~ (before it)");
    }
    return new AgentCode(code, before);
  }
}
