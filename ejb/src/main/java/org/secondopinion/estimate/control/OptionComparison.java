package org.secondopinion.estimate.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The patient's question "what will the second opinion cost, and then each treatment option?": the workup is
 * estimated on its own, then each alternative option is estimated together with the workup in one calculator
 * call in which the workup counts first (in each plan year, whatever the dates), so the option starts from the
 * amounts the workup has met, the workup's lines come out as they did alone, and the workup plus the option never
 * pass the out-of-pocket maximum. Options are alternatives: one option's lines never count toward another's
 * deductible.
 *
 * @param workup  the workup's estimate (no lines when there is no workup)
 * @param options each treatment option in the order it first appears
 * @param lines   the result of every line, in the order of the request
 */
public record OptionComparison(Estimate workup, List<Option> options, List<LineResult> lines) {

    /**
     * @param total           the option's own lines
     * @param withWorkup      the workup and the option together
     * @param estimate        the calculator's estimate of workup and option, with its notes
     */
    public record Option(String name, Total total, Total withWorkup, Estimate estimate) {
    }

    /** @param workupOption the option name the workup lines carry */
    public static OptionComparison compare(EstimateCalculator calculator, Coverage coverage, String workupOption,
                                           List<ServiceLine> request) {
        List<ServiceLine> workupLines = new ArrayList<>();
        List<Integer> workupIndex = new ArrayList<>();
        Map<String, List<Integer>> optionIndex = new LinkedHashMap<>();
        for (int i = 0; i < request.size(); i++) {
            ServiceLine line = request.get(i);
            if (line.option().equals(workupOption)) {
                workupLines.add(line);
                workupIndex.add(i);
            } else {
                optionIndex.computeIfAbsent(line.option(), k -> new ArrayList<>()).add(i);
            }
        }
        LineResult[] results = new LineResult[request.size()];
        Estimate workup = calculator.estimate(coverage, workupLines);
        for (LineResult result : workup.lines()) {
            results[workupIndex.get(result.position())] = result;
        }
        List<Option> options = new ArrayList<>(optionIndex.size());
        for (Map.Entry<String, List<Integer>> option : optionIndex.entrySet()) {
            List<ServiceLine> lines = new ArrayList<>(workupLines);
            for (int index : option.getValue()) {
                lines.add(request.get(index));
            }
            Estimate estimate = calculator.estimate(coverage, lines, workupLines.size());
            for (LineResult result : estimate.lines()) {
                if (result.position() >= workupLines.size()) {
                    results[option.getValue().get(result.position() - workupLines.size())] = result;
                }
            }
            options.add(new Option(option.getKey(), estimate.option(option.getKey()),
                    Total.of(option.getKey() + " with the workup", estimate.lines()), estimate));
        }
        return new OptionComparison(workup, Collections.unmodifiableList(options), List.of(results));
    }

    /** The workup's total, named after the workup option. */
    public Total workupTotal(String workupOption) {
        return Total.of(workupOption, workup.lines());
    }
}
