package org.dateline.input;

/** Hand-built news pages for the extractor tests: a story among the page furniture real news sites have. */
final class NewsPages {

  private NewsPages() {
  }

  static final String PROSE = "The council voted on Tuesday to rebuild the old harbour wall, which storms had "
      + "breached twice since the spring, and to pay for it from the reserve fund.";

  /** A story in a plain div (no article element), with menus, teasers, a share bar, an ad, a caption, comments. */
  static String page(String extraHead) {
    StringBuilder story = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      story.append("<p>Paragraph ").append(i).append(". ").append(PROSE).append("</p>\n");
      if (i == 2) {
        story.append("<div class=\"ad-slot\"><p>Advertisement</p></div>\n")
            .append("<figure><img src=\"wall.jpg\"><figcaption>The wall after the storm. Photo: J. Smith"
                + "</figcaption></figure>\n");
      }
      if (i == 4) {
        story.append("<p>Advertisement</p>\n");
      }
    }
    StringBuilder teasers = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      teasers.append("<article class=\"card\"><h3><a href=\"/story").append(i).append("\">Teaser story number ")
          .append(i).append(" about something else entirely, with a long headline</a></h3>"
              + "<p>A summary of another story, long enough to look like a paragraph of prose.</p></article>\n");
    }
    return "<html><head><title>Harbour wall to be rebuilt | Gazette</title>" + extraHead + "</head><body>"
        + "<div class=\"top\"><ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li>"
        + "<li><a href=\"/s\">Sport</a></li></ul></div>"
        + "<div id=\"main\"><div class=\"story\">"
        + "<h1>Harbour wall to be rebuilt</h1><div class=\"byline\">By Jane Doe</div>"
        + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
        + "<div class=\"story-body\">" + story + "</div>"
        + "<div class=\"related-links\"><h2>Related</h2><ul><li><a href=\"/a\">Older harbour story</a></li>"
        + "<li><a href=\"/b\">Storm season outlook</a></li></ul></div>"
        + "</div><div class=\"sidebar\"><h2>Most read</h2>" + teasers + "</div></div>"
        + "<div id=\"comments\"><p>Reader one: I think the council is wasting our money, frankly, again.</p>"
        + "<p>Reader two: About time they fixed that wall, it has been broken for years now.</p></div>"
        + "<footer><p>Copyright Gazette Media, all rights reserved, 2024.</p></footer></body></html>";
  }
}
