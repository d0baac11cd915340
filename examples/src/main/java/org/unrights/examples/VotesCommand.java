package org.unrights.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.unrights.json.UnrightsJson;
import org.unrights.model.State;
import org.unrights.votes.AgreementMatrix;
import org.unrights.votes.RollCallFilter;
import org.unrights.votes.UnvotesLoader;
import org.unrights.votes.VetoLoader;
import org.unrights.votes.VetoRecord;
import org.unrights.votes.VoteRecord;
import org.unrights.votes.Voter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The UN voting record: agreement between states in the General Assembly, Security Council vetoes. */
@Command(name = "votes", mixinStandardHelpOptions = true,
    description = "Analyse the UN General Assembly roll calls and the Security Council vetoes.",
    subcommands = {VotesCommand.Agreement.class, VotesCommand.Vetoes.class})
public final class VotesCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("Usage: votes agreement --data DIR | votes vetoes --data FILE (see --help)");
  }

  /** Prints the closest and furthest pairs of states, or the whole agreement matrix as JSON. */
  @Command(name = "agreement", mixinStandardHelpOptions = true,
      description = "Agreement between every pair of states: the share of roll calls both voted in "
          + "(yes, no or abstain) where they voted alike.")
  static final class Agreement implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "folder with unvotes.csv, roll_calls.csv, issues.csv")
    Path data;

    @Option(names = "--issue", defaultValue = "all", description = "issue code (hr, me, di, co, nu, ec) or all")
    String issue;

    @Option(names = "--from", description = "first year (inclusive)")
    Integer from;

    @Option(names = "--to", description = "last year (inclusive)")
    Integer to;

    @Option(names = "--top", defaultValue = "10", description = "pairs to print")
    int top;

    @Option(names = "--min-common", defaultValue = "20",
        description = "least roll calls in common for a pair to be ranked")
    int minCommon;

    @Option(names = "--json", description = "print the whole matrix as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
      VoteRecord record = UnvotesLoader.load(data);
      RollCallFilter filter = RollCallFilter.issue(issue).withYears(
          from == null ? OptionalInt.empty() : OptionalInt.of(from),
          to == null ? OptionalInt.empty() : OptionalInt.of(to));
      AgreementMatrix m = record.agreement(filter);
      if (json) {
        ObjectMapper mapper = UnrightsJson.newMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode states = root.putArray("states");
        m.voters().forEach(v -> states.add(v.label()));
        ArrayNode matrix = root.putArray("matrix");
        for (int i = 0; i < m.voters().size(); i++) {
          ArrayNode row = matrix.addArray();
          for (int j = 0; j < m.voters().size(); j++) {
            OptionalDouble value = m.value(i, j);
            if (value.isPresent()) {
              row.add(value.getAsDouble());
            } else {
              row.addNull();
            }
          }
        }
        System.out.println(mapper.writeValueAsString(root));
        return 0;
      }
      System.out.printf("%d roll calls (%s), %d states; pairs with at least %d roll calls in common%n",
          m.rollCalls(), filter, m.voters().size(), minCommon);
      System.out.println("Closest pairs:");
      print(m.closestPairs(top, minCommon));
      System.out.println("Furthest pairs:");
      print(m.furthestPairs(top, minCommon));
      return 0;
    }

    private static void print(List<AgreementMatrix.Pair> pairs) {
      for (AgreementMatrix.Pair p : pairs) {
        System.out.printf("  %-30s %-30s %.4f  (%d roll calls)%n", name(p.a()), name(p.b()), p.agreement(),
            p.common());
      }
    }

    private static String name(Voter v) {
      return v.label().equals(v.name()) ? v.name() : v.label() + " " + v.name();
    }
  }

  /** Prints the Security Council vetoes by member and decade. */
  @Command(name = "vetoes", mixinStandardHelpOptions = true,
      description = "Security Council vetoes by member and decade.")
  static final class Vetoes implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "the veto list CSV (unsc_vetoes_1946_sept2022.csv)")
    Path data;

    @Override
    public Integer call() {
      VetoRecord record = VetoLoader.load(data);
      Map<State, Integer> total = record.countsByMember();
      TreeSet<String> members = new TreeSet<>();
      total.keySet().forEach(s -> members.add(s.alpha3()));
      System.out.printf("%d vetoes%n", record.vetoes().size());
      StringBuilder header = new StringBuilder(String.format("%-8s", "decade"));
      members.forEach(m -> header.append(String.format("%6s", m)));
      System.out.println(header);
      SortedMap<Integer, Map<State, Integer>> byDecade = record.countsByDecade();
      for (Map.Entry<Integer, Map<State, Integer>> e : byDecade.entrySet()) {
        StringBuilder line = new StringBuilder(String.format("%-8s", e.getKey() + "s"));
        for (String m : members) {
          int n = e.getValue().entrySet().stream().filter(x -> x.getKey().alpha3().equals(m))
              .mapToInt(Map.Entry::getValue).sum();
          line.append(String.format("%6d", n));
        }
        System.out.println(line);
      }
      StringBuilder line = new StringBuilder(String.format("%-8s", "total"));
      for (String m : members) {
        int n = total.entrySet().stream().filter(x -> x.getKey().alpha3().equals(m)).mapToInt(Map.Entry::getValue)
            .sum();
        line.append(String.format("%6d", n));
      }
      System.out.println(line);
      System.out.println("SUN is the USSR, RUS the Russian Federation; a veto by several members counts for each.");
      if (!record.flagMismatchLines().isEmpty()) {
        System.out.printf("Note: on %d rows the file's 0/1 member columns omit a member named in member_veto1-3; "
            + "the named members are counted.%n", record.flagMismatchLines().size());
      }
      return 0;
    }
  }
}
