package org.dateline.input;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what sits inside the story's block but is not the story: embedded widgets, link lists, share bars,
 * teaser boxes and one-line page furniture ("Advertisement", "Share this article", "Sign up for our newsletter").
 * A block goes when its names ({@link ClassHints}) or its shape (mostly links, more list items than paragraphs,
 * more pictures than text) say so, as Readability's conditional cleaning does; prose is never judged by its words
 * except for the short furniture lines of {@link #FURNITURE}.
 */
final class ContentCleaner {

  /** Tags that never carry story text inside the chosen block. */
  private static final String NEVER = "form, fieldset, object, embed, iframe, input, textarea, select, button, link,"
      + " aside, nav, footer, meta, noscript, audio, video, canvas, dialog, menu";
  /**
   * Photos with their captions and credits: the benchmark's article text (like a printed story) has none, and a
   * caption repeats the story's names out of their sentences.
   */
  private static final String CAPTIONS = "figure, figcaption, picture, [class~=(?i)(caption|credit)], "
      + "[itemprop=caption]";
  /** Blocks judged by their shape. */
  private static final String JUDGED = "table, ul, ol, div, section, figure, header, dl";
  /** Whole lines that are page furniture, in the words every English news site uses. */
  private static final Pattern FURNITURE = Pattern.compile("(?i)^\\W*(advertisement|advertising|ad|sponsored"
      + "|supported by|story continues below( advertisement)?|continue reading( below| the main story)?"
      + "|share|share this( article| story| page)?|share on \\w+|tweet|email|print|comments?|show comments"
      + "|(sign up|subscribe)\\b.{0,80}|read more\\b.{0,60}|(related|more|see also|also read|read also|recommended)"
      + "( stories| articles| coverage| content)?\\b\\s*:?.{0,100}|follow (us|\\w+) on .{0,40}|click here\\b.{0,60}"
      + "|(photo|image|picture|video|graphic)s?( credit)?\\s*:.{0,80}|\\(?(getty images|ap photo|reuters)\\)?"
      + "|(©|copyright|\\(c\\)).{0,100}|(image|photo) (source|copyright|caption)\\b.{0,80}"
      + "|(updated|published|posted)( on| at)?\\s*:?\\s*\\S.{0,60}|\\d+\\s*(min(ute)?s?|comments?)( read)?"
      + "|trending( now| stories)?|don'?t miss|must read|most (popular|read|viewed|shared)|top stories"
      + "|see more\\b.{0,80}|watch( more| now)?\\b.{0,60}|listen\\b.{0,40}|(image|photo|slide) \\d+ (of|/) \\d+"
      + "|(next|previous)( article| story)?"
      + "|(loading|please wait)\\W*|this article (is|was).{0,60}(more|updated).{0,30})\\W*$");
  /** Furniture lines are short; a long paragraph that starts with these words is prose. */
  private static final int MAX_FURNITURE = 140;

  private ContentCleaner() {
  }

  static void clean(Element content) {
    content.select(NEVER).remove();
    content.select(CAPTIONS).remove();
    for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
      if (ClassHints.weight(h) < 0) {
        h.remove();
      }
    }
    List<Element> judged = content.select(JUDGED);
    for (int i = judged.size() - 1; i >= 0; i--) {
      Element e = judged.get(i);
      if (e != content && attached(e, content) && junk(e)) {
        e.remove();
      }
    }
    for (Element e : content.select("p, div, li, span, h2, h3, h4, h5, h6, strong, em, b, figcaption")) {
      if (attached(e, content) && e.childrenSize() <= 2) {
        String text = e.text();
        if (text.length() <= MAX_FURNITURE && FURNITURE.matcher(text).matches()) {
          e.remove();
        }
      }
    }
  }

  private static boolean attached(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  /** Readability's tests of a block that is not prose, on its names and its shape. */
  private static boolean junk(Element e) {
    int weight = ClassHints.weight(e);
    if (weight < 0) {
      return true;
    }
    String text = e.text();
    if (countCommas(text) >= 10) {
      return false;
    }
    boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
    int paragraphs = e.select("p").size();
    int images = e.select("img").size();
    int items = e.select("li").size() - 100;
    int inputs = e.select("input").size();
    double links = LinkDensity.of(e);
    int length = text.length();
    boolean inFigure = e.normalName().equals("figure") || e.closest("figure") != null;
    return images > 1 && (double) paragraphs / images < 0.5 && !inFigure
        || !list && items > paragraphs
        || inputs > paragraphs / 3
        || !list && length < 25 && (images == 0 || images > 2) && !inFigure && e.select("h1,h2,h3").isEmpty()
        || !list && weight < 25 && links > 0.2
        || weight >= 25 && links > 0.5
        || list && links > 0.5;
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
