"""What a Run left in the learner's globals, for the editor's completions after a dot.

Runs in the learner's interpreter when a program ends: `rows.` then offers `append`,
`model.` the methods of the learner's class. Nothing here runs learner code: no
getattr, dir, repr or isinstance on the learner's objects. Names are read from the
dictionaries of an object's classes (through `type`'s own descriptors, so a metaclass
cannot step in) and from its instance dictionary when that is the plain C slot;
signatures come from code objects, not from inspect (which would look attributes up).
Everything is capped, and a value that cannot be read is left out.
"""

import itertools
import types

MAX_GLOBALS = 300
MAX_ATTRIBUTES = 200
MAX_ATTRIBUTES_IN_ALL = 4_000
MAX_MRO = 40
MAX_NAME = 100
MAX_DOC = 400
MAX_PARAMETERS = 30

_type_dict = type.__dict__["__dict__"].__get__
_type_mro = type.__dict__["__mro__"].__get__
_type_name = type.__dict__["__name__"].__get__
_C_SLOTS = (types.GetSetDescriptorType, types.MemberDescriptorType)
_C_CALLABLES = (
    types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
    types.ClassMethodDescriptorType, types.MethodWrapperType,
)
_SAFE_DEFAULTS = (int, float, bool, type(None))


def summarize(namespace):
    """{name: {"type", "attributes": [{"name", "kind", "detail", "documentation"?}]}} for the public globals."""
    summary = {}
    budget = [MAX_ATTRIBUTES_IN_ALL]
    entries = list(itertools.islice(dict.items(namespace), MAX_GLOBALS * 4))
    entries.sort(key=lambda entry: type(entry[1]) is types.ModuleType)  # the learner's own values first
    for name, value in entries:
        if len(summary) >= MAX_GLOBALS or budget[0] <= 0:
            break
        if not _public(name):
            continue
        try:
            attributes = _attributes(value, budget)
        except Exception:  # anything odd about one value leaves that value out
            continue
        if attributes:
            summary[name] = {"type": _name_of(type(value)), "attributes": attributes}
    return summary


def _public(name):
    return type(name) is str and 0 < len(name) <= MAX_NAME and not name.startswith("_") and name.isidentifier()


def _attributes(value, budget):
    """The public attributes of `value`, from its instance dictionary and its classes', nearest first."""
    kind = type(value)
    found = {}
    if issubclass(kind, type):  # a class: its own attributes, read past any metaclass
        classes = _type_mro(value)[:MAX_MRO]
        own = None
    else:
        classes = _type_mro(kind)[:MAX_MRO]
        own = _instance_dict(value, classes)
    sources = ([(own, False)] if own is not None else []) + [(_type_dict(cls), True) for cls in classes]
    for mapping, on_class in sources:
        # Read a bounded number of entries: a dictionary of a million private names is not walked.
        entries = dict.items(mapping) if type(mapping) is dict else mapping.items()
        for name, raw in list(itertools.islice(entries, MAX_ATTRIBUTES * 10)):
            if len(found) >= MAX_ATTRIBUTES or budget[0] <= 0:
                break
            if _public(name) and name not in found:
                found[name] = _describe(name, raw, on_class)
                budget[0] -= 1
    return sorted(found.values(), key=lambda item: item["name"])


def _instance_dict(value, classes):
    """The object's own attributes, when its `__dict__` is the interpreter's slot (never a learner property)."""
    for cls in classes:
        slot = _type_dict(cls).get("__dict__")
        if slot is None:
            continue
        if type(slot) not in _C_SLOTS:
            return None
        mapping = slot.__get__(value, type(value))
        return mapping if type(mapping) is dict else None
    return None


def _describe(name, raw, on_class):
    kind = type(raw)
    if on_class and kind in (staticmethod, classmethod):
        function = raw.__func__
        if type(function) is types.FunctionType:
            return _function(name, function, drop_first=kind is classmethod)
    if on_class and kind is types.FunctionType:
        return _function(name, raw, drop_first=True)
    if kind is types.FunctionType:
        return _function(name, raw, drop_first=False)
    if kind in _C_CALLABLES:
        return _builtin_callable(name, raw)
    if kind is property:
        return _item(name, "variable", "property", raw.__doc__)
    if kind in _C_SLOTS:
        return _item(name, "variable", "attribute", None)
    if issubclass(kind, type):
        return _item(name, "class", f"class {_name_of(raw)}", _type_dict(raw).get("__doc__"))
    if kind is types.ModuleType:
        return _item(name, "module", "module", None)
    return _item(name, "variable", _name_of(kind), None)


def _item(name, kind, detail, doc):
    item = {"name": name, "kind": kind, "detail": detail}
    if type(doc) is str and doc.strip():
        item["documentation"] = _clean_doc(doc)
    return item


def _function(name, function, drop_first):
    code = function.__code__
    parameters = _parameters(code, function.__defaults__, function.__kwdefaults__)
    if drop_first and parameters and parameters[0] not in ("/", "*") and not parameters[0].startswith("*"):
        parameters = parameters[1:]
        if parameters and parameters[0] == "/":
            parameters = parameters[1:]
    return _item(name, "function", f"{name}({', '.join(parameters)})", function.__doc__)


def _parameters(code, defaults, kwdefaults):
    """Parameter texts from a code object, defaults shown only when they are plain numbers, text or None."""
    names = code.co_varnames
    positional = code.co_argcount
    keyword_only = code.co_kwonlyargcount
    defaults = defaults if type(defaults) is tuple else ()
    kwdefaults = kwdefaults if type(kwdefaults) is dict else {}
    texts = []
    first_default = positional - len(defaults)
    for index in range(positional):
        default = defaults[index - first_default] if index >= first_default else _NO_DEFAULT
        texts.append(_with_default(names[index], default))
        if code.co_posonlyargcount and index == code.co_posonlyargcount - 1:
            texts.append("/")
    at = positional + keyword_only
    if code.co_flags & 0x04:  # CO_VARARGS
        texts.append("*" + names[at])
        at += 1
    elif keyword_only:
        texts.append("*")
    for index in range(positional, positional + keyword_only):
        texts.append(_with_default(names[index], kwdefaults.get(names[index], _NO_DEFAULT)))
    if code.co_flags & 0x08:  # CO_VARKEYWORDS
        texts.append("**" + names[at])
    return texts[:MAX_PARAMETERS]


_NO_DEFAULT = object()


def _with_default(name, default):
    if default is _NO_DEFAULT:
        return name
    if type(default) in _SAFE_DEFAULTS:
        return f"{name}={default!r}"
    if type(default) is str and len(default) <= 40:
        return f"{name}={default!r}"
    return f"{name}=…"


def _builtin_callable(name, raw):
    """A method of a built-in type (list.append): its text signature, which C code holds as plain text."""
    signature = raw.__text_signature__
    detail = name + "(…)"
    if type(signature) is str and signature.startswith("("):
        inner = signature[1:-1].split(", ") if signature != "()" else []
        inner = [part for part in inner if not part.startswith("$")]
        if inner and inner[0] == "/":
            inner = inner[1:]
        detail = f"{name}({', '.join(inner)})"
    return _item(name, "function", detail, raw.__doc__)


def _name_of(cls):
    name = _type_name(cls)
    return name[:MAX_NAME] if type(name) is str else "object"


def _clean_doc(doc):
    lines = doc.expandtabs().strip().split("\n")
    indent = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    text = "\n".join([lines[0].strip()] + [line[indent:].rstrip() for line in lines[1:]])
    return text if len(text) <= MAX_DOC else text[:MAX_DOC].rstrip() + " …"
