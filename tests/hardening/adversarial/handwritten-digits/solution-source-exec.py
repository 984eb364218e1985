# Attack: runs the reference solution's own source over its wrong functions
# Issue 21's reproduction: exec(buildpath.checking.solution._source, globals()).
# Over: wrong-answer.py
import buildpath.checking

exec(buildpath.checking.solution._source, globals())
