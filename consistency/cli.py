"""The command line: parse options, call the library, print, and map errors to exit codes."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path

import typer

from .errors import ConsistencyError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Check that several articles about one story agree on its key facts.")
rules_app = typer.Typer(no_args_is_help=True, help="Validate rule files and run the examples they carry.")
app.add_typer(rules_app, name="rules")

EXIT_OK, EXIT_CONFLICT, EXIT_ERROR = 0, 1, 2
RULES_HELP = "Rule file, or a folder of them (*.yaml)."


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(exc: ConsistencyError) -> typer.Exit:
    typer.echo(f"Error: {exc}", err=True)
    return typer.Exit(EXIT_ERROR)


def _published(values: list[str]) -> tuple[dict[str, date], date | None]:
    """--published DATE for every article, or PATH=DATE for one."""
    per_path: dict[str, date] = {}
    default = None
    for item in values:
        path, _, day = item.rpartition("=")
        try:
            when = date.fromisoformat(day.strip())
        except ValueError:
            raise ConsistencyError(f"--published {item!r}: expected YYYY-MM-DD or PATH=YYYY-MM-DD") from None
        if path:
            per_path[path] = when
        else:
            default = when
    return per_path, default


@app.command(epilog="Example: consistency check seeds/*.txt --rules rules/venezuela-raid.yaml")
def check(
    articles: list[str] = typer.Argument(..., help="Article files to compare."),
    rules: str = typer.Option(..., "--rules", "-r", help=RULES_HELP),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="What to print on standard output."),
    html: Path | None = typer.Option(None, help="Where to write the HTML report (default: reports/STORY.html)."),
    no_html: bool = typer.Option(False, "--no-html", help="Write no HTML report."),
    published: list[str] = typer.Option([], help="Publication date: YYYY-MM-DD for all, or PATH=YYYY-MM-DD."),
) -> None:
    """Compare the facts of a story across articles; exit 1 if sources conflict."""
    from .pipeline import run_check
    from .report import RENDERERS, render_html, write_atomic

    try:
        per_path, default = _published(published)
        report = run_check(articles, rules, per_path, default)
        for problem in report.skipped:
            typer.echo(f"Error: {problem} (skipped; the other articles were checked)", err=True)
        out = RENDERERS[fmt.value](report)
        if not no_html:
            target = html or Path("reports") / f"{report.rules.story}.html"
            write_atomic(target, render_html(report))
            typer.echo(f"HTML report: {target}", err=True)
    except ConsistencyError as exc:
        raise _fail(exc) from None
    sys.stdout.write(out)
    raise typer.Exit(EXIT_CONFLICT if report.summary["conflict"] else EXIT_OK)


@app.command(epilog="Example: consistency diff seeds/a.txt seeds/b.txt --rules rules/venezuela-raid.yaml")
def diff(
    a: str = typer.Argument(..., help="First article."),
    b: str = typer.Argument(..., help="Second article."),
    rules: str = typer.Option(..., "--rules", "-r", help=RULES_HELP),
    published: list[str] = typer.Option([], help="Publication date: YYYY-MM-DD for both, or PATH=YYYY-MM-DD."),
) -> None:
    """Show only the facts on which two articles differ; exit 1 if they conflict."""
    from .pipeline import run_check
    from .report import render_diff

    try:
        per_path, default = _published(published)
        report = run_check([a, b], rules, per_path, default)
        if report.skipped:  # a diff needs both sides
            raise ConsistencyError(report.skipped[0])
    except ConsistencyError as exc:
        raise _fail(exc) from None
    sys.stdout.write(render_diff(report))
    raise typer.Exit(EXIT_CONFLICT if report.summary["conflict"] else EXIT_OK)


@app.command(epilog="Example: consistency extract seeds/usnewssphere-cuba-says-32.txt --rules rules/venezuela-raid.yaml")
def extract(
    article: str = typer.Argument(..., help="One article."),
    rules: str = typer.Option(..., "--rules", "-r", help=RULES_HELP),
    fmt: ExtractFormat = typer.Option(ExtractFormat.table, "--format", "-f"),
    explain: bool = typer.Option(False, help="Also show candidate values that were refused, and why."),
    published: str | None = typer.Option(None, help="Publication date, YYYY-MM-DD."),
) -> None:
    """Show what each fact matched in one article, and where: for rule authors."""
    from .pipeline import extract_article
    from .report import render_extract, render_extract_json

    try:
        _, default = _published([published] if published else [])
        art, ruleset, findings, rejections, cues = extract_article(article, rules, default)
    except ConsistencyError as exc:
        raise _fail(exc) from None
    if fmt is ExtractFormat.json:
        sys.stdout.write(render_extract_json(art, ruleset, findings, rejections if explain else None, cues))
    else:
        sys.stdout.write(render_extract(art, ruleset, findings, rejections if explain else None, cues))


class FailOn(StrEnum):
    conflict = "conflict"
    missing = "missing"
    never = "never"


@app.command(epilog="Example: consistency batch desk/ --out reports --jobs 2")
def batch(
    source: Path = typer.Argument(..., help="A folder with one subfolder per story, or a manifest (.yaml or .csv)."),
    out: Path = typer.Option(Path("reports"), help="Where the dated run folders and 'latest' go."),
    jobs: int = typer.Option(0, help="Parallel processes (default: all cores)."),
    fail_on: FailOn = typer.Option(FailOn.conflict, help="Exit 1 on conflicts, on conflicts or missing facts, or never."),
) -> None:
    """Check every story a desk follows; write an index page, one page per story, JSON and CSV."""
    import os

    from .batch import run_batch

    tty = sys.stderr.isatty()

    def progress(n: int, total: int, res) -> None:
        if res.error:
            line = f"{res.name}: FAILED: {res.error}"
        else:
            s = res.summary
            line = f"{res.name}: {s['conflict']} conflict, {s['missing']} missing, {s['facts']} facts"
        if tty:
            bar = "#" * (20 * n // total)
            sys.stderr.write(f"\r[{bar:<20}] {n}/{total} {line[:60]:<60}" + ("\n" if n == total else ""))
        else:
            sys.stderr.write(f"[{n}/{total}] {line}\n")
        sys.stderr.flush()

    try:
        result = run_batch(source, out, jobs or os.cpu_count() or 1, progress)
    except ConsistencyError as exc:
        raise _fail(exc) from None
    typer.echo(f"{len(result.stories)} stories: {result.conflicts} conflicting facts, {result.failed} failed; "
               f"index: {result.run_dir / 'index.html'}")
    if result.failed:
        raise typer.Exit(EXIT_ERROR)
    found = {"conflict": result.conflicts, "missing": result.conflicts + result.missing, "never": 0}[fail_on.value]
    raise typer.Exit(EXIT_CONFLICT if found else EXIT_OK)


@rules_app.command("check", epilog="Example: consistency rules check rules/")
def rules_check(path: str = typer.Argument(..., help=RULES_HELP)) -> None:
    """Validate rule files: every problem named with file:line, fact and key."""
    from .rules import load_rules

    try:
        ruleset = load_rules(path)
    except ConsistencyError as exc:
        raise _fail(exc) from None
    n_ex = sum(len(f.examples) for f in ruleset.facts)
    typer.echo(f"{path}: OK, {len(ruleset.facts)} facts, {n_ex} examples")


@rules_app.command("test", epilog="Example: consistency rules test rules/venezuela-raid.yaml")
def rules_test(path: str = typer.Argument(..., help=RULES_HELP)) -> None:
    """Run the examples inside rule files; exit 1 if any gives the wrong value."""
    from .pipeline import example_refusals, run_examples
    from .rules import load_rules

    try:
        rules = load_rules(path)
        results = run_examples(rules)
    except ConsistencyError as exc:
        raise _fail(exc) from None
    missing = [(fact, ex) for fact, ex, missed, _ in results if missed]
    why = dict(zip((id(ex) for _, ex in missing), example_refusals(rules, missing)))  # 'a day to come ... takes 'ahead: true''
    failed = 0
    for fact, ex, missed, unexpected in results:
        if missed or unexpected:
            failed += 1
            typer.echo(f"FAIL {fact.id} (line {ex.line}): {ex.text}")
            if missed:
                typer.echo(f"     missed: {', '.join(missed)}")
                for r in why[id(ex)]:
                    typer.echo(f"     refused {r.raw!r}: {r.reason}")
            if unexpected:
                typer.echo(f"     unexpected: {', '.join(unexpected)}")
    typer.echo(f"{len(results) - failed} passed, {failed} failed")
    raise typer.Exit(EXIT_CONFLICT if failed else EXIT_OK)


def main() -> None:
    app()
