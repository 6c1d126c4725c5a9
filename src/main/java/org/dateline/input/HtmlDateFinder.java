package org.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a web page declares about itself. Publishers use many conventions (Open Graph, schema.org
 * JSON-LD or microdata, Dublin Core, analytics tags), so each is tried in order of how reliably it means
 * "first published" rather than "modified"; the first value that parses as a date wins.
 */
final class HtmlDateFinder {

  /** Open Graph tags: the most explicit "published" markers, tried first. */
  private static final List<String> OPEN_GRAPH = List.of("article:published_time", "og:published_time");
  /** Other meta tags by name or property, tried after schema.org; compared ignoring case. */
  private static final List<String> OTHER_META = List.of("datepublished", "pubdate", "publishdate", "date",
      "dc.date.issued", "sailthru.date", "parsely-pub-date");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Year, month and day as path segments or one dashed segment, between slashes or dashes. */
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?=[/-])");

  private final PublicationDateFinder parser = new PublicationDateFinder();

  Optional<LocalDate> find(Document page) {
    for (String name : OPEN_GRAPH) {
      Optional<LocalDate> date = parser.parseInputDate(meta(page, name));
      if (date.isPresent()) {
        return date;
      }
    }
    Optional<LocalDate> fromJsonLd = jsonLdDate(page);
    if (fromJsonLd.isPresent()) {
      return fromJsonLd;
    }
    for (Element e : page.select("[itemprop=datePublished]")) {
      String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<LocalDate> date = parser.parseInputDate(value);
      if (date.isPresent()) {
        return date;
      }
    }
    for (String name : OTHER_META) {
      Optional<LocalDate> date = parser.parseInputDate(meta(page, name));
      if (date.isPresent()) {
        return date;
      }
    }
    // A <time> in the story itself, but not one in a sidebar or comment: only inside <article>.
    for (Element time : page.select("article time[datetime]")) {
      Optional<LocalDate> date = parser.parseInputDate(time.attr("datetime"));
      if (date.isPresent()) {
        return date;
      }
    }
    return fromUrl(page);
  }

  /** A date in the page's URL path ({@code /2019/11/18/}, {@code /2019-11-18-}): many CMSs file stories so. */
  private static Optional<LocalDate> fromUrl(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String url = canonical != null ? canonical.attr("href") : meta(page, "og:url");
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      } catch (java.time.DateTimeException e) {
        return Optional.empty(); // /2019/13/45/ is an id, not a date
      }
    }
    return Optional.empty();
  }

  /** The content of the first meta tag whose name, property or itemprop is {@code key} (ignoring case). */
  static String meta(Document page, String key) {
    for (Element meta : page.select("meta[content]")) {
      for (String attribute : List.of("property", "name", "itemprop")) {
        if (meta.attr(attribute).trim().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
          return meta.attr("content");
        }
      }
    }
    return "";
  }

  private Optional<LocalDate> jsonLdDate(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode value = JSON.readTree(script.data()).findValue("datePublished");
        Optional<LocalDate> date = value == null ? Optional.empty() : parser.parseInputDate(value.asText());
        if (date.isPresent()) {
          return date;
        }
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common on real sites; the other sources still apply.
      }
    }
    return Optional.empty();
  }
}
