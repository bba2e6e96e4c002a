"""Run every rule's own examples: ``match`` sentences must give an assertion of
the rule, ``no_match`` sentences must not (a critical mention is allowed)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExampleFailure:
    rule_id: str
    file: str
    expected: str
    """``match`` or ``no_match``."""
    sentence: str
    found: tuple[str, ...]
    """What the rule produced in the sentence (stance: matched text)."""

    def describe(self) -> str:
        want = "should match" if self.expected == "match" else "should not match"
        got = "; ".join(self.found) or "no finding"
        return f"{self.file}: {self.rule_id} {want}: {self.sentence}  [{got}]"


def run_examples(analyzer, rule_ids: set[str] | None = None) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures) for the rules of *analyzer*'s lexicon."""
    rules = [r for r in analyzer.lexicon.rules if rule_ids is None or r.id in rule_ids]
    cases = [(r, "match", s) for r in rules for s in r.examples_match]
    cases += [(r, "no_match", s) for r in rules for s in r.examples_no_match]
    per_text = analyzer.findings_per_text([s for _, _, s in cases])
    failures = []
    for (rule, expected, sentence), findings in zip(cases, per_text):
        own = [f for f in findings if f.rule_id == rule.id]
        asserted = any(f.stance == "assertion" for f in own)
        if asserted != (expected == "match"):
            found = tuple(f"{f.stance}: {f.matched_text}" for f in own)
            failures.append(ExampleFailure(rule.id, rule.file, expected, sentence, found))
    return len(cases), failures
