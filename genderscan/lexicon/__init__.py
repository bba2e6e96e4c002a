"""Lexicon schema and loader: YAML files → validated, frozen entries."""

from .loader import load_lexicon
from .schema import CATEGORIES, DOMAINS, MEASURES, Category, Lexicon, Measure, Question, Rule

__all__ = ["load_lexicon", "Lexicon", "Category", "Rule", "Question", "Measure", "CATEGORIES", "MEASURES", "DOMAINS"]
