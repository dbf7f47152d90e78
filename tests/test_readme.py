"""The README's Python examples run as doctests, in order, sharing one namespace like a session."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_python_examples_run_as_shown() -> None:
    assert len(BLOCKS) >= 2
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    globs: dict[str, object] = {}
    for index, block in enumerate(BLOCKS):
        test = parser.get_doctest(block, globs, f"README python block {index}", str(README), 0)
        failed, attempted = runner.run(test, clear_globs=False)
        globs = test.globs  # the next block sees what this one defined
        assert attempted > 0
        assert failed == 0, f"README python block {index} differs from what the code does"
