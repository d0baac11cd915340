/**
 * JMH benchmarks: extraction throughput, query latency at the scale of the whole UN record,
 * roll-call loading and agreement, and the Security Council collection's load time.
 *
 * <p>Build with {@code mvn -B -pl benchmarks -am package -DskipTests}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar <regex>}. Benchmarks that read
 * {@code ../shared/data} take its location from {@code -Dunrights.data.dir=...}.
 */
package org.unrights.benchmarks;
