package org.dateline.table;

import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outlet cell: the input's own outlet, else the URL's domain without www. */
class OutletTest {

  @Test
  void domainOfTheUrlWithoutWww() {
    assertEquals("example.com", Outlet.domain("https://www.example.com/2026/01/30/story.html?x=1#top"));
    assertEquals("news.example.co.uk", Outlet.domain("http://News.Example.co.uk:8080/a"));
    assertEquals("example.org", Outlet.domain("example.org/path/page"));
    assertEquals("example.net", Outlet.domain("https://user@www.example.net./a b c"));
    assertEquals("", Outlet.domain(""));
    assertEquals("", Outlet.domain("about:blank"));
    assertEquals("", Outlet.domain("not a url"));
  }

  @Test
  void theInputsOwnOutletWins() {
    Article a = new Article("a", "s", "", "text", "", "", "https://www.example.com/a", "");
    assertEquals("example.com", Outlet.of(a));
    assertEquals("The Example Times", Outlet.of(a.withOutlet(" The Example Times ")));
    assertEquals("", Outlet.of(new Article("b", "s", "", "text", "", "", "", "")));
  }
}
