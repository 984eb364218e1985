from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import DATA


def centroid_predictions():
    """Nearest-centroid predictions for 120 test digits, from 300 training digits."""
    def compute():
        images, labels = solution.load_digits(DATA)
        centroids = solution.class_centroids(images[:300], labels[:300])
        test_images, test_labels = images[1300:1420], labels[1300:1420]
        return test_labels, [solution.predict_nearest_centroid(centroids, image) for image in test_images]
    return cached("centroid_predictions", compute)


def transpose(matrix):
    return [list(column) for column in zip(*matrix)]


@check(task=1)
def confusion_matrix_rows_are_actual(learner):
    """confusion_matrix counts with rows for actual and columns for predicted digits"""
    confusion = learner.function("confusion_matrix", params=["actual", "predicted", "n_classes"])
    actual = [0, 0, 1, 2, 2, 2, 1]
    predicted = [0, 2, 1, 2, 0, 0, 1]
    expected = solution.confusion_matrix(actual, predicted, 3)
    confusion.given(actual, predicted, 3).returns(expected, mistakes=[(
        transpose(expected),
        "Given actual [0, 0, 1, 2, 2, 2, 1] and predicted [0, 2, 1, 2, 0, 0, 1], your matrix has "
        "the predicted digits in the rows: the two 2s predicted as 0 landed in row 0. Rows are "
        "the actual digit, columns the predicted one: matrix[actual][predicted] += 1.")])
    confusion.given(actual, predicted, 3).leaves_arguments_unchanged()
    same_kinds(confusion.given(actual, predicted, 3).value, expected, "the matrix confusion_matrix returned",
               "The matrix is a list of rows, each a list of whole-number counts: start from [0] * n_classes and add 1.")


@check(task=1)
def confusion_matrix_has_ten_classes_by_default(learner):
    """confusion_matrix is 10 × 10 unless told otherwise"""
    # No 8 or 9 anywhere: a size taken from the largest label seen would come out 6 × 6.
    matrix = learner.function("confusion_matrix").given([3, 5], [3, 4]).value
    expect(len(matrix), "the number of rows of confusion_matrix([3, 5], [3, 4])").equals(10, reveal=True)
    expect(matrix, "confusion_matrix([3, 5], [3, 4])").equals(solution.confusion_matrix([3, 5], [3, 4]))


@check(task=1, hidden=True)
def confusion_matrix_of_real_predictions(learner):
    """confusion_matrix of real nearest-centroid predictions"""
    actual, predicted = centroid_predictions()
    learner.function("confusion_matrix").given(actual, predicted).returns(
        solution.confusion_matrix(actual, predicted))


@check(task=2)
def recall_reads_rows_and_precision_columns(learner):
    """per_class_recall divides by row sums, per_class_precision by column sums"""
    matrix = [[8, 1, 1], [0, 5, 5], [4, 0, 6]]
    recall = learner.function("per_class_recall", params=["matrix"])
    precision = learner.function("per_class_precision", params=["matrix"])
    expected_recall = solution.per_class_recall(matrix)
    expected_precision = solution.per_class_precision(matrix)
    swapped = ("Given [[8, 1, 1], [0, 5, 5], [4, 0, 6]] you divided by the wrong sums: recall "
               "divides the diagonal by its row (all images of that digit), precision by its "
               "column (all predictions of that digit).")
    recall.given(matrix).returns(expected_recall, tol=1e-9, mistakes=[(expected_precision, swapped)])
    precision.given(matrix).returns(expected_precision, tol=1e-9, mistakes=[(expected_recall, swapped)])


@check(task=2)
def recall_and_precision_of_an_empty_class(learner):
    """a digit that never occurs or is never predicted gets 0.0"""
    matrix = [[2, 0, 1], [0, 0, 0], [1, 0, 3]]
    for name in ("per_class_recall", "per_class_precision"):
        function = learner.function(name)
        try:
            call = function.given(matrix)
        except Exception as crash:
            fail(f"Digit 1 never occurs and is never predicted here, so its row and column sum to "
                 f"0 — and `{name}` crashed. When the sum is 0, use 0.0 for that digit.\n{crash}")
        call.returns(getattr(solution, name)(matrix), tol=1e-9)
        not_floats = [value for value in call.value if type(value) is not float]
        if not_floats:
            fail(f"`{name}` gave {not_floats[0]!r}, {type(not_floats[0]).__name__}, for a digit: every "
                 "value should be a float, 0.0 (not 0) when the sum is 0.")


@check(task=2, hidden=True)
def recall_and_precision_of_real_predictions(learner):
    """recall and precision of real nearest-centroid predictions"""
    matrix = solution.confusion_matrix(*centroid_predictions())
    learner.function("per_class_recall").given(matrix).returns(solution.per_class_recall(matrix), tol=1e-9)
    learner.function("per_class_precision").given(matrix).returns(solution.per_class_precision(matrix), tol=1e-9)


@check(task=3)
def most_confused_pairs_leave_out_the_diagonal(learner):
    """most_confused_pairs lists the largest off-diagonal cells"""
    pairs = learner.function("most_confused_pairs", params=["matrix", "n"])
    matrix = [[9, 3, 0], [1, 7, 3], [4, 0, 8]]
    expected = solution.most_confused_pairs(matrix, 3)
    with_diagonal = [(0, 0, 9), (2, 2, 8), (1, 1, 7)]
    pairs.given(matrix, 3).returns(expected, mistakes=[(
        with_diagonal,
        "Given [[9, 3, 0], [1, 7, 3], [4, 0, 8]] you returned the diagonal cells: those are the "
        "correct predictions. Leave out cells where actual equals predicted.")])
    pairs.given(matrix, 10).returns(solution.most_confused_pairs(matrix, 10))
    expect(pairs.given(matrix, 3).value, "what most_confused_pairs returned").is_instance(list)
    for pair in pairs.given(matrix, 3).value:
        expect(pair, f"each (actual, predicted, count) you return, such as {pair!r},").is_instance(tuple)
    # (0, 2) and (1, 0) both count 2: ordered by actual, (0, 2) comes first; by predicted, (1, 0).
    tied = [[5, 0, 2], [2, 6, 1], [0, 1, 4]]
    pairs.given(tied, 2).returns(solution.most_confused_pairs(tied, 2), mistakes=[(
        [(1, 0, 2), (0, 2, 2)],
        "Given [[5, 0, 2], [2, 6, 1], [0, 1, 4]], where cells (0, 2) and (1, 0) both count 2, you put "
        "(1, 0) first. Equal counts go in order of the actual digit first, then the predicted one.")])


@check(task=3, hidden=True)
def most_confused_pairs_of_real_predictions(learner):
    """most_confused_pairs of real nearest-centroid predictions"""
    matrix = solution.confusion_matrix(*centroid_predictions())
    learner.function("most_confused_pairs").given(matrix, 4).returns(solution.most_confused_pairs(matrix, 4))


@check(task=4)
def failures_are_positions(learner):
    """failures lists the positions of wrong predictions"""
    wrong = learner.function("failures", params=["actual", "predicted"])
    wrong.given([1, 2, 3, 4, 5], [1, 7, 3, 4, 0]).returns([1, 4])
    wrong.given([6, 6], [6, 6]).returns([])
    expect(wrong.given([1, 2], [1, 7]).value, "what failures returned").is_instance(list)
    actual, predicted = centroid_predictions()
    wrong.given(actual, predicted).returns(solution.failures(actual, predicted))


@check(task=3, hidden=True)
def the_analysis_of_predictions_drawn_at_check_time(learner):
    """confusion_matrix, recall, precision, most_confused_pairs and failures on predictions drawn at check time"""
    rng = unpredictable_random()
    n_classes = rng.randint(3, 10)
    actual = [rng.randrange(n_classes) for _ in range(rng.randint(20, 60))]
    # Mostly right, wrong in a few favourite ways, so that counts tie.
    predicted = [label if rng.random() < 0.5 else rng.choice([0, 1, n_classes - 1]) for label in actual]
    confusion = learner.function("confusion_matrix")
    confusion.given(actual, predicted, n_classes).returns(solution.confusion_matrix(actual, predicted, n_classes))
    small = [label for label in actual if label < 8]
    confusion.given(small, small).returns(solution.confusion_matrix(small, small))
    matrix = solution.confusion_matrix(actual, predicted, n_classes)
    learner.function("per_class_recall").given(matrix).returns(solution.per_class_recall(matrix), tol=1e-9)
    learner.function("per_class_precision").given(matrix).returns(solution.per_class_precision(matrix), tol=1e-9)
    n = rng.randint(1, n_classes * n_classes)
    learner.function("most_confused_pairs").given(matrix, n).returns(solution.most_confused_pairs(matrix, n))
    learner.function("failures").given(actual, predicted).returns(solution.failures(actual, predicted))
