"""Buildpath's Python side: the checker library (buildpath.checking) and the
display module (buildpath.show), loaded into Pyodide next to the learner's code."""
