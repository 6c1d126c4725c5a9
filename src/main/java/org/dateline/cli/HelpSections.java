package org.dateline.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code extract --help} with its options in sections by what a user wants to do, instead of one alphabetical
 * list of twenty-odd flags. A custom option-list renderer rather than picocli argument groups: the options live in
 * mixins shared with {@code eval} and the Spark job, which keep their flat lists. An option not named here still
 * shows, under "Other".
 */
final class HelpSections {

  static final Map<String, List<String>> SECTIONS = sections();

  private HelpSections() {
  }

  private static Map<String, List<String>> sections() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("Inputs", List.of("--text-column", "--id-column", "--title-column", "--date-column", "--url-column",
        "--date"));
    s.put("Output", List.of("--out", "--overwrite", "--resume", "--format", "--excel", "--no-timings"));
    s.put("What to extract", List.of("--tables", "--ner-models", "--models", "--actors", "--agents", "--aliases"));
    s.put("Limits", List.of("--max-article-chars", "--max-sentence-tokens", "--article-timeout"));
    s.put("Performance", List.of("--threads"));
    s.put("General", List.of("--quiet", "--verbose", "--help", "--version"));
    return s;
  }

  static void install(CommandLine command) {
    command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
        HelpSections::render);
  }

  private static String render(Help help) {
    CommandSpec spec = help.commandSpec();
    StringBuilder text = new StringBuilder();
    Set<OptionSpec> shown = new HashSet<>();
    for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
      Help.Layout layout = help.createDefaultLayout();
      for (String name : section.getValue()) {
        OptionSpec option = spec.findOption(name);
        if (option != null && shown.add(option)) {
          layout.addOption(option, help.parameterLabelRenderer());
        }
      }
      text.append(String.format("%n%s:%n", section.getKey())).append(layout);
    }
    Help.Layout rest = help.createDefaultLayout();
    spec.options().stream().filter(o -> !o.hidden() && !shown.contains(o))
        .forEach(o -> rest.addOption(o, help.parameterLabelRenderer()));
    String others = rest.toString();
    return others.isBlank() ? text.toString() : text.append(String.format("%nOther:%n")).append(others).toString();
  }
}
