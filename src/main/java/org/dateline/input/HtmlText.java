package org.dateline.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.PageHints;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of an article element, one paragraph per block element, paragraphs separated by a blank line and
 * {@code <br>} kept as a line break; with the spans of the paragraphs that lie in (or hold) a marked element.
 *
 * @param text  the text
 * @param hints the marked paragraphs, each with the section of its strongest mark (headline, then caption, then
 *              byline); a byline mark counts only on a paragraph of at most {@link #MAX_BYLINE_CHARS} characters
 */
record HtmlText(String text, PageHints hints) {

  /** Elements that start and end a paragraph; a div holding text directly becomes its own paragraph this way. */
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "figcaption", "div", "section", "article", "main", "header", "ul", "ol", "dl", "dt", "dd", "pre", "table",
      "tr", "td", "th", "caption", "figure", "address", "hr", "details", "summary", "body");
  /** A byline element's paragraph longer than this is more than a byline (an author box with a bio, a menu). */
  static final int MAX_BYLINE_CHARS = 150;
  /** The marks in the order they win when a paragraph has several. */
  private static final List<Section> PRIORITY = List.of(Section.HEADLINE, Section.CAPTION, Section.BYLINE);

  /** Walks the tree below {@code root}, closing a paragraph at every block boundary. */
  static HtmlText of(Element root, Map<Element, Section> marks) {
    Walk walk = new Walk(marks);
    NodeTraversor.traverse(walk, root);
    walk.flush();
    return new HtmlText(walk.text.toString(), new PageHints(walk.marked));
  }

  /** HTML whitespace (including no-break spaces) collapses to one space, as a browser would show it. */
  static String clean(String s) {
    return collapse(s).trim();
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
  }

  private static final class Walk implements NodeVisitor {
    private final Map<Element, Section> marks;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder current = new StringBuilder();
    private final List<Segment> marked = new ArrayList<>();
    /** The marks of the elements the walk is inside, and of those begun since the current paragraph began. */
    private final List<Section> open = new ArrayList<>();
    private final List<Section> met = new ArrayList<>();

    Walk(Map<Element, Section> marks) {
      this.marks = marks;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        // Source newlines are just whitespace; only <br> breaks a line.
        current.append(collapse(textNode.getWholeText()));
      } else if (node instanceof Element element) {
        if (element.normalName().equals("br")) {
          current.append('\n');
        } else if (BLOCKS.contains(element.normalName())) {
          flush();
        }
        Section mark = marks.get(element);
        if (mark != null) {
          open.add(mark);
          met.add(mark);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (BLOCKS.contains(element.normalName())) {
          flush();
        }
        if (marks.containsKey(element)) {
          open.remove(open.size() - 1);
        }
      }
    }

    void flush() {
      List<String> lines = current.toString().lines().map(HtmlText::clean).filter(s -> !s.isEmpty()).toList();
      current.setLength(0);
      if (!lines.isEmpty()) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        int start = text.length();
        text.append(String.join("\n", lines));
        mark(start, text.length());
      }
      met.clear();
    }

    private void mark(int start, int end) {
      for (Section section : PRIORITY) {
        boolean has = open.contains(section) || met.contains(section);
        if (has && (section != Section.BYLINE || end - start <= MAX_BYLINE_CHARS)) {
          marked.add(new Segment(section, start, end));
          return;
        }
      }
    }
  }
}
