# mistake: walks the dict in its own order with <=, so on a tie the digit seen last wins
# expect: On a tie return the smaller digit, whatever order


def predict_nearest_centroid(centroids, image):
    best_digit = None
    best_distance = math.inf
    for digit in centroids:
        d = distance(centroids[digit], image)
        if d <= best_distance:
            best_digit, best_distance = digit, d
    return best_digit
