# Attack: (the Run after hidden-inputs-kept.py) prints the inputs a previous check left behind
import sys

for text in getattr(sys, "kept_inputs", []):
    print(f"LEAK<{text}>")
try:
    import js

    for text in str(getattr(js.globalThis, "keptInputs", "") or "").split("\n"):
        if text:
            print(f"LEAK<{text}>")
except Exception:
    pass
