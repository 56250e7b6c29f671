"""consistency: check that several articles about one story agree on its key facts.

The library does the work; the CLI (consistency.cli) only parses options and prints.
"""

from .errors import ConsistencyError, InputError, RuleError
from .models import Article, Finding, Report, RuleSet, Status, Verdict

__version__ = "0.1.0"


def __getattr__(name: str):
    # The pipeline pulls in every layer; load it only when asked for.
    if name in ("run_check", "check_articles", "load_sources", "extract_article", "run_examples"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "load_rules":
        from .rules import load_rules

        return load_rules
    raise AttributeError(name)


__all__ = ["Article", "ConsistencyError", "Finding", "InputError", "Report", "RuleError", "RuleSet", "Status",
           "Verdict", "check_articles", "extract_article", "load_rules", "load_sources", "run_check",
           "run_examples", "__version__"]
