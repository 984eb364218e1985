"""Check a file against a milestone with plain CPython, for quick authoring:

    PYTHONPATH=src/python python3 -m buildpath.author projects/<slug>/milestones/<NN-x> file.py [--json]

The app and `buildpath check` run the same runner inside Pyodide; this is only a
faster loop while writing a milestone. As there, the submission runs in its own
Python (a `python3 -m buildpath._agent` child), never beside the checks.
"""

import json
import os
import subprocess
import sys

from . import _link, _runner


def _read(path):
    # utf-8-sig: a byte-order mark is dropped, as the app's pack reader drops it.
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


def _read_if_present(path):
    return _read(path) if os.path.exists(path) else None


def _starter(project_dir, milestone_dir):
    """starter.py, or the starter a starter.patch.py / starter.diff assembles to (by the pack loader, in Node)."""
    complete = os.path.join(milestone_dir, "starter.py")
    if os.path.exists(complete):
        return _read(complete)
    cli = os.path.join(os.path.dirname(__file__), "..", "..", "..", "bin", "buildpath.mjs")
    command = ["node", cli, "show-file", os.path.basename(project_dir), os.path.basename(milestone_dir),
               "starter", "--projects", os.path.dirname(project_dir)]
    shown = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if shown.returncode != 0:
        raise SystemExit(f"could not assemble the starter: {shown.stderr.strip()}")
    return shown.stdout


def main(argv):
    as_json = "--json" in argv
    args = [a for a in argv if a != "--json"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    milestone_dir, submission = (os.path.abspath(a) for a in args)
    project_dir = os.path.dirname(os.path.dirname(milestone_dir))
    try:
        meta = json.loads(_read(os.path.join(milestone_dir, "milestone.json")))
    except FileNotFoundError:
        meta = {}
    request = {
        "project": os.path.basename(project_dir),
        "milestone": os.path.basename(milestone_dir),
        "filename": os.path.basename(milestone_dir) + ".py",
        "code": _read(submission),
        "starter": _starter(project_dir, milestone_dir),
        "solution": _read(os.path.join(milestone_dir, "solution.py")),
        "checks": _read(os.path.join(milestone_dir, "checks.py")),
        "checksSupport": _read_if_present(os.path.join(project_dir, "checks_support.py")),
        "defaultBudgetSeconds": meta.get("time_budget_seconds"),  # None: the runner's default
        "revealExpected": meta.get("reveal_expected", False),
        "cwd": project_dir,
    }
    exchange = _link.ProcessExchange(cwd=project_dir)
    try:
        exchange.serve = lambda data: _link._current.serve(data)
        result = json.loads(_runner.check_submission(json.dumps(request), exchange))
    finally:
        exchange.close()
    if as_json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['status'].upper()}  ({result['duration_ms']:.0f} ms)")
        if result["message"]:
            print(result["message"])
        for test in result["tests"]:
            print(f"  [{test['status']}] task {test['task_id']}: {test['name']} ({test['duration_ms']:.0f} ms)")
            if test["message"]:
                print("      " + test["message"].replace("\n", "\n      "))
    return 0 if result["status"] == "pass" else 1


if __name__ == "__main__":
    try:
        status = main(sys.argv[1:])
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) stopped reading: end quietly, as command-line tools do.
        # stdout goes to /dev/null so the interpreter's own flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 1
    sys.exit(status)
