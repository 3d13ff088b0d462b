package kefu.settlement;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders clause numbers as people read them: §2 before §2A before §10, §5.2 before §5.10. */
enum ClauseOrder implements Comparator<String> {
  INSTANCE;

  private static final Pattern PART = Pattern.compile("\\d+|\\D+");

  @Override
  public int compare(String a, String b) {
    Matcher left = PART.matcher(a);
    Matcher right = PART.matcher(b);
    while (left.find() && right.find()) {
      String x = left.group();
      String y = right.group();
      boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
      int order = numbers ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.length(), b.length()) != 0
        ? Integer.compare(a.length(), b.length())
        : a.compareTo(b);
  }
}
