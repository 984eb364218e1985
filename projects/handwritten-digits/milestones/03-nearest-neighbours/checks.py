from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import digits


def subset(start, stop):
    images, labels = digits()
    return images[start:stop], labels[start:stop]


def reference(key, compute):
    """The reference solution's answer on real digits, computed once per worker."""
    return cached("03/" + key, compute)


@check(task=1)
def nearest_labels_in_order(learner):
    """nearest_labels lists the k nearest labels, nearest first"""
    nearest = learner.function("nearest_labels", params=["train_images", "train_labels", "image", "k"])
    points = [[0, 0], [3, 4], [0, 5], [1, 1], [-3, -4], [8, 8]]
    labels = [7, 2, 9, 4, 1, 3]
    nearest.given(points, labels, [0, 0], 2).returns([7, 4])
    nearest.given(points, labels, [9, 9], 1).returns([3])
    nearest.given(points, labels, [0, 0], 2).leaves_arguments_unchanged()
    expect(nearest.given(points, labels, [0, 0], 2).value, "what nearest_labels returned").is_instance(list)


@check(task=1)
def equal_distances_keep_training_order(learner):
    """nearest_labels keeps training order among equal distances"""
    points = [[0, 0], [3, 4], [0, 5], [1, 1], [-3, -4], [8, 8]]
    labels = [7, 2, 9, 4, 1, 3]
    learner.function("nearest_labels").given(points, labels, [0, 0], 5).returns([7, 4, 2, 9, 1], mistakes=[(
        [7, 4, 1, 2, 9],
        "Given three training points all at distance 5 from the image, labelled 2, 9 and 1 in "
        "training order, you listed them as 1, 2, 9: ties were broken by the label. Sorting "
        "(distance, label) pairs does that; sort the indices by distance alone so that equal "
        "distances keep training order.")])


@check(task=1, hidden=True)
def nearest_labels_of_real_digits(learner):
    """nearest_labels on real digits"""
    train_images, train_labels = subset(500, 650)
    test_images, _ = subset(1300, 1304)
    expected = reference("nearest_labels", lambda: [
        solution.nearest_labels(train_images, train_labels, image, 7) for image in test_images])
    for image, labels in zip(test_images, expected):
        learner.function("nearest_labels").given(train_images, train_labels, image, 7).returns(labels)


@check(task=2)
def majority_vote_counts_votes(learner):
    """majority_vote returns the most common label"""
    vote = learner.function("majority_vote", params=["labels"])
    vote.given([2, 6, 6]).returns(6)
    vote.given([4]).returns(4)
    vote.given([0, 9, 9, 0, 9]).returns(9)


@check(task=2)
def majority_vote_breaks_ties_by_nearness(learner):
    """majority_vote settles a tie in favour of the nearer neighbour"""
    vote = learner.function("majority_vote")
    vote.given([5, 3, 3, 5, 8]).returns(5, mistakes=[(
        3, "Given [5, 3, 3, 5, 8], where 5 and 3 both have two votes, you returned 3. The nearest "
           "neighbour voted 5, so 5 should win. `max(set(labels), key=labels.count)` picks "
           "whatever the set happens to list first — usually the smaller digit.")])
    vote.given([8, 1, 1, 8]).returns(8)


@check(task=2, hidden=True)
def majority_vote_on_more_ties(learner):
    """majority_vote on further ties"""
    vote = learner.function("majority_vote")
    for labels in ([9, 2, 2, 9, 4, 4], [6, 0], [3, 7, 7, 3, 3, 7]):
        vote.given(labels).returns(solution.majority_vote(labels))


@check(task=3)
def knn_predict_on_real_digits(learner):
    """knn_predict labels real test digits"""
    train_images, train_labels = subset(500, 650)
    test_images, _ = subset(1300, 1306)
    predict = learner.function("knn_predict", params=["train_images", "train_labels", "image", "k"])
    expected = reference("knn_predict", lambda: [
        [solution.knn_predict(train_images, train_labels, image, k) for k in (1, 4)] for image in test_images])
    for image, labels in zip(test_images, expected):
        for k, label in zip((1, 4), labels):
            predict.given(train_images, train_labels, image, k).returns(label)


def pair(result):
    expect(result, "what choose_k returned").is_instance(tuple).has_length(2)
    return result


def check_choice(learner, train_rows, validation_rows, candidates=(1, 3, 5), call=None):
    """Compare choose_k on subset(*train_rows) and subset(*validation_rows) with the reference;
    `call` is a learner call already made with those inputs, so that one run serves twice."""
    train, validation, candidates = subset(*train_rows), subset(*validation_rows), list(candidates)
    expected = reference(f"choose_k {train_rows} {validation_rows} {candidates}",
                         lambda: solution.choose_k(*train, *validation, candidates))
    if call is None:
        call = learner.function("choose_k").given(*train, *validation, candidates)
    best_k, accuracies = pair(call.value)
    if isinstance(accuracies, dict) and accuracies.get(1) == 1.0 and expected[1][1] != 1.0:
        fail("Your accuracy for k = 1 is a perfect 1.0: that is what the training images give, "
             "because every image is its own nearest neighbour. Score each k on the validation "
             "images.")
    call.returns(expected, tol=1e-9)


@check(task=4)
def choose_k_scores_the_validation_digits(learner):
    """choose_k scores each k on the validation digits"""
    learner.function("choose_k", params=["train_images", "train_labels", "validation_images",
                                         "validation_labels", "candidates"])
    check_choice(learner, (500, 650), (1000, 1050))


@check(task=4)
def choose_k_prefers_the_smallest_on_a_tie(learner):
    """choose_k picks the smallest k when accuracies tie"""
    train, validation = subset(0, 150), subset(1000, 1050)
    call = learner.function("choose_k").given(*train, *validation, [5, 3, 1])
    best_k, accuracies = pair(call.value)
    if len(set(accuracies.values())) == 1 and best_k != 1:
        fail(f"With 150 training and 50 validation digits, k = 1, 3 and 5 all score the same and "
             f"you chose k = {best_k}. On a tie choose the smallest k: fewer neighbours, same accuracy.")
    check_choice(learner, (0, 150), (1000, 1050), [5, 3, 1], call)


@check(task=4, hidden=True)
def choose_k_on_other_digits(learner):
    """choose_k on another set of digits"""
    check_choice(learner, (500, 650), (1100, 1150))


@check(task=3, hidden=True)
def ties_everywhere_on_points_drawn_at_check_time(learner):
    """nearest_labels, majority_vote, knn_predict and choose_k on tie-laden points drawn at check time"""
    rng = unpredictable_random()
    # Few distinct coordinates, so that equal distances and tied votes are everywhere.
    def points(count):
        return [[rng.randint(0, 3), rng.randint(0, 3)] for _ in range(count)]
    train_images, validation_images = points(rng.randint(12, 20)), points(8)
    train_labels = [rng.randint(0, 9) for _ in train_images]
    validation_labels = [rng.randint(0, 9) for _ in validation_images]
    image, k = validation_images[0], rng.randint(2, 9)
    learner.function("nearest_labels").given(train_images, train_labels, image, k).returns(
        solution.nearest_labels(train_images, train_labels, image, k))
    first, tied_a, tied_b = rng.sample(range(10), 3)
    later_votes = [tied_a, tied_b] * rng.randint(2, 3)
    rng.shuffle(later_votes)
    votes = [first] + later_votes
    learner.function("majority_vote").given(votes).returns(solution.majority_vote(votes), mistakes=[(
        first, "Given votes where the nearest neighbour's label has a single vote and two other labels "
               "tie for the most, you returned the nearest neighbour's label. The vote goes to the most "
               "common label; only among the labels tied for the most does the nearer one win.")])
    for image in validation_images[:3]:
        learner.function("knn_predict").given(train_images, train_labels, image, k).returns(
            solution.knn_predict(train_images, train_labels, image, k))
    candidates = rng.sample(range(1, 8), 4)
    learner.function("choose_k").given(train_images, train_labels, validation_images, validation_labels,
                                       candidates).returns(
        solution.choose_k(train_images, train_labels, validation_images, validation_labels, candidates), tol=1e-9)
