package org.unrights.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.unrights.model.State;
import org.unrights.model.StateStatus;
import org.unrights.model.States;

/**
 * The mention-finding stage's dictionary: bodies and their aliases, anaphors such as "the
 * Council", states (names, aliases, demonyms and capitals), organisations, and trigger words,
 * matched in one left-to-right pass with a character trie.
 *
 * <p>Phrases match on word boundaries, ignoring case, with any run of white space in the text
 * matching one space in the phrase; the longest phrase wins. Two rules keep short names honest:
 * an all-upper-case phrase of up to six letters ("US", "ICC", "DPRK") matches only exactly as
 * written, so "us" is never the United States; and state names, demonyms and capitals match only
 * when capitalised in the text, so "chad" or "jordan" in lower case are not states.
 *
 * <p>The data are class-path files under {@code org/unrights/extract/}: {@code bodies.tsv} and
 * {@code triggers.tsv}, plus the state registry of {@link States}. This class is immutable and
 * thread-safe once built.
 */
final class Gazetteer {

  /** What a phrase denotes. */
  enum Kind {
    /** A UN body or mechanism; value is a {@link org.unrights.model.Body} id. */
    BODY,
    /** An anaphor such as "the Council"; value lists the compatible body ids, {@code |}-separated. */
    REF,
    /** A state by name or alias; value is the ISO alpha-3 code. */
    STATE,
    /** A state by demonym ("Eritrean"); value is the ISO alpha-3 code. */
    DEMONYM,
    /** A state by its capital, as metonymy ("Minsk said"); value is the ISO alpha-3 code. */
    CAPITAL,
    /** A non-UN organisation or group of states that sponsors texts ("European Union"). */
    ORG,
    /** A trigger word; value is its class, e.g. {@code adopt}. */
    TRIGGER,
    /** A phrase that hides whatever it contains ("Washington Post"). */
    IGNORE
  }

  /**
   * One phrase found in a text.
   *
   * @param start  the offset of the first character
   * @param end  the offset just past the last character
   * @param kind  what the phrase denotes
   * @param value  the normalised value (body id, alpha-3 code, trigger class...)
   */
  record Hit(int start, int end, Kind kind, String value) {}

  private record Entry(String phrase, Kind kind, String value, boolean exactCase,
      boolean capitalised) {}

  /** A node of the trie while it is built; {@link #compile} then packs the trie into arrays. */
  private static final class Node {
    final TreeMap<Character, Node> children = new TreeMap<>();
    List<Entry> entries;

    Node add(char c) {
      return children.computeIfAbsent(c, k -> new Node());
    }
  }

  private static final Gazetteer STANDARD = buildStandard();

  /** The trie while it is built; null once compiled. */
  private Node root = new Node();
  private int size;

  /**
   * The compiled trie. Node {@code n}'s children are indexed by character: {@code nodes[3n]} is
   * where its cells start in {@code next}, {@code nodes[3n + 1]} its lowest child character,
   * {@code nodes[3n + 2]} the width of its range of child characters (0 for a leaf), and
   * {@code next[nodes[3n] + c - nodes[3n + 1]]} the child for character {@code c}, or -1. Nodes
   * are numbered depth first and their three numbers are side by side, so a walk reads
   * neighbouring array cells; node 0 is the root.
   */
  private int[] nodes;
  private int[] next;
  /** The phrases that end at each node, or null. */
  private Entry[][] entries;
  /** The open-addressed table of {@link #firstWordTable}. */
  private long[] firstWords;

  private Gazetteer() {}

  /**
   * Returns the gazetteer built from the data files shipped in the jar and the state registry.
   *
   * @return the gazetteer, not null
   */
  static Gazetteer standard() {
    return STANDARD;
  }

  /**
   * Returns the number of phrases known.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /** Packs the built trie into the arrays the walk reads. */
  private void compile() {
    List<Node> order = new ArrayList<>();
    ArrayDeque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      order.add(n);
      List<Node> kids = new ArrayList<>(n.children.values());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k)); // depth first, children in character order
      }
    }
    IdentityHashMap<Node, Integer> id = new IdentityHashMap<>();
    for (int k = 0; k < order.size(); k++) {
      id.put(order.get(k), k);
    }
    int count = order.size();
    nodes = new int[3 * count];
    entries = new Entry[count][];
    int cells = 0;
    for (int k = 0; k < count; k++) {
      Node n = order.get(k);
      if (!n.children.isEmpty()) {
        nodes[3 * k] = cells;
        nodes[3 * k + 1] = n.children.firstKey();
        nodes[3 * k + 2] = n.children.lastKey() - n.children.firstKey() + 1;
        cells += nodes[3 * k + 2];
      }
      if (n.entries != null) {
        entries[k] = n.entries.toArray(new Entry[0]);
      }
    }
    next = new int[cells];
    Arrays.fill(next, -1);
    for (int k = 0; k < count; k++) {
      for (Map.Entry<Character, Node> c : order.get(k).children.entrySet()) {
        next[nodes[3 * k] + c.getKey() - nodes[3 * k + 1]] = id.get(c.getValue());
      }
    }
    root = null;
    firstWords = firstWordTable();
  }

  /**
   * Hashes of every run of word characters that a phrase can open with: a path of word characters
   * from the root to a node where a phrase ends or a non-word character (a space, a dot) follows.
   * A word of the text whose hash is not here starts no phrase, so its trie walk is skipped. A hash
   * is never 0 (0 marks an empty cell of the open-addressed table).
   */
  private long[] firstWordTable() {
    List<Long> hashes = new ArrayList<>();
    ArrayDeque<long[]> stack = new ArrayDeque<>(); // {node, hash of the path to it}
    stack.push(new long[] {0, WORD_HASH_SEED});
    while (!stack.isEmpty()) {
      long[] top = stack.pop();
      int node = (int) top[0];
      int at = 3 * node;
      boolean opens = node != 0 && entries[node] != null;
      for (int k = 0; k < nodes[at + 2]; k++) {
        int childNode = next[nodes[at] + k];
        if (childNode < 0) {
          continue;
        }
        char c = (char) (nodes[at + 1] + k);
        if (Character.isLetterOrDigit(c)) { // wordChar's tables are not built yet: the same test
          stack.push(new long[] {childNode, wordHash(top[1], c)});
        } else {
          opens |= node != 0;
        }
      }
      if (opens) {
        hashes.add(top[1]);
      }
    }
    int size = Integer.highestOneBit(Math.max(16, hashes.size() * 4));
    long[] table = new long[size];
    for (long h : hashes) {
      int slot = (int) (h ^ h >>> 32) & (size - 1);
      while (table[slot] != 0 && table[slot] != h) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = h;
    }
    return table;
  }

  private static final long WORD_HASH_SEED = 0x9E3779B97F4A7C15L;

  /** The hash of a word's lower-cased characters, one character at a time; never 0. */
  private static long wordHash(long h, char lowerChar) {
    long x = (h ^ lowerChar) * 0x100000001B3L;
    return x == 0 ? 1 : x;
  }

  /** True when a run of word characters with this hash may open a phrase. */
  private boolean mayOpen(long h) {
    long[] table = firstWords;
    int slot = (int) (h ^ h >>> 32) & (table.length - 1);
    while (true) {
      long cell = table[slot];
      if (cell == h) {
        return true;
      }
      if (cell == 0) {
        return false;
      }
      slot = (slot + 1) & (table.length - 1);
    }
  }

  /** The child of a node for a character, or -1. */
  private int child(int node, char c) {
    int at = 3 * node;
    int k = c - nodes[at + 1];
    return k >= 0 && k < nodes[at + 2] ? next[nodes[at] + k] : -1;
  }

  private static Gazetteer buildStandard() {
    Gazetteer g = buildTables();
    g.compile();
    return g;
  }

  private static Gazetteer buildTables() {
    Gazetteer g = new Gazetteer();
    for (DataTable.Row r : DataTable.read("bodies.tsv", 3)) {
      String[] row = r.cells();
      Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT));
      g.add(row[0], kind, row[2], false);
    }
    for (DataTable.Row r : DataTable.read("triggers.tsv", 2)) {
      String[] row = r.cells();
      g.add(row[0], Kind.TRIGGER, row[1], false);
    }
    for (State s : States.all()) {
      if (s.status() == StateStatus.FORMER_MEMBER) {
        continue;
      }
      String code = s.alpha3();
      g.add(s.shortName(), Kind.STATE, code, true);
      g.add(s.formalName(), Kind.STATE, code, true);
      for (String alias : s.aliases()) {
        g.add(alias, Kind.STATE, code, true);
      }
      for (String demonym : s.demonyms()) {
        // a demonym equal to a name ("Myanmar") is already a name
        if (States.byName(demonym).isEmpty()) {
          g.add(demonym, Kind.DEMONYM, code, true);
        }
      }
      s.capital().ifPresent(capital -> g.add(capital, Kind.CAPITAL, code, true));
    }
    return g;
  }

  private void add(String phrase, Kind kind, String value, boolean capitalised) {
    String normal = TextNormalizer.normalize(phrase.strip()).replaceAll("\\s+", " ");
    if (normal.isEmpty()) {
      return;
    }
    boolean exact = isShortUpperCase(normal);
    Node node = root;
    for (int i = 0; i < normal.length(); i++) {
      node = node.add(Character.toLowerCase(normal.charAt(i)));
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
    }
    node.entries.add(new Entry(normal, kind, value, exact, capitalised));
    size++;
  }

  private static boolean isShortUpperCase(String phrase) {
    int letters = 0;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters > 0 && letters <= 6;
  }

  /**
   * Finds every phrase in a normalised text, longest first and without overlaps, in text order.
   * Phrases inside an {@link Kind#IGNORE} phrase are dropped along with it.
   *
   * @param text  the normalised text, not null
   * @param from  the offset to start at
   * @param to  the offset to stop at
   * @return the hits, not null
   */
  List<Hit> find(String text, int from, int to) {
    return find(text, from, to, true);
  }

  /**
   * {@link #find(String, int, int)}, optionally without the first-word filter (for tests: the
   * filter must never change what is found).
   */
  List<Hit> find(String text, int from, int to, boolean filtered) {
    List<Hit> hits = new ArrayList<>();
    char[] a = text.toCharArray(); // array reads: no bounds and coder checks of String.charAt per character
    Entry[] found = new Entry[1];
    int i = from;
    while (i < to) {
      char c = a[i];
      if (!wordChar(c) || i > 0 && wordChar(a[i - 1])) {
        i++;
        continue;
      }
      // the word that starts here must open some phrase (or, as "HRC57", open one before a session number)
      long h = WORD_HASH_SEED;
      long beforeDigits = 0;
      int w = i;
      while (w < to && wordChar(a[w])) {
        char x = a[w];
        if (x >= '0' && x <= '9' && w > i && a[w - 1] >= 'A' && a[w - 1] <= 'Z') {
          beforeDigits = h;
        }
        h = wordHash(h, lower(x));
        w++;
      }
      if (filtered && !mayOpen(h) && (beforeDigits == 0 || !mayOpen(beforeDigits))) {
        i = w;
        continue;
      }
      int bestEnd = longest(a, text, i, to, found);
      Entry best = found[0];
      if (best == null) {
        i++;
        while (i < to && wordChar(a[i])) {
          i++;
        }
        continue;
      }
      if (best.kind == Kind.REF) {
        // "the Office of the High Commissioner": a longer name starting at the next word wins
        int next = i;
        while (next < bestEnd && wordChar(a[next])) {
          next++;
        }
        while (next < bestEnd && !wordChar(a[next])) {
          next++;
        }
        if (next < bestEnd && longestEnd(a, text, next, to) > bestEnd) {
          i = next;
          continue;
        }
      }
      if (best.kind != Kind.IGNORE) {
        hits.add(new Hit(i, bestEnd, best.kind, best.value));
      }
      i = bestEnd;
    }
    return hits;
  }

  /** The end of the longest phrase starting at {@code i}, or -1. */
  private int longestEnd(char[] a, String text, int i, int to) {
    return longest(a, text, i, to, new Entry[1]);
  }

  /**
   * Walks the trie from {@code i}: returns the end of the longest accepted phrase, or -1, and puts
   * its entry in {@code found[0]} (null when none), so the hot loop allocates nothing.
   */
  private int longest(char[] a, String text, int i, int to, Entry[] found) {
    int bestEnd = -1;
    found[0] = null;
    int node = 0;
    int j = i;
    while (j < to) {
      char t = a[j];
      int step = 1;
      if (t == ' ' || t == '\n') {
        t = ' ';
        while (j + step < to && (a[j + step] == ' ' || a[j + step] == '\n')) {
          step++;
        }
      } else {
        t = lower(t);
      }
      node = child(node, t);
      if (node < 0) {
        break;
      }
      j += step;
      if (entries[node] != null && (j >= to || !wordChar(a[j]) || !wordChar(a[j - 1]) || sessionNumber(a, j, to))) {
        Entry e = accept(entries[node], text, i, j);
        if (e != null && (j >= to || !wordChar(a[j]) || !wordChar(a[j - 1]) || e.exactCase)) {
          found[0] = e;
          bestEnd = j;
        }
      }
    }
    return bestEnd;
  }

  /**
   * A session number written onto an upper-case abbreviation ("#HRC57", "UNGA78"): an upper-case
   * letter at {@code j - 1}, then one or two digits that end the word. Only an exact-case
   * abbreviation may end there.
   */
  private static boolean sessionNumber(char[] a, int j, int to) {
    if (a[j] < '0' || a[j] > '9' || a[j - 1] < 'A' || a[j - 1] > 'Z') {
      return false;
    }
    int k = j + 1;
    if (k < to && a[k] >= '0' && a[k] <= '9') {
      k++;
    }
    return k >= to || !wordChar(a[k]);
  }

  /** Lower case, with a fast path for ASCII. */
  private static char lower(char c) {
    if (c < 128) {
      return LOWER[c];
    }
    return Character.toLowerCase(c);
  }

  private static final char[] LOWER = new char[128];
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
  }

  /** A letter or digit, with a fast path for ASCII. */
  private static boolean wordChar(char c) {
    if (c < 128) {
      return WORD[c];
    }
    return Character.isLetterOrDigit(c);
  }

  private static Entry accept(Entry[] entries, String text, int start, int end) {
    for (Entry e : entries) {
      if (e.exactCase) {
        if (end - start != e.phrase.length() || !text.startsWith(e.phrase, start)) {
          continue;
        }
      } else if (e.capitalised && !Character.isUpperCase(text.charAt(start))) {
        continue;
      }
      return e;
    }
    return null;
  }
}
