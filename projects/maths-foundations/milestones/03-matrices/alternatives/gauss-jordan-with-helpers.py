# Gauss-Jordan: pivot, scale the pivot row to 1, clear the column above and below; small helpers.
import csv


def three_sales(path):
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))[:3]
    A = [[1.0, float(r["Gr_Liv_Area"]), float(r["Bedroom_AbvGr"])] for r in records]
    return A, [float(r["Sale_Price"]) for r in records]


def shape(A):
    return len(A), len(A[0]) if A else 0


def transpose(A):
    return [list(column) for column in zip(*A)]


def dot(u, v):
    total = 0
    for a, b in zip(u, v):
        total += a * b
    return total


def mat_vec(A, x):
    return [dot(row, x) for row in A]


def mat_mul(A, B):
    result = []
    for row in A:
        result.append(mat_vec(transpose(B), row))
    return result


def identity(n):
    rows = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        rows.append(row)
    return rows


def solve(A, b):
    n = len(A)
    augmented = [[float(value) for value in A[i]] + [float(b[i])] for i in range(n)]
    for k in range(n):
        best = k
        for i in range(k + 1, n):
            if abs(augmented[i][k]) > abs(augmented[best][k]):
                best = i
        augmented[k], augmented[best] = augmented[best], augmented[k]
        pivot = augmented[k][k]
        augmented[k] = [value / pivot for value in augmented[k]]
        for i in range(n):
            if i != k:
                factor = augmented[i][k]
                augmented[i] = [value - factor * top for value, top in zip(augmented[i], augmented[k])]
    return [augmented[i][n] for i in range(n)]
