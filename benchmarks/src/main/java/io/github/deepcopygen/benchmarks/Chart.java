package io.github.deepcopygen.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart, on a log scale, of the time per copy of each method on each resource, as
 * SVG.
 */
final class Chart {
  private static final int LABEL = 150;
  private static final int WIDTH = 560;
  private static final int BAR = 16;
  private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#59a14f"};

  private Chart() {}

  static String svg(List<Report.Row> rows, String[] resources, String[] methods) {
    double min =
        rows.stream()
            .filter(r -> isCopy(r, resources))
            .mapToDouble(Report.Row::median)
            .min()
            .orElse(1);
    double max =
        rows.stream()
            .filter(r -> isCopy(r, resources))
            .mapToDouble(Report.Row::median)
            .max()
            .orElse(10);
    double low = Math.floor(Math.log10(Math.max(min, 1)));
    double high = Math.ceil(Math.log10(max));
    int height = 60 + methods.length * (resources.length * BAR + 10) + 40;
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                    + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                    + "<text x=\"10\" y=\"20\" font-size=\"14\">Time per copy, ns (log scale; median)</text>%n",
                LABEL + WIDTH + 120,
                height));
    for (int i = 0; i < resources.length; i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"30\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"40\">%s</text>%n",
              LABEL + i * 180,
              COLORS[i % COLORS.length],
              LABEL + i * 180 + 16,
              resources[i].replace("Copy", "")));
    }
    int y = 60;
    for (String method : methods) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
              LABEL - 8,
              y + BAR,
              method));
      for (int i = 0; i < resources.length; i++) {
        Report.Row row = Report.find(rows, resources[i] + "." + method);
        if (row != null) {
          double width = (Math.log10(row.median()) - low) / (high - low) * WIDTH;
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                      + "<text x=\"%.1f\" y=\"%d\">%,.0f</text>%n",
                  LABEL,
                  y,
                  Math.max(width, 1),
                  BAR - 2,
                  COLORS[i % COLORS.length],
                  LABEL + width + 4,
                  y + BAR - 4,
                  row.median()));
        } else {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%d\" fill=\"#888\">not timed</text>%n",
                  LABEL + 4,
                  y + BAR - 4));
        }
        y += BAR;
      }
      y += 10;
    }
    for (double decade = low; decade <= high; decade++) {
      double x = LABEL + (decade - low) / (high - low) * WIDTH;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"50\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n",
              x,
              x,
              y,
              x,
              y + 15,
              Math.pow(10, decade)));
    }
    return svg.append("</svg>\n").toString();
  }

  private static boolean isCopy(Report.Row row, String[] resources) {
    for (String resource : resources) {
      if (row.benchmark().startsWith(resource + ".")) {
        return true;
      }
    }
    return false;
  }
}
