package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * geo-dev's metrics (its {@code score_geo.py}): per gold toponym the error in km of the overlapping mention's
 * entity point, 20,039 km when there is none; accuracy within 161 km over all toponyms, mean error over the
 * predicted ones, and Gritta et al.'s AUC (sorted ln(1 + km), trapezoid, over ln(1 + 20,039)·(n − 1)).
 */
final class GeoScorer {

  static final double MAX_KM = 20039.0;
  private static final double EARTH_R = 6371.009;

  /** One scored toponym: its error, whether it got a point, whether the country code was right. */
  record Outcome(double km, boolean predicted, boolean goldHasCountry, boolean countryRight) {
  }

  /** The figures of a set of outcomes. */
  record Figures(int n, double predicted, double acc161, double meanKm, double auc, double country) {
  }

  private GeoScorer() {
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return Math.min(MAX_KM, 2 * EARTH_R * Math.asin(Math.min(1.0, Math.sqrt(a))));
  }

  static Figures figures(List<Outcome> outcomes) {
    int n = outcomes.size();
    List<Double> all = new ArrayList<>();
    double predictedKm = 0;
    int predicted = 0;
    int within = 0;
    int withCountry = 0;
    int countryRight = 0;
    for (Outcome o : outcomes) {
      all.add(o.km());
      within += o.km() < 161 ? 1 : 0;
      if (o.predicted()) {
        predicted++;
        predictedKm += o.km();
      }
      if (o.goldHasCountry()) {
        withCountry++;
        countryRight += o.countryRight() ? 1 : 0;
      }
    }
    return new Figures(n, share(predicted, n), share(within, n), predicted == 0 ? Double.NaN : predictedKm / predicted,
        auc(all), share(countryRight, withCountry));
  }

  static double auc(List<Double> errors) {
    if (errors.size() < 2) {
      return Double.NaN;
    }
    List<Double> ys = errors.stream().map(e -> Math.log(1 + e)).sorted(Comparator.naturalOrder()).toList();
    double area = 0;
    for (int i = 0; i + 1 < ys.size(); i++) {
      area += (ys.get(i) + ys.get(i + 1)) / 2;
    }
    return area / (Math.log(1 + MAX_KM) * (ys.size() - 1));
  }

  private static double share(int k, int n) {
    return n == 0 ? 0.0 : (double) k / n;
  }
}
