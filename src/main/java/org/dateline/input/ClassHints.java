package org.dateline.input;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's class and id names say about a block: publishers name their containers for what they hold
 * ({@code article-body}, {@code story-content}; {@code related-links}, {@code share-bar}, {@code comments}), and
 * the words are the same across sites and CMSs. Readability.js, trafilatura and DOM Distiller all weigh them; these
 * word lists are our own, of generic words only (never one site's class names).
 */
final class ClassHints {

  /** Words of containers that hold the story. */
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose");
  /** Words of containers that hold something else: chrome, teasers, comments, ads, widgets. */
  private static final Pattern NEGATIVE = Pattern.compile(
      "hidden|^hid$|banner|combx|comment|com-|contact|footer|footnote|gdpr|masthead|media|meta|outbrain|taboola"
          + "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social"
          + "|newsletter|subscri|signup|recirc|recommend|popular|trending|most-read|advert|(^|[-_ ])ads?($|[-_ ])"
          + "|breadcrumb|cookie|modal|popup|teaser|card|toolbar|print|rating|disclaimer|caption|credit"
          + "|author-bio|contributor|about-the-author|bio$");
  /** Words of blocks that are almost never the story; removed before scoring unless {@link #MAYBE} also fits. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
          + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
          + "|agegate|pagination|pager|popup|newsletter|recirc|outbrain|taboola|share|most-read|trending");
  /** Words that keep an unlikely-looking block: its name also says it holds the main content. */
  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story");

  private ClassHints() {
  }

  /** Class and id, lower-cased, as one string to match the word lists against. */
  static String names(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
  }

  /** +25 for a story word in the class, -25 for a chrome word, the same again for the id. */
  static int weight(Element e) {
    return part(e.className()) + part(e.id());
  }

  private static int part(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int w = 0;
    if (NEGATIVE.matcher(lower).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(lower).find()) {
      w += 25;
    }
    return w;
  }

  /** Whether the block's names say it is chrome and nothing says it is content. */
  static boolean unlikely(Element e) {
    String names = names(e);
    if (names.isEmpty() || e.normalName().equals("body") || e.normalName().equals("a")) {
      return false;
    }
    String role = e.attr("role");
    if (role.equals("complementary") || role.equals("navigation") || role.equals("banner")
        || role.equals("contentinfo") || role.equals("dialog") || role.equals("menu")) {
      return true;
    }
    return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
  }

  /** Whether the page hides the element from readers (hidden attribute, inline display:none, aria-hidden). */
  static boolean hidden(Element e) {
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
        || e.attr("aria-hidden").equals("true") && e.selectFirst("p") == null;
  }
}
