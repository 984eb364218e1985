from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import digits

RAMP = list(range(1, 65))


def wrapped(pixels, dx, dy):
    return [pixels[((r - dy) % 8) * 8 + (c - dx) % 8] for r in range(8) for c in range(8)]


@check(task=1)
def shift_moves_right_and_down(learner):
    """shift_image moves pixels dx columns right and dy rows down"""
    shift = learner.function("shift_image", params=["pixels", "dx", "dy"])
    for dx, dy in ((1, 0), (0, 2)):
        expected = solution.shift_image(RAMP, dx, dy)
        shift.given(RAMP, dx, dy).returns(expected, mistakes=[
            (wrapped(RAMP, dx, dy),
             f"Given the pixels 1 … 64 and dx={dx}, dy={dy}, pixels that left one side came back on "
             "the other. Nothing wraps around: fill the places nothing moved into with 0."),
            (solution.shift_image(RAMP, dy, dx),
             f"Given the pixels 1 … 64 and dx={dx}, dy={dy}, you moved the image along the other "
             "axis: dx moves columns (to the right), dy moves rows (down).")])
    shift.given(RAMP, 1, 0).leaves_arguments_unchanged()
    expect(shift.given(RAMP, 1, 0).value, "what shift_image returned").is_instance(list)


@check(task=1)
def shift_moves_left_and_up(learner):
    """shift_image moves left and up for negative shifts, and 0 leaves the image alone"""
    shift = learner.function("shift_image")
    shift.given(RAMP, -1, -3).returns(solution.shift_image(RAMP, -1, -3))
    shift.given(RAMP, 0, 0).returns(RAMP)


@check(task=1, hidden=True)
def shift_real_digits(learner):
    """shift_image on real digits"""
    images, _ = digits()
    for dx, dy in ((2, -1), (-2, 1)):
        learner.function("shift_image").given(images[77], dx, dy).returns(solution.shift_image(images[77], dx, dy))


def centroid_classifier():
    def compute():
        images, labels = digits()
        centroids = solution.class_centroids(images[:300], labels[:300])
        return centroids
    centroids = cached("centroids", compute)
    return lambda image: solution.predict_nearest_centroid(centroids, image)


@check(task=2)
def accuracy_under_shifts_of_a_simple_rule(learner):
    """accuracy_under_shifts scores a classifier on shifted images"""
    scores = learner.function("accuracy_under_shifts", params=["classify", "images", "labels", "shifts"])
    left_half_inked = lambda image: int(sum(image[r * 8 + c] for r in range(8) for c in range(4)) > 100)
    images, labels = digits()
    sample, sample_labels = images[:20], [left_half_inked(image) for image in images[:20]]
    shifts = [(0, 0), (2, 0), (-2, 0)]
    expected = solution.accuracy_under_shifts(left_half_inked, sample, sample_labels, shifts)
    unshifted = {shift: expected[(0, 0)] for shift in shifts}
    scores.given(left_half_inked, sample, sample_labels, shifts).returns(expected, tol=1e-9, mistakes=[(
        unshifted,
        "Every shift got the same accuracy as the unshifted images: shift each image with "
        "shift_image(image, dx, dy) before you classify it.")])


@check(task=2, hidden=True)
def accuracy_under_shifts_of_nearest_centroid(learner):
    """accuracy_under_shifts of the nearest centroid on real digits"""
    classify = centroid_classifier()
    images, labels = digits()
    shifts = [(0, 0), (1, 0), (0, -1)]
    learner.function("accuracy_under_shifts").given(classify, images[1300:1360], labels[1300:1360], shifts).returns(
        solution.accuracy_under_shifts(classify, images[1300:1360], labels[1300:1360], shifts), tol=1e-9)


@check(task=3)
def augment_keeps_the_originals_first(learner):
    """augment_with_shifts keeps the originals and adds one shifted copy per shift"""
    augment = learner.function("augment_with_shifts", params=["images", "labels", "shifts"])
    images, labels = [RAMP, list(reversed(RAMP))], [3, 8]
    shifts = [(1, 0), (0, -1)]
    expected = solution.augment_with_shifts(images, labels, shifts)
    without_originals = (expected[0][2:], expected[1][2:])
    augment.given(images, labels, shifts).returns(expected, mistakes=[(
        without_originals,
        "Given 2 images and 2 shifts you returned only the 4 shifted copies. Keep the original "
        "images first: augmentation adds to the training digits, it does not replace them.")])
    augment.given(images, labels, shifts).leaves_arguments_unchanged()
    expect(augment.given(images, labels, shifts).value, "what augment_with_shifts returned").is_instance(tuple)


@check(task=3, hidden=True)
def augment_real_digits(learner):
    """augment_with_shifts on real digits"""
    images, labels = digits()
    shifts = [(1, 0), (-1, 0), (0, 1)]
    learner.function("augment_with_shifts").given(images[:5], labels[:5], shifts).returns(
        solution.augment_with_shifts(images[:5], labels[:5], shifts))


@check(task=3, hidden=True)
def shifts_and_augmentation_drawn_at_check_time(learner):
    """shift_image and augment_with_shifts on pixels and shifts drawn at check time"""
    rng = unpredictable_random()
    images = [[rng.randint(0, 16) for _ in range(64)] for _ in range(rng.randint(1, 4))]
    labels = [rng.randrange(10) for _ in images]
    shifts = [(rng.randint(-3, 3), rng.randint(-3, 3)) for _ in range(rng.randint(1, 4))]
    for dx, dy in shifts:
        learner.function("shift_image").given(images[0], dx, dy).returns(solution.shift_image(images[0], dx, dy))
    learner.function("augment_with_shifts").given(images, labels, shifts).returns(
        solution.augment_with_shifts(images, labels, shifts))
