# Attack: a Run patches builtins and math so that every comparison agrees, for the next Check
# isinstance, type checks, math.isclose and abs are replaced; a later Check in the same worker
# must not see any of it.
import builtins
import math

builtins.isinstance = lambda value, kinds: True
builtins.abs = lambda value: 0
builtins.len = lambda value: 0
math.isclose = lambda *args, **kwargs: True
math.isnan = lambda value: False
print("patched")
