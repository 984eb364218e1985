"""Language help for the editor: completions, signatures, hovers and syntax errors.

Everything comes from reading the learner's source with ast: their code is never
run. Real objects are inspected only for a short list of standard-library modules
(and buildpath.show), imported here by their own names, never the learner's. After a
Run, the attributes of what it left in its globals (read in the learner's interpreter
by buildpath._run_summary, sent here as data) complete `rows.` and `model.`.
"""

import ast
import builtins
import functools
import importlib
import inspect
import json
import keyword
import re

from buildpath import _source

INSPECTABLE_MODULES = frozenset({
    "math", "random", "statistics", "csv", "json", "collections", "itertools",
    "functools", "string", "re", "datetime", "buildpath", "buildpath.show",
})
BUILTIN_NAMES = sorted(name for name in dir(builtins) if not name.startswith("_"))
MAX_DOC_CHARS = 1_500

_IDENTIFIER_BEFORE = re.compile(r"[A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_]\w*)*\s*$")
_ATTRIBUTE_PREFIX = re.compile(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.(\w*)$")
_NAME_PREFIX = re.compile(r"(?<![\w.])(\w*)$")


_learner_objects = {}


def set_learner_objects(objects_json):
    """What the last Run left: {name: {"type", "attributes": [{"name", "kind", "detail", "documentation"?}]}}."""
    global _learner_objects
    objects = json.loads(objects_json)
    _learner_objects = objects if isinstance(objects, dict) else {}


def _learned_attributes(name):
    found = _learner_objects.get(name)
    attributes = found.get("attributes") if isinstance(found, dict) else None
    return attributes if isinstance(attributes, list) else []


def _learned_target(parts):
    """The attribute `name.attribute` of something the last Run left, as a target with no object."""
    if len(parts) != 2:
        return None
    attribute = next((item for item in _learned_attributes(parts[0]) if item.get("name") == parts[1]), None)
    return _Target(parts[1], learned=attribute) if attribute else None


def _learned_items(dotted):
    items = []
    for attribute in _learned_attributes(dotted):
        item = {"label": attribute["name"], "kind": attribute["kind"], "detail": attribute["detail"], "origin": "file"}
        if attribute.get("documentation"):
            item["documentation"] = attribute["documentation"]
        items.append(item)
    return items


def answer(request_json):
    """The one entry point: a JSON request in, a JSON answer out."""
    request = json.loads(request_json)
    code = request["code"]
    kind = request["type"]
    if kind == "diagnose":
        return json.dumps({"diagnostics": diagnose(code, request.get("filename", "main.py"))})
    line, column = request["line"], request["column"]
    if kind == "complete":
        return json.dumps({"items": complete(code, line, column)})
    if kind == "signature":
        return json.dumps({"signature": signature_help(code, line, column)})
    if kind == "hover":
        return json.dumps({"hover": hover(code, line, column)})
    raise ValueError(f"unknown language request {kind!r}")


# --- syntax errors --------------------------------------------------------------

def diagnose(code, filename):
    """What a Run would report before running anything: compile() only, never exec."""
    try:
        compile(code, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        line, column, _ = _source.syntax_error_details(error, filename)
        end_line = error.end_lineno if error.end_lineno and error.end_lineno >= line else line
        end_column = error.end_offset if end_line != line or (error.end_offset or 0) > (column or 0) else None
        return [{
            "line": line, "column": column, "endLine": end_line, "endColumn": end_column,
            "message": error.msg, "kind": type(error).__name__,
        }]
    except (ValueError, RecursionError, MemoryError) as error:  # null bytes, absurd nesting
        return [{"line": 1, "column": None, "endLine": 1, "endColumn": None,
                 "message": _source.exception_line(error), "kind": type(error).__name__}]
    return []


# --- where the cursor is ----------------------------------------------------------

class _Cursor:
    """The source up to the cursor, and what is open there (strings, comments, calls)."""

    def __init__(self, code, line, column):
        lines = code.split("\n")
        self.line = max(1, min(line, len(lines)))
        current = lines[self.line - 1]
        self.line_text = current
        self.column = max(1, min(column, len(current) + 1))
        self.line_before = current[: self.column - 1]
        self.before = "\n".join(lines[: self.line - 1] + [self.line_before])
        self.in_string_or_comment, self.open_calls = _scan(self.before)


def _scan(text):
    """Whether `text` ends inside a string or comment, and the calls still open at its end.

    Each open call is (index of its "(", commas so far at its depth, index after the last comma).
    """
    brackets = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            if newline == -1:
                return True, []
            index = newline + 1
            continue
        if char in "'\"":
            quote = text[index: index + 3] if text[index: index + 3] in ("'''", '"""') else char
            end = _string_end(text, index + len(quote), quote)
            if end is None:
                return True, []
            index = end
            continue
        if char in "([{":
            brackets.append([char, index, 0, index + 1])
        elif char in ")]}":
            if brackets:
                brackets.pop()
        elif char == "," and brackets:
            brackets[-1][2] += 1
            brackets[-1][3] = index + 1
        index += 1
    return False, [(start, commas, after) for char, start, commas, after in brackets if char == "("]


def _string_end(text, index, quote):
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if len(quote) == 1 and char == "\n":
            return index  # an unclosed one-line string ends with its line, as for the tokenizer
        if text.startswith(quote, index):
            return index + len(quote)
        index += 1
    return None


# --- what the learner's file defines ----------------------------------------------

def _parse_tolerantly(code, line):
    """The file's tree, or the tree of the file with the line being typed set aside."""
    lines = code.split("\n")
    attempts = [code]
    if 0 < line <= len(lines):
        current = lines[line - 1]
        placeholder = current[: len(current) - len(current.lstrip())] + "pass"
        attempts.append("\n".join(lines[: line - 1] + [placeholder] + lines[line:]))
        attempts.append("\n".join(lines[: line - 1] + [placeholder]))
        attempts.append("\n".join(lines[: line - 1]))
    for attempt in attempts:
        try:
            return ast.parse(attempt)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
    return ast.Module(body=[], type_ignores=[])


class _Definition:
    def __init__(self, name, kind, node=None, origin=None):
        self.name = name
        self.kind = kind  # function, class, variable, parameter, module
        self.node = node
        self.origin = origin  # an import's ("module", "attribute" or None)


def _bound_names(statements, names):
    """The names a block binds, not looking inside the functions and classes it defines."""
    for node in statements:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names[node.name] = _Definition(node.name, "function", node)
        elif isinstance(node, ast.ClassDef):
            names[node.name] = _Definition(node.name, "class", node)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = _Definition(alias.asname, "module", origin=(alias.name, None))
                else:
                    top = alias.name.split(".")[0]
                    names[top] = _Definition(top, "module", origin=(top, None))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name != "*":
                    bound = alias.asname or alias.name
                    names[bound] = _Definition(bound, "variable", origin=(node.module, alias.name))
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                _bind_target(target, names, node)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            _bind_target(node.target, names, node)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    _bind_target(item.optional_vars, names, node)
        if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            for handler in node.handlers:
                if handler.name:
                    names.setdefault(handler.name, _Definition(handler.name, "variable", handler))
                _bound_names(handler.body, names)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for block in ("body", "orelse", "finalbody"):
                inner = getattr(node, block, None)
                if isinstance(inner, list):
                    _bound_names(inner, names)
    return names


def _bind_target(target, names, node):
    if isinstance(target, ast.Name):
        names.setdefault(target.id, _Definition(target.id, "variable", node))
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            _bind_target(element, names, node)
    elif isinstance(target, ast.Starred):
        _bind_target(target.value, names, node)


def _parameters(function):
    arguments = function.args
    return [*arguments.posonlyargs, *arguments.args, *([arguments.vararg] if arguments.vararg else []),
            *arguments.kwonlyargs, *([arguments.kwarg] if arguments.kwarg else [])]


def _enclosing_functions(tree, line):
    """The functions whose lines hold `line`, outermost first (only blocks holding it are entered)."""
    found = []
    blocks = [tree.body]
    while blocks:
        for node in blocks.pop():
            start = getattr(node, "lineno", None)  # a match statement's cases have none
            if start is not None and not start <= line <= (node.end_lineno or start):
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.append(node)
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                inner = getattr(node, field, None)
                if isinstance(inner, list):
                    blocks.append(inner)
    return sorted(found, key=lambda node: node.lineno)


def _names_in_scope(tree, line):
    names = _bound_names(tree.body, {})
    for function in _enclosing_functions(tree, line):
        local = {}
        for argument in _parameters(function):
            local[argument.arg] = _Definition(argument.arg, "parameter", argument)
        _bound_names(function.body, local)
        names.update(local)
    return names


# --- resolving a dotted name to something that can be described ---------------------

class _Target:
    """What a name refers to: a learner definition (ast) or a real stdlib object."""

    def __init__(self, name, definition=None, obj=None, has_obj=False, learned=None):
        self.name = name
        self.definition = definition
        self.obj = obj
        self.has_obj = has_obj
        self.learned = learned  # an attribute the last Run reported (set_learner_objects)


def _import_inspectable(module_name):
    if module_name not in INSPECTABLE_MODULES:
        return None
    try:
        return importlib.import_module(module_name)
    except ImportError:
        return None


def _resolve(dotted, names):
    parts = [part.strip() for part in dotted.split(".")]
    first = names.get(parts[0])
    if first is not None and first.origin is not None:
        module_name, attribute = first.origin
        if attribute is None:
            module = _import_inspectable(module_name)
            if module is None:
                return _Target(parts[0], first) if len(parts) == 1 else _learned_target(parts)
            target = _Target(parts[0], first, module, True)
        else:
            full = f"{module_name}.{attribute}"
            module = _import_inspectable(full) or _import_inspectable(module_name)
            if module is None:
                return _Target(parts[0], first) if len(parts) == 1 else None
            obj = module if module.__name__ == full else None if attribute.startswith("_") else _attribute(module, attribute)
            if obj is None:
                return None
            target = _Target(parts[0], first, obj, True)
    elif first is not None:
        if len(parts) > 1:
            return _learned_target(parts)  # attributes of the learner's own values are known only from a Run
        return _Target(parts[0], first)
    elif parts[0] in BUILTIN_NAMES:
        target = _Target(parts[0], None, getattr(builtins, parts[0]), True)
    else:
        return _learned_target(parts)
    for part in parts[1:]:
        if part.startswith("_"):
            return None
        obj = _attribute(target.obj, part)
        if obj is None:
            return None
        target = _Target(part, None, obj, True)
    return target


def _attribute(obj, name):
    if inspect.ismodule(obj) and obj.__name__ == "buildpath":
        return _import_inspectable("buildpath.show") if name == "show" else None
    try:
        return inspect.getattr_static(obj, name)
    except AttributeError:
        return None


def _public_attributes(obj):
    if inspect.ismodule(obj) and obj.__name__ == "buildpath":
        return {"show": _import_inspectable("buildpath.show")}
    listed = getattr(obj, "__all__", None) if inspect.ismodule(obj) else None
    names = listed if isinstance(listed, (list, tuple)) else dir(obj)
    attributes = {}
    for name in names:
        if isinstance(name, str) and not name.startswith("_"):
            value = _attribute(obj, name)
            if value is not None:
                attributes[name] = value
    return attributes


# --- describing things ---------------------------------------------------------------

def _object_kind(obj):
    if inspect.ismodule(obj):
        return "module"
    if inspect.isclass(obj):
        return "class"
    if callable(obj) or isinstance(obj, (staticmethod, classmethod)):
        return "function"
    return "constant"


def _short_doc(doc):
    doc = inspect.cleandoc(doc) if isinstance(doc, str) else ""
    return doc if len(doc) <= MAX_DOC_CHARS else doc[:MAX_DOC_CHARS].rstrip() + " …"


def _parameter_texts_from_ast(function, drop_first=False):
    arguments = function.args
    texts = []
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    for index, (argument, default) in enumerate(zip(positional, defaults)):
        texts.append(_argument_text(argument, default))
        if arguments.posonlyargs and index == len(arguments.posonlyargs) - 1:
            texts.append("/")
    if arguments.vararg:
        texts.append("*" + _argument_text(arguments.vararg, None))
    elif arguments.kwonlyargs:
        texts.append("*")
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        texts.append(_argument_text(argument, default))
    if arguments.kwarg:
        texts.append("**" + _argument_text(arguments.kwarg, None))
    return texts[1:] if drop_first and texts and texts[0] not in ("/", "*") else texts


def _argument_text(argument, default):
    text = argument.arg
    if argument.annotation is not None:
        text += ": " + ast.unparse(argument.annotation)
    if default is not None:
        text += (" = " if argument.annotation is not None else "=") + ast.unparse(default)
    return text


def _parameter_texts_from_object(obj):
    """Parameters by inspect, else from the first line of the docstring ("max(iterable, *[, key])")."""
    if isinstance(obj, (staticmethod, classmethod)):
        obj = obj.__func__
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        first_line = (inspect.getdoc(obj) or "").split("\n")[0]
        match = re.match(r"\s*[\w.]+\((.*)\)", first_line)
        return _split_parameters(match.group(1)) if match else None
    return _split_parameters(_inside_parentheses(str(signature)))


def _inside_parentheses(signature_text):
    depth = 0
    for index, char in enumerate(signature_text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return signature_text[1:index]
    return signature_text[1:]


def _split_parameters(text):
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def _describe(target):
    """(label, parameter texts or None, documentation) for a resolved name."""
    if target.learned is not None:
        learned = target.learned
        detail = learned["detail"]
        parameters = None
        if learned["kind"] == "function" and detail.startswith(target.name + "("):
            parameters = _split_parameters(_inside_parentheses(detail[len(target.name):]))
        return target.name, parameters, learned.get("documentation", "")
    definition = target.definition
    if not target.has_obj and definition is not None:
        node = definition.node
        if definition.kind == "function":
            return target.name, _parameter_texts_from_ast(node), _short_doc(ast.get_docstring(node))
        if definition.kind == "class":
            init = next((item for item in node.body if isinstance(item, ast.FunctionDef) and item.name == "__init__"), None)
            parameters = _parameter_texts_from_ast(init, drop_first=True) if init else []
            return target.name, parameters, _short_doc(ast.get_docstring(node))
        return target.name, None, ""
    obj = target.obj
    parameters = _parameter_texts_from_object(obj) if _object_kind(obj) in ("function", "class") else None
    return target.name, parameters, _short_doc(inspect.getdoc(obj) if _object_kind(obj) != "constant" else "")


def _signature_label(name, parameters):
    label = f"{name}("
    offsets = []
    for index, parameter in enumerate(parameters):
        if index:
            label += ", "
        offsets.append([len(label), len(label) + len(parameter)])
        label += parameter
    return label + ")", offsets


# --- the three kinds of help -------------------------------------------------------------

def complete(code, line, column):
    cursor = _Cursor(code, line, column)
    if cursor.in_string_or_comment:
        return []
    names = _names_in_scope(_parse_tolerantly(code, cursor.line), cursor.line)
    attribute = _ATTRIBUTE_PREFIX.search(cursor.line_before)
    if attribute:
        target = _resolve(attribute.group(1), names)
        if target is None or not target.has_obj:
            return _learned_items(attribute.group(1))
        return _attribute_items(target.obj)
    if cursor.line_before.rstrip().endswith(".") or re.search(r"\d\.\w*$", cursor.line_before):
        return []
    items = dict(_keyword_and_builtin_items())
    for name, definition in names.items():
        items[name] = _definition_item(definition, names)
    return list(items.values())


@functools.cache
def _keyword_and_builtin_items():
    items = {word: {"label": word, "kind": "keyword", "detail": "keyword", "origin": "keyword"} for word in keyword.kwlist}
    for name in BUILTIN_NAMES:
        items[name] = {**_object_item(name, getattr(builtins, name), detail_prefix="builtin"), "origin": "builtin"}
    return tuple(items.items())


_attribute_items_by_object = {}


def _attribute_items(obj):
    """The items for `obj.`; only modules and their members are ever inspected, so they are kept."""
    key = id(obj)
    if key not in _attribute_items_by_object:
        items = [_object_item(name, value) for name, value in sorted(_public_attributes(obj).items())]
        _attribute_items_by_object[key] = (obj, items)
    return _attribute_items_by_object[key][1]


def _object_item(name, value, detail_prefix=None):
    kind = _object_kind(value)
    detail = kind if detail_prefix is None else f"{detail_prefix} {kind}"
    if kind in ("function", "class"):
        parameters = _parameter_texts_from_object(value)
        if parameters is not None:
            detail = _signature_label(name, parameters)[0]
    item = {"label": name, "kind": kind, "detail": detail, "origin": "module"}
    doc = _short_doc(inspect.getdoc(value)) if kind != "constant" else ""
    if doc:
        item["documentation"] = doc
    return item


def _definition_item(definition, names):
    if definition.origin is not None:
        target = _resolve(definition.name, names)
        if target is not None and target.has_obj:
            return {**_object_item(definition.name, target.obj), "origin": "file"}
        return {"label": definition.name, "kind": definition.kind, "detail": "import", "origin": "file"}
    name, parameters, doc = _describe(_Target(definition.name, definition))
    item = {"label": name, "kind": definition.kind, "detail": definition.kind, "origin": "file"}
    if parameters is not None:
        item["detail"] = _signature_label(name, parameters)[0]
    if doc:
        item["documentation"] = doc
    return item


def signature_help(code, line, column):
    cursor = _Cursor(code, line, column)
    if cursor.in_string_or_comment or not cursor.open_calls:
        return None
    opened, commas, argument_start = cursor.open_calls[-1]
    callee = _IDENTIFIER_BEFORE.search(cursor.before[:opened])
    if not callee:
        return None
    dotted = re.sub(r"\s+", "", callee.group(0))
    if keyword.iskeyword(dotted.split(".")[0]):
        return None
    names = _names_in_scope(_parse_tolerantly(code, cursor.line), cursor.line)
    target = _resolve(dotted, names)
    if target is None:
        return None
    name, parameters, doc = _describe(target)
    if parameters is None:
        return None
    label, offsets = _signature_label(name, parameters)
    return {
        "label": label,
        "parameters": offsets,
        "activeParameter": _active_parameter(parameters, commas, cursor.before[argument_start:]),
        "documentation": doc,
    }


def _active_parameter(parameters, commas, argument_text):
    named = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", argument_text)
    bare = [re.split(r"[:=]", text.lstrip("*"))[0].strip() for text in parameters]
    if named and named.group(1) in bare:
        return bare.index(named.group(1))
    positional = [index for index, text in enumerate(parameters) if text not in ("/", "*")]
    for index in positional:
        if parameters[index].startswith("*") and not parameters[index].startswith("**") and commas >= positional.index(index):
            return index
    return positional[min(commas, len(positional) - 1)] if positional else 0


def hover(code, line, column):
    cursor = _Cursor(code, line, column)
    text = cursor.line_text
    index = cursor.column - 1
    if index >= len(text) or not (text[index].isalnum() or text[index] == "_"):
        if index > 0 and (text[index - 1].isalnum() or text[index - 1] == "_"):
            index -= 1
        else:
            return None
    if _scan(cursor.before + text[cursor.column - 1: index + 1])[0]:
        return None  # inside a string or a comment
    start = index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    end = index
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    word = text[start:end]
    if not word or word[0].isdigit() or keyword.iskeyword(word):
        return None
    dotted = word
    qualifier = re.search(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.$", text[:start])
    if qualifier:
        dotted = qualifier.group(1) + "." + word
    names = _names_in_scope(_parse_tolerantly(code, cursor.line), cursor.line)
    target = _resolve(dotted, names)
    if target is None:
        return None
    contents = _hover_text(target, dotted)
    if contents is None:
        return None
    return {"contents": contents, "startColumn": start + 1, "endColumn": end + 1}


def _hover_text(target, dotted):
    name, parameters, doc = _describe(target)
    definition = target.definition
    if target.learned is not None:
        if parameters is not None:
            heading = "def " + _signature_label(dotted, parameters)[0]
        else:
            heading = f"{dotted}: {target.learned['detail']}"
    elif not target.has_obj:
        kind = definition.kind
        if kind == "function":
            heading = "def " + _signature_label(name, parameters)[0]
        elif kind == "class":
            heading = "class " + _signature_label(name, parameters)[0]
        else:
            heading = f"({kind}) {name}"
    else:
        kind = _object_kind(target.obj)
        if parameters is not None:
            heading = ("class " if kind == "class" else "def ") + _signature_label(dotted, parameters)[0]
        elif kind == "module":
            heading = f"module {target.obj.__name__}"
        else:
            heading = f"{dotted}: {type(target.obj).__name__}"
    return f"```python\n{heading}\n```" + (f"\n\n{doc}" if doc else "")
