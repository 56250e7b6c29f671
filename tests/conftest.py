from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
RULES = ROOT / "rules" / "venezuela-raid.yaml"


@pytest.fixture
def write(tmp_path):
    """Write a text file under tmp_path and return its path as a string."""
    def _write(name: str, content: str | bytes) -> str:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return str(p)
    return _write
