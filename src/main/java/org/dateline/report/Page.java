package org.dateline.report;

import java.util.List;

/**
 * The page around the sections: inline style and script only, nothing fetched. Marks differ by line style and
 * weight as well as colour, so they survive grayscale printing. The script filters the quote browser (also from a
 * {@code #q=} address, so a link can open it filtered) and records script errors on the page for the browser test.
 */
final class Page {

  /** The page may load nothing at all: any attempt is blocked by the browser and recorded by the script. */
  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
      + "img-src data:";

  private static final String CSS = """
      body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:0 1em;color:#111}
      nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1em}
      table{border-collapse:collapse;margin:.8em 0;font-size:14px}caption{text-align:left;font-weight:600}
      th,td{border:1px solid #999;padding:2px 6px;vertical-align:top;text-align:left}
      .figures{display:flex;gap:2em}.figures dd{font-size:1.6em;margin:0;font-weight:700}
      .bar{fill:#333}.sea{fill:#fff;stroke:#999}.land{fill:#ddd;stroke:#888;stroke-width:.3}.place{fill:none;stroke:#000;stroke-width:.8}.event{fill:#000;fill-opacity:.4;stroke:#000;stroke-width:.5}svg text{font-size:12px}figure{margin:.5em 0}
      .text{white-space:pre-wrap;border:1px solid #999;padding:.5em;line-height:1.7}
      .m-PERSON{font-weight:700;border-bottom:2px solid #1f4e9c}
      .m-ORGANIZATION{border-bottom:3px double #7a3b00}.m-LOCATION{border-bottom:2px dashed #116611}
      .m-other{border-bottom:1px dotted #555}.q{background:#e8e8e8;font-style:italic}
      .spk{outline:2px solid #000;outline-offset:1px}.trg{text-decoration:underline wavy #a00;font-weight:700}
      select{max-width:24em}.meta{color:#444;font-size:13px}pre{white-space:pre-wrap;font-size:12px}
      @media print{nav{display:none}}
      """;

  /** First in the head, so that an error anywhere later is recorded on the page (read by the browser test). */
  private static final String WATCH = """
      window.addEventListener('error',function(e){document.documentElement.dataset.jsErrors=
        (document.documentElement.dataset.jsErrors||'')+e.message+';';});
      document.addEventListener('securitypolicyviolation',function(e){document.documentElement.dataset.blocked=
        (document.documentElement.dataset.blocked||'')+e.blockedURI+';';});
      """;

  /** The quote filter; {@code #q=text} opens it filtered, {@code #only=id} shows one section (for screenshots). */
  private static final String JS = """
      (function(){
        var search=document.getElementById('quote-search'),who=document.getElementById('quote-speaker');
        if(search){
          var rows=document.querySelectorAll('#quote-rows tr'),shown=document.getElementById('quote-shown');
          var filter=function(){var q=search.value.toLowerCase(),s=who.value,n=0;
            rows.forEach(function(r){var ok=(!q||r.textContent.toLowerCase().indexOf(q)>=0)&&
              (!s||r.cells[1].textContent===s);r.hidden=!ok;if(ok)n++;});shown.value=n;};
          search.addEventListener('input',filter);who.addEventListener('change',filter);
          var fromHash=function(){var m=/[#&]q=([^&]*)/.exec(location.hash);if(m){
            search.value=decodeURIComponent(m[1]);filter();document.getElementById('quotes').scrollIntoView();}};
          fromHash();window.addEventListener('hashchange',fromHash);
        }
        var only=/[#&]only=([^&]*)/.exec(location.hash);
        if(only){document.querySelectorAll('main>section').forEach(function(s){s.hidden=s.id!==only[1];});}
        document.documentElement.dataset.ready='yes';
      })();
      """;


  private Page() {
  }

  /** The whole document; {@code sections} are (id, title, body) triples whose body is already HTML. */
  static String of(String title, String intro, List<String[]> sections) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\"><title>").append(Html.esc(title))
        .append("</title><script>").append(WATCH).append("</script><style>").append(CSS).append("</style></head><body><header><h1>").append(Html.esc(title))
        .append("</h1>").append(intro).append("<nav aria-label=\"sections\"><ul>");
    for (String[] s : sections) {
      b.append("<li>").append(Html.link("#" + s[0], s[1])).append("</li>");
    }
    b.append("</ul></nav></header><main>\n");
    for (String[] s : sections) {
      b.append(Html.section(s[0], s[1], s[2]));
    }
    return b.append("</main><script>").append(JS).append("</script></body></html>\n").toString();
  }
}
