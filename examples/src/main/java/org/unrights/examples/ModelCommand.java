package org.unrights.examples;

import org.unrights.model.Body;
import org.unrights.model.DecisionRule;
import org.unrights.model.QuestionKind;
import org.unrights.model.StateStatus;
import org.unrights.model.States;
import org.unrights.model.StepType;
import picocli.CommandLine.Command;

/** Prints what the model holds: bodies and their decision rules, states, and the step vocabulary. */
@Command(name = "model", mixinStandardHelpOptions = true,
    description = "Print the model's vocabulary: bodies with their decision rules, states, step types.")
public final class ModelCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("Bodies and mechanisms:");
    for (Body b : Body.values()) {
      StringBuilder rules = new StringBuilder();
      for (java.util.Map.Entry<QuestionKind, DecisionRule> e : b.decisionRules().entrySet()) {
        rules.append(rules.length() == 0 ? "" : "; ").append(e.getKey().id()).append(": ").append(e.getValue());
      }
      System.out.printf("  %-20s %-60s %s%n", b.id(), b.title(), rules);
    }
    long members = States.all().stream().filter(s -> s.status() == StateStatus.MEMBER).count();
    System.out.printf("States: %d members, %d observers, %d former members%n",
        members, States.observers().size(), States.formerMembers().size());
    System.out.println("Step types:");
    for (StepType t : StepType.values()) {
      System.out.println("  " + t.id());
    }
  }
}
