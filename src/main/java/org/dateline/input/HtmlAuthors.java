package org.dateline.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's authors as the page declares them, from the most to the least explicit source: JSON-LD
 * {@code author}, author meta tags, {@code rel=author} links and {@code itemprop=author}, then byline elements. The
 * first source that names anyone wins, so a sidebar's "more by" links do not add strangers.
 */
final class HtmlAuthors {

  private static final List<String> META = List.of("author", "article:author", "parsely-author", "sailthru.author",
      "dc.creator", "byl");
  private static final String BYLINE = "[class~=(^|[\\s_-])(byline|author|authors|author-name)(\\s|$)]";
  /** A byline's job title after the name ("Jane Doe, AP Sports Writer"): not a second author. */
  private static final Pattern ROLE = Pattern.compile("(?i)\\b(writer|editor|correspondent|reporter|contributor"
      + "|columnist|staff|photographer)s?$");
  /** More names than this is a list of contributors or a widget, not a byline. */
  private static final int MAX_AUTHORS = 6;

  private HtmlAuthors() {
  }

  static List<String> find(Document page, JsonLd jsonLd) {
    List<String> names = new ArrayList<>();
    for (JsonNode author : jsonLd.all("author")) {
      addJson(author, names);
    }
    if (names.isEmpty()) {
      META.forEach(key -> split(HtmlDateFinder.meta(page, key), names));
    }
    if (names.isEmpty()) {
      for (Element e : page.select("[rel=author], [itemprop=author]")) {
        Element name = e.selectFirst("[itemprop=name]");
        split(e.hasAttr("content") ? e.attr("content") : name != null ? name.text() : e.text(), names);
      }
    }
    if (names.isEmpty()) {
      for (Element e : page.select(BYLINE)) {
        if (e.text().length() <= HtmlText.MAX_BYLINE_CHARS) {
          split(e.text(), names);
        }
      }
    }
    return distinct(names);
  }

  private static void addJson(JsonNode author, List<String> names) {
    if (author.isArray()) {
      author.forEach(a -> addJson(a, names));
    } else if (author.isObject() && author.hasNonNull("name")) {
      addJson(author.get("name"), names);
    } else if (author.isTextual()) {
      split(author.asText(), names);
    }
  }

  /** "By Jane Doe and John Roe, Staff Writers" gives Jane Doe and John Roe. */
  private static void split(String raw, List<String> names) {
    String s = HtmlText.clean(raw).replaceFirst("(?i)^(written |reported )?by:?\\s+", "");
    if (s.isEmpty() || s.contains("://") || s.startsWith("@") || s.contains("@")) {
      return;
    }
    for (String part : s.split("\\s*(,|;|\\||\\band\\b|&)\\s*")) {
      String name = part.replaceFirst("(?i)^by\\s+", "").trim();
      if (name.length() >= 3 && name.length() <= 60 && name.chars().anyMatch(Character::isLetter)
          && name.split(" ").length <= 5 && Character.isUpperCase(name.codePointAt(0))
          && !ROLE.matcher(name).find()) {
        names.add(name);
      }
    }
  }

  private static List<String> distinct(List<String> names) {
    Map<String, String> seen = new LinkedHashMap<>();
    names.forEach(n -> seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
    List<String> out = new ArrayList<>(seen.values());
    return out.size() > MAX_AUTHORS ? List.of() : out;
  }
}
