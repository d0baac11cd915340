package org.unrights.model;

/**
 * The kind of document a {@link DocumentSymbol} names, read from the symbol's series element.
 *
 * <p>The series is what the symbol itself says, nothing more: {@code A/HRC/25/63} is a
 * {@link #REPORT} because it is a plain numbered document, whatever its title. Suffixes such as
 * {@code /Rev.1} or {@code /Add.1} do not change the series: a revised draft is still {@link #L}.
 */
public enum SymbolSeries {
  /** A resolution, e.g. {@code A/RES/69/188}, {@code A/HRC/RES/25/25}, {@code S/RES/2504 (2020)}. */
  RES,
  /** A decision, e.g. {@code A/HRC/DEC/5/1}, {@code E/CN.4/DEC/2004/103}. */
  DEC,
  /** A statement by the President of the Security Council, e.g. {@code S/PRST/2014/1}. */
  PRST,
  /** A verbatim record of a meeting, e.g. {@code A/69/PV.73}, {@code S/PV.7353}. */
  PV,
  /** A summary record of a meeting, e.g. {@code A/C.3/69/SR.35}, {@code E/CN.4/2004/SR.56}. */
  SR,
  /**
   * A document of limited distribution, usually a draft resolution or an amendment, e.g.
   * {@code A/C.3/69/L.28}, {@code A/HRC/22/L.19}.
   */
  L,
  /** A conference room paper, e.g. {@code A/HRC/25/CRP.1}. */
  CRP,
  /** An information document, e.g. {@code A/INF/73/5}, {@code E/CN.4/2005/INF.1}. */
  INF,
  /**
   * A plain numbered document (report, letter, note), e.g. {@code A/HRC/25/63}, {@code A/69/188},
   * {@code S/2014/872}.
   */
  REPORT,
  /** A press release of the Department of Global Communications, e.g. {@code GA/11604}. */
  PRESS_RELEASE,
  /**
   * A numbered document of a working group (a body element such as {@code WG.6}) that is not in
   * a more specific series, e.g. the UPR national report {@code A/HRC/WG.6/6/PRK/1}.
   */
  WG,
  /**
   * A document whose number carries a series code this SDK does not name, e.g. the NGO statement
   * {@code A/HRC/25/NGO/12}.
   */
  OTHER
}
