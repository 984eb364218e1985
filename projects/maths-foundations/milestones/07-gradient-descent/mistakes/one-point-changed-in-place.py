# mistake: updates one point list in place and appends it every step, so all saved points are the same list
# expect: make a new list for each step


def descend(grad, start, learning_rate, steps):
    """Return the list of points (each a list) from start, stepping against grad(point) each time."""
    point = list(start)
    points = [point]
    for _ in range(steps):
        step = grad(point)
        for i in range(len(point)):
            point[i] -= learning_rate * step[i]
        points.append(point)
    return points
