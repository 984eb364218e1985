from buildpath.checking import cached, check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import DATA


def small_split():
    return cached("small_split", _compute_small_split)


def _compute_small_split():
    """200 training and 100 test digits: enough to tell right from wrong, quick to check."""
    images, labels = solution.load_digits(DATA)
    return (images[:200], labels[:200]), (images[1300:1400], labels[1300:1400])


@check(task=1)
def centroids_of_a_few_points(learner):
    """class_centroids averages the images of each digit"""
    centroids = learner.function("class_centroids", params=["images", "labels"])
    images = [[2, 0, 6], [4, 2, 0], [9, 9, 9], [0, 1, 3]]
    labels = [5, 5, 2, 5]
    sums = {5: [6, 3, 9], 2: [9, 9, 9]}
    centroids.given(images, labels).returns(solution.class_centroids(images, labels), tol=1e-9, mistakes=[(
        sums,
        "Given three images labelled 5 you returned their pixel sums [6, 3, 9]: divide each sum "
        "by the number of images of that digit to get the average.")])
    centroids.given(images, labels).leaves_arguments_unchanged()
    same_kinds(centroids.given(images, labels).value, solution.class_centroids(images, labels),
               "the centroids class_centroids returned",
               "Every centroid is a list of floats, even where the average of whole pixels is whole: "
               "divide with / (statistics.mean keeps ints when the average is whole).")


@check(task=1, hidden=True)
def centroids_of_real_digits(learner):
    """class_centroids on 200 real training digits"""
    (images, labels), _ = small_split()
    learner.function("class_centroids").given(images, labels).returns(
        solution.class_centroids(images, labels), tol=1e-9)


@check(task=2)
def euclidean_distance(learner):
    """distance is the Euclidean distance"""
    distance = learner.function("distance", params=["a", "b"])
    distance.given([0, 0, 0], [2, 3, 6]).returns(7.0, tol=1e-9, mistakes=[
        (49, "Given [0, 0, 0] and [2, 3, 6] you returned 49: that is the squared distance. "
             "Take the square root of the sum."),
        (11, "Given [0, 0, 0] and [2, 3, 6] you returned 11: that adds absolute differences. "
             "Square the differences, add them up and take the square root.")])
    distance.given([5, 1], [5, 1]).returns(0.0, tol=1e-12)


@check(task=2, hidden=True)
def distance_between_real_digits(learner):
    """distance between two real digits"""
    (images, _), _ = small_split()
    learner.function("distance").given(images[3], images[150]).returns(
        solution.distance(images[3], images[150]), tol=1e-9)


@check(task=3)
def predicts_the_nearest_centroid(learner):
    """predict_nearest_centroid picks the nearest centroid, the smaller digit on a tie"""
    predict = learner.function("predict_nearest_centroid", params=["centroids", "image"])
    centroids = {1: [0.0, 0.0], 4: [6.0, 8.0], 8: [-6.0, -8.0]}
    predict.given(centroids, [5.0, 5.0]).returns(4)
    predict.given(centroids, [-1.0, -4.0]).returns(1)
    for tied in ({8: [2.0, 0.0], 3: [0.0, 2.0]}, {3: [0.0, 2.0], 8: [2.0, 0.0]}):
        predict.given(tied, [0.0, 0.0]).returns(3, mistakes=[(
            8, "Given two centroids exactly as near as each other, for the digits 3 and 8, you "
               "returned 8. On a tie return the smaller digit, whatever order the dict holds them in.")])


@check(task=3, hidden=True)
def predicts_real_digits(learner):
    """predict_nearest_centroid on real test digits"""
    (train_images, train_labels), (test_images, _) = small_split()
    centroids = solution.class_centroids(train_images, train_labels)
    predict = learner.function("predict_nearest_centroid")
    for image in test_images[:30]:
        predict.given(centroids, image).returns(solution.predict_nearest_centroid(centroids, image))


@check(task=3, hidden=True)
def centroids_distances_and_ties_drawn_at_check_time(learner):
    """class_centroids, distance and predict_nearest_centroid on digits drawn at check time"""
    rng = unpredictable_random()
    images = [[rng.randint(0, 16) for _ in range(64)] for _ in range(rng.randint(6, 14))]
    labels = [rng.randint(0, 9) for _ in images]
    learner.function("class_centroids").given(images, labels).returns(
        solution.class_centroids(images, labels), tol=1e-9)
    learner.function("distance").given(images[0], images[1]).returns(
        solution.distance(images[0], images[1]), tol=1e-9)
    image = [float(value) for value in images[2]]
    smaller, larger = sorted(rng.sample(range(10), 2))
    step = float(rng.randint(1, 5))
    near = {smaller: list(image), larger: list(image)}
    near[smaller][rng.randrange(64)] += step
    near[larger][rng.randrange(64)] -= step
    order = [smaller, larger]
    rng.shuffle(order)
    tied = {digit: near[digit] for digit in order}
    tied.update({digit: [value + 40.0 for value in image] for digit in range(10) if digit not in tied})
    learner.function("predict_nearest_centroid").given(tied, image).returns(smaller, mistakes=[(
        larger, "Given two centroids exactly as near as each other you returned the larger of the "
                "two digits. On a tie return the smaller digit, whatever order the dict holds them in.")])


@check(task=4)
def accuracy_is_a_fraction(learner):
    """accuracy is the fraction of predictions that are right"""
    accuracy = learner.function("accuracy", params=["predicted", "actual"])
    accuracy.given([1, 2, 3, 4, 5], [1, 2, 0, 4, 0]).returns(0.6, tol=1e-12, mistakes=[(
        3, "Given five predictions of which three are right you returned 3: divide the number "
           "right by the number of predictions.")])
    accuracy.given([7], [7]).returns(1.0, tol=1e-12)


def wrong_experiments():
    return cached("wrong_experiments", _compute_wrong_experiments)


def _compute_wrong_experiments():
    """The accuracies a learner gets by scoring the wrong images or fitting on all of them."""
    images, labels = solution.load_digits(DATA)
    (train_images, train_labels), _, _ = solution.split_digits(images, labels, 1000, 300)
    on_training = solution.class_centroids(train_images, train_labels)
    predicted = [solution.predict_nearest_centroid(on_training, image) for image in train_images]
    on_everything = solution.class_centroids(images, labels)
    predicted_all = [solution.predict_nearest_centroid(on_everything, image) for image in images[1300:]]
    return (solution.accuracy(predicted, train_labels),
            solution.accuracy(predicted_all, labels[1300:]))


@check(task=5, hidden=True)
def accuracy_on_the_test_digits(learner):
    """evaluate_nearest_centroid scores the 497 test digits with training centroids"""
    training_accuracy, peeked_accuracy = wrong_experiments()
    learner.function("evaluate_nearest_centroid", params=["path"]).given(DATA).returns(
        solution.evaluate_nearest_centroid(DATA), tol=1e-9, mistakes=[
            (training_accuracy,
             "Your accuracy is the one on the 1,000 training images, which the centroids were "
             "computed from. Score the 497 test images instead."),
            (peeked_accuracy,
             "Your accuracy comes from centroids computed with all 1,797 images, test images "
             "included: the model has seen the digits it is tested on. Compute the centroids "
             "from the training images only.")])
