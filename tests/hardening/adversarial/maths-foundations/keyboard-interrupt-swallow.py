# Attack: a function that never returns and swallows the KeyboardInterrupt meant to stop it
# The check's time budget ends in an interrupt; this loop catches it and goes on, so the worker
# has to be replaced. The verdict must say the check ran out of time, not pass.
# Over: wrong-answer.py

def most_similar(query, vectors):
    while True:
        try:
            while True:
                pass
        except KeyboardInterrupt:
            continue
        except BaseException:
            continue
