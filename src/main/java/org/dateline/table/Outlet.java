package org.dateline.table;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Article;

/**
 * The {@code outlet} cell of articles.csv: the outlet the input names, else the site's domain from the article's
 * URL without {@code www.} ({@code https://www.example.com/a} gives {@code example.com}), so articles can be
 * grouped by site without the user parsing URLs. Empty when there is neither.
 */
public final class Outlet {

  /** scheme://[user@]host[:port]/...; a URL without a scheme is read as if it had one. */
  private static final Pattern HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:[^/@?#]*@)?([^/:?#]+)");

  private Outlet() {
  }

  public static String of(Article a) {
    return a.outlet().isBlank() ? domain(a.url()) : a.outlet().strip();
  }

  /** The host of {@code url}, lower-cased, without a leading {@code www.}; empty when it has no host. */
  public static String domain(String url) {
    String u = url == null ? "" : url.strip();
    if (u.isEmpty()) {
      return "";
    }
    String host = null;
    try {
      host = new URI(u).getHost();
    } catch (URISyntaxException e) {
      // Real-world URLs hold spaces and unescaped characters; the pattern below still finds their host.
    }
    if (host == null) {
      Matcher m = HOST.matcher(u);
      host = m.find() ? m.group(1) : "";
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    // A host needs a dot: "about:blank" or a bare word is no site.
    if (!host.contains(".")) {
      return "";
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
