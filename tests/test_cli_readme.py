"""The console examples of the README's "Command line" section, run and compared line for line.

Each ```` ```console ```` block of the section is an example: a line ``$ command`` is run by bash
in a fresh directory shared by the whole section (so a file written by one command can be read by
the next), and the lines up to the next ``$`` line are its exact output, stdout and stderr merged.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = re.compile(r"^(#{2,3}) Command line\s*$", re.MULTILINE)


def _examples() -> list[tuple[str, str]]:
    """``(command, expected output)`` for every command of the section, in order."""
    if not README.is_file():
        return []
    text = README.read_text(encoding="utf-8")
    found = SECTION.search(text)
    if found is None:
        return []
    level = len(found.group(1))
    rest = text[found.end() :]
    following = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    section = rest if following is None else rest[: following.start()]
    steps: list[tuple[str, str]] = []
    for block in re.findall(r"^```console\n(.*?)^```", section, re.MULTILINE | re.DOTALL):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    steps.append((command, "".join(output)))
                command, output = line[2:], []
            elif command is not None:
                output.append(line + "\n")
        if command is not None:
            steps.append((command, "".join(output)))
    return steps


STEPS = _examples()


def test_readme_has_a_command_line_section() -> None:
    assert STEPS, f"{README} needs a '## Command line' section with ```console examples"
    commands = " ".join(command for command, _ in STEPS)
    for subcommand in ("extract", "convert", "check", "rates"):
        assert f"moneyparse {subcommand}" in commands, f"no example of `moneyparse {subcommand}`"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readme")


@pytest.mark.parametrize(("command", "expected"), STEPS, ids=[c for c, _ in STEPS])
def test_readme_example(workdir: Path, command: str, expected: str) -> None:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("COLUMNS", None)
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.stdout == expected


# -- the suite without ../shared ---------------------------------------------------------------------

pytest_plugins = ["pytester"]


def test_the_summary_counts_the_skips_for_want_of_the_shared_data(pytester: pytest.Pytester) -> None:
    conftest = Path(__file__).with_name("conftest.py").read_text(encoding="utf-8")
    pytester.makeconftest(conftest)
    pytester.makepyfile(
        test_some="""
        import pytest

        @pytest.mark.skipif(True, reason="../shared/seeds is not beside the checkout")
        def test_seed():
            pass

        def test_inside():
            pytest.skip("../shared/specs/nemo is not beside the checkout")

        @pytest.mark.skipif(True, reason="POSIX signals")
        def test_other():
            pass

        def test_runs():
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, skipped=3)
    result.stdout.fnmatch_lines(["2 skipped for want of ../shared (the shared data beside the checkout)"])


def test_every_skip_for_the_shared_data_names_it() -> None:
    # the summary line counts the skips whose reason names ../shared: every test that reads the
    # shared data says so when it skips
    import re

    tests = Path(__file__).resolve().parent
    for path in sorted(tests.glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        for reason in re.findall(r"(?:reason=|pytest\.skip\()f?\"([^\"]*)\"", source):
            if re.search(r"\b(shared|seeds?|specs?|corpus)\b", reason, re.IGNORECASE):
                assert "../shared" in reason, (path.name, reason)
