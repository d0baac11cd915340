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
   * The compiled trie, one record per node, in depth-first order so that a walk down a phrase reads
   * neighbouring cells. A record is a header, the node's lowest child character in the upper 16 bits,
   * {@link #HAS_ENTRIES} when a phrase ends there, and the width of its range of child characters in
   * the lowest bits (0 for a leaf); then one cell per character of that range, the offset of the
   * child's record, or {@link #DEAD} for a character without a child. The root's record is at
   * offset {@link #ROOT}; the last record is the dead end, a leaf, so that a walk needs no test
   * for a missing child: it steps onto the dead end and stops at the next character.
   */
  private int[] trie;
  /** The offset of the dead-end record: a leaf without phrases, the last record of the trie. */
  private int dead;
  /** The phrases that end at each record's node, by record offset, or null. */
  private Entry[][] entries;
  /** The open-addressed table of {@link #firstWordTable}: hashes of long first words. */
  private long[] firstWords;
  /**
   * The open-addressed table of {@link #firstWordTable}: the first words of up to {@value
   * #KEYED_WORD} ASCII characters by {@link #key}, and in {@link #shortWordNodes} the node each
   * leads to.
   */
  private long[] shortWords;
  private int[] shortWordNodes;
  /**
   * A bit per {@link #keyBit} of the keys of {@link #shortWords}: a word whose bit is clear opens no
   * phrase. Most words of a text open none, and this kilobyte stays in the cache where the tables
   * behind it, read afresh for each document, do not.
   */
  private final long[] shortWordBits = new long[KEY_BITS / 64];

  /** The size of {@link #shortWordBits} in bits. */
  private static final int KEY_BITS = 8192;

  /** The longest word with a {@link #key}: 9 characters of 7 bits. */
  private static final int KEYED_WORD = 9;

  /** The offset of the root's record. */
  private static final int ROOT = 0;
  /** The header bits of a record's range width. */
  private static final int WIDTH = 0xFFF;
  /** The header bit of a node where some phrase ends. */
  private static final int HAS_ENTRIES = 0x1000;

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

  /** Packs the built trie into the array the walk reads. */
  private void compile() {
    List<Node> order = new ArrayList<>();
    ArrayDeque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      order.add(n);
      List<Node> kids = new ArrayList<>(n.children.values());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k)); // depth first, children in character order: the first child comes next
      }
    }
    IdentityHashMap<Node, Integer> offset = new IdentityHashMap<>();
    int length = 0;
    for (Node n : order) {
      offset.put(n, length);
      length += 1 + width(n);
    }
    dead = length;
    trie = new int[length + 1]; // the dead end's header is 0: no phrase, no child
    entries = new Entry[length + 1][];
    for (Node n : order) {
      int at = offset.get(n);
      int width = width(n);
      if (width > WIDTH) {
        throw new IllegalStateException("a trie node's children span too many characters: " + width);
      }
      int lowest = n.children.isEmpty() ? 0 : n.children.firstKey();
      trie[at] = lowest << 16 | (n.entries != null ? HAS_ENTRIES : 0) | width;
      Arrays.fill(trie, at + 1, at + 1 + width, dead);
      for (Map.Entry<Character, Node> c : n.children.entrySet()) {
        trie[at + 1 + c.getKey() - lowest] = offset.get(c.getValue());
      }
      if (n.entries != null) {
        entries[at] = n.entries.toArray(new Entry[0]);
      }
    }
    root = null;
    firstWordTable();
  }

  /** The width of a built node's range of child characters, 0 for a leaf. */
  private static int width(Node n) {
    return n.children.isEmpty() ? 0 : n.children.lastKey() - n.children.firstKey() + 1;
  }

  /**
   * Fills the first-word tables: every run of word characters that a phrase can open with, a path
   * of word characters from the root to a node where a phrase ends or a non-word character (a
   * space, a dot) follows. A word of the text that is in neither table starts no phrase, so its
   * trie walk is skipped. {@link #shortWords} holds the {@link #key} of those of up to {@value
   * #KEYED_WORD} ASCII characters, with the node the word leads to, so that the walk from such a
   * word starts after it; {@link #firstWords} the hashes of the longer ones (a hash is never 0,
   * which marks an empty cell). A word with other than ASCII characters is not looked up: lower
   * case may turn it into an ASCII word ("\u212Aorea", with a Kelvin sign).
   */
  private void firstWordTable() {
    List<Long> hashes = new ArrayList<>();
    List<long[]> keyed = new ArrayList<>(); // {key, node}
    ArrayDeque<long[]> stack = new ArrayDeque<>(); // {node, hash of the path to it, its key or -1, its length}
    stack.push(new long[] {ROOT, WORD_HASH_SEED, 0, 0});
    while (!stack.isEmpty()) {
      long[] top = stack.pop();
      int node = (int) top[0];
      boolean opens = node != ROOT && entries[node] != null;
      for (int k = 0; k < (trie[node] & WIDTH); k++) {
        char c = (char) ((trie[node] >>> 16) + k);
        int childNode = child(node, c);
        if (childNode < 0) {
          continue;
        }
        if (Character.isLetterOrDigit(c)) { // wordChar's tables are not built yet: the same test
          long key = top[2] < 0 || c >= 128 || top[3] >= KEYED_WORD ? -1 : top[2] << 7 | c;
          stack.push(new long[] {childNode, wordHash(top[1], c), key, top[3] + 1});
        } else {
          opens |= node != ROOT;
        }
      }
      if (opens && top[3] > KEYED_WORD) {
        hashes.add(top[1]);
      }
      if (opens) {
        if (top[2] > 0) {
          keyed.add(new long[] {top[2], node});
        }
      }
    }
    int size = Integer.highestOneBit(Math.max(16, hashes.size() * 4));
    firstWords = new long[size];
    for (long h : hashes) {
      int slot = (int) (h ^ h >>> 32) & (size - 1);
      while (firstWords[slot] != 0 && firstWords[slot] != h) {
        slot = (slot + 1) & (size - 1);
      }
      firstWords[slot] = h;
    }
    size = Integer.highestOneBit(Math.max(16, keyed.size() * 4));
    shortWords = new long[size];
    shortWordNodes = new int[size];
    for (long[] kn : keyed) {
      int slot = keySlot(kn[0], size);
      while (shortWords[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      shortWords[slot] = kn[0];
      shortWordNodes[slot] = (int) kn[1];
      int bit = keyBit(kn[0]);
      shortWordBits[bit >>> 6] |= 1L << bit;
    }
  }

  /** The bit of {@link #shortWordBits} of a key: other bits of its hash than {@link #keySlot} uses. */
  private static int keyBit(long key) {
    return (int) (key * 0x9E3779B97F4A7C15L >>> 51) & (KEY_BITS - 1);
  }

  /**
   * A word of up to {@value #KEYED_WORD} ASCII word characters as a number, exactly: its lower-cased
   * characters, 7 bits each, the first one highest. Never 0, as no word character is 0.
   */
  private static long key(long keyBefore, char lowerAsciiChar) {
    return keyBefore << 7 | lowerAsciiChar;
  }

  private static int keySlot(long key, int size) {
    return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & (size - 1);
  }

  /** The node a first word with this {@link #key} leads to, or -1 when it opens no phrase. */
  private int shortWordNode(long key) {
    int bit = keyBit(key);
    if ((shortWordBits[bit >>> 6] & 1L << bit) == 0) {
      return -1;
    }
    long[] table = shortWords;
    int slot = keySlot(key, table.length);
    while (true) {
      long cell = table[slot];
      if (cell == key) {
        return shortWordNodes[slot];
      }
      if (cell == 0) {
        return -1;
      }
      slot = (slot + 1) & (table.length - 1);
    }
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

  /**
   * The record of a node's child for a character, or -1; {@code node} is a record's offset. (The
   * walk in {@link #longest} inlines this, stepping onto the dead end instead of returning -1.)
   */
  private int child(int node, char c) {
    int header = trie[node];
    int k = c - (header >>> 16);
    if (k < 0 || k >= (header & WIDTH)) {
      return -1;
    }
    int child = trie[node + 1 + k];
    return child == dead ? -1 : child;
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
    // the value interned: the rules compare trigger kinds and body ids with literals, and equals
    // is then true at its first test, the identity of the two strings
    node.entries.add(new Entry(normal, kind, value.intern(), exact, capitalised));
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
    if (from >= to) {
      return new ArrayList<>();
    }
    // array reads: no bounds and coder checks of String.charAt per character. The array holds the
    // text from the character before from (is from inside a word?) to to; offsets in it are base less.
    int base = Math.max(0, from - 1);
    char[] a = new char[to - base];
    text.getChars(base, to, a, 0);
    return find(text, a, base, from, to, filtered);
  }

  /**
   * {@link #find(String, int, int)} of a text whose characters are already in an array, which is
   * read and never written.
   *
   * @param text  the normalised text, not null
   * @param chars  its characters, not null
   * @param from  the offset to start at
   * @param to  the offset to stop at
   * @return the hits, not null
   */
  List<Hit> find(String text, char[] chars, int from, int to) {
    if (chars.length != text.length()) {
      throw new IllegalArgumentException("the characters are not the text's: " + chars.length
          + " for a text of " + text.length());
    }
    return find(text, chars, 0, from, to, true);
  }

  /** The search of {@link #find(String, int, int, boolean)} in {@code a}, which holds the text from {@code base}. */
  private List<Hit> find(String text, char[] a, int base, int from, int to, boolean filtered) {
    List<Hit> hits = new ArrayList<>();
    if (from >= to) {
      return hits;
    }
    to -= base;
    Entry[] found = new Entry[1];
    int i = from - base;
    while (i < to) {
      if (!wordChar(a[i])) {
        i++;
        continue;
      }
      // a word: its end, and its key while it is short and ASCII
      long key = 0;
      int wide = 0;
      int w = i;
      do {
        char x = a[w];
        wide |= x;
        key = key(key, LOWER[x & 127]); // not the word's key when wide reaches 128
        w++;
      } while (w < to && wordChar(a[w]));
      if (i > 0 && wordChar(a[i - 1])) {
        i = w; // the rest of a word a phrase ended in ("HRC57" after "HRC")
        continue;
      }
      // the word must open some phrase (or, as "HRC57", open one before a session number)
      int node = ROOT;
      int j = i;
      if (filtered && wide < 128 && (a[w - 1] > '9' || !sessionNumberAfter(a, i, w))) {
        // (a word with other than ASCII characters, or before a session number, is walked from the root)
        if (w - i <= KEYED_WORD) {
          node = shortWordNode(key); // the walk goes on after the word
          j = w;
        } else if (!mayOpen(wordHash(a, i, w))) {
          node = -1;
        }
        if (node < 0) {
          i = w;
          continue;
        }
      }
      int bestEnd = longest(a, text, base, i, j, node, to, found);
      Entry best = found[0];
      if (best == null) {
        i = w;
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
        if (next < bestEnd && longestEnd(a, text, base, next, to) > bestEnd) {
          i = next;
          continue;
        }
      }
      if (best.kind != Kind.IGNORE) {
        hits.add(new Hit(base + i, base + bestEnd, best.kind, best.value));
      }
      i = bestEnd;
    }
    return hits;
  }

  /** The {@link #wordHash} of the word {@code a[i..w)}. */
  private static long wordHash(char[] a, int i, int w) {
    long h = WORD_HASH_SEED;
    for (int k = i; k < w; k++) {
      h = wordHash(h, lower(a[k]));
    }
    return h;
  }

  /**
   * True when the ASCII word {@code a[i..w)} ends in one or two digits after an upper-case letter,
   * a session number that a phrase may end before ("HRC57"): a walk inside the word may then accept.
   */
  private static boolean sessionNumberAfter(char[] a, int i, int w) {
    int d = w - 1; // a digit
    if (d > i && a[d - 1] >= '0' && a[d - 1] <= '9') {
      d--;
    }
    return d > i && a[d - 1] >= 'A' && a[d - 1] <= 'Z';
  }

  /** The end of the longest phrase starting at {@code i}, or -1. */
  private int longestEnd(char[] a, String text, int base, int i, int to) {
    return longest(a, text, base, i, i, ROOT, to, new Entry[1]);
  }

  /**
   * Walks the trie from {@code node}, reached by the text from {@code i} to {@code j} (the root, or
   * the node of the word at {@code i}): returns the end of the longest accepted phrase, or -1, and
   * puts its entry in {@code found[0]} (null when none), so the hot loop allocates nothing. Offsets
   * are in {@code a}, which holds the text from {@code base}.
   */
  private int longest(char[] a, String text, int base, int i, int j, int node, int to, Entry[] found) {
    int bestEnd = -1;
    found[0] = null;
    int[] trie = this.trie;
    int header = trie[node];
    while (true) {
      if ((header & HAS_ENTRIES) != 0 && (j >= to || !wordChar(a[j]) || !wordChar(a[j - 1]) || sessionNumber(a, j, to))) {
        Entry e = accept(entries[node], text, base + i, base + j);
        if (e != null && (j >= to || !wordChar(a[j]) || !wordChar(a[j - 1]) || e.exactCase)) {
          found[0] = e;
          bestEnd = j;
        }
      }
      if (j >= to) {
        break;
      }
      char c = a[j];
      char t = c < 128 ? WALK[c] : Character.toLowerCase(c);
      int k = t - (header >>> 16);
      if (k < 0 || k >= (header & WIDTH)) {
        break;
      }
      node = trie[node + 1 + k]; // the dead end when no phrase goes on with t: stops the walk next time
      header = trie[node];
      j++;
      if (t == ' ') { // any run of white space in the text matches one space in the phrase
        while (j < to && (a[j] == ' ' || a[j] == '\n')) {
          j++;
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
  /** {@link #LOWER}, but a line break is a space: how the walk reads an ASCII character. */
  private static final char[] WALK = new char[128];
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      WALK[c] = c == '\n' ? ' ' : LOWER[c];
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
