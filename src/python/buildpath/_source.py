"""Reading the learner's source: placeholders, starter equality, tracebacks."""

import ast
import linecache
import traceback


def normalise(code):
    lines = [line.rstrip() for line in code.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def is_unchanged(code, starter):
    return normalise(code) == normalise(starter)


def _is_placeholder_statement(node):
    if isinstance(node, ast.Pass):
        return True
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return node.value.value is Ellipsis or isinstance(node.value.value, str)
    if isinstance(node, ast.Raise) and node.exc is not None:
        target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        return isinstance(target, ast.Name) and target.id == "NotImplementedError"
    return False


def placeholder_functions(code):
    """Names of top-level functions whose body is only a placeholder."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    return {
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and all(_is_placeholder_statement(statement) for statement in node.body)
    }


def called_names(code):
    """Every name called anywhere in the code: `f(...)` and `obj.f(...)` give "f"."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                names.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
    return names


def register(filename, code):
    """Make the learner's lines available to tracebacks."""
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)


def learner_frames(exc, filename):
    return [frame for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == filename]


def format_exception(exc, filename):
    """A traceback showing only the learner's own frames, then the error line."""
    lines = []
    frames = learner_frames(exc, filename)
    if frames:
        lines.append("Traceback (most recent call last):")
        repeats = 0
        for index, frame in enumerate(frames):
            same = index > 0 and (frame.lineno, frame.name) == (frames[index - 1].lineno, frames[index - 1].name)
            repeats = repeats + 1 if same else 0
            if repeats >= REPEATED_FRAMES_SHOWN:
                continue
            if not same and index > 0:
                _note_repeats(lines, frames, index)
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        _note_repeats(lines, frames, len(frames))
    lines.append(exception_line(exc))
    return "\n".join(lines)


REPEATED_FRAMES_SHOWN = 3


def _note_repeats(lines, frames, end):
    """After a run of the same frame (endless recursion), say how often it repeated, as Python does."""
    last = frames[end - 1]
    run = 1
    while run < end and (frames[end - 1 - run].lineno, frames[end - 1 - run].name) == (last.lineno, last.name):
        run += 1
    hidden = run - REPEATED_FRAMES_SHOWN
    if hidden > 0:
        lines.append(f"  [Previous line repeated {hidden} more time{'s' if hidden != 1 else ''}]")


def exception_line(exc):
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def last_learner_line(exc, filename):
    frames = learner_frames(exc, filename)
    return frames[-1].lineno if frames else None


def syntax_error_details(exc, filename):
    line = exc.lineno or 1
    text = (exc.text or "").rstrip("\n")
    pointer = ""
    if text and exc.offset:
        pointer = "\n    " + " " * (max(exc.offset, 1) - 1 - (len(text) - len(text.lstrip()))) + "^"
    message = f'  File "{filename}", line {line}\n    {text.strip()}{pointer}\n{type(exc).__name__}: {exc.msg}'
    return line, exc.offset, message
